<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>(none yet)</source>
        <translation>(inga ännu)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <source>Create a new workspace file for a unit</source>
        <translation>Skapa en ny arbetsyta för en enhet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a workspace file (.peerdesk)</source>
        <translation>Öppna en PeerDesk-fil (.peerdesk)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Close the workspace and quit PeerDesk</source>
        <translation>Stäng arbetsytan och avsluta PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>See, restore or copy this workspace&apos;s backups</source>
        <translation>Se, återställ eller kopiera arbetsytans säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Check and repair…</source>
        <translation>&amp;Kontrollera och reparera…</translation>
    </message>
    <message>
        <source>Check the workspace file for damage</source>
        <translation>Kontrollera om PeerDesk-filen är skadad</translation>
    </message>
    <message>
        <source>&amp;Switch person…</source>
        <translation>&amp;Byt person…</translation>
    </message>
    <message>
        <source>Say who you are: your name is saved with every change</source>
        <translation>Ange vem du är: ditt namn sparas med varje ändring</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>How to use PeerDesk</source>
        <translation>Så använder du PeerDesk</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Om PeerDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version och licens</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>That study circle no longer exists in this workspace.</source>
        <translation>Studiecirkeln finns inte längre i den här arbetsytan.</translation>
    </message>
    <message>
        <source>The co-leader chosen has been removed from this workspace: choose another one.</source>
        <translation>Den valda medledaren har tagits bort från arbetsytan. Välj en annan.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a duration. Write minutes (90, 45 min), hours (1,5 h, 1.5h) or hours:minutes (1:30).</source>
        <translation>{label}: ”{value}” är ingen tidsåtgång. Skriv minuter (90, 45 min), timmar (1,5 h, 1.5h) eller timmar:minuter (1:30).</translation>
    </message>
    <message>
        <source>{label}: “{value}” needs its unit: write {value} h for hours or {value} min for minutes.</source>
        <translation>{label}: ”{value}” behöver en enhet. Skriv {value} h för timmar eller {value} min för minuter.</translation>
    </message>
    <message>
        <source>{label}: a duration cannot be negative.</source>
        <translation>{label}: tiden kan inte vara negativ.</translation>
    </message>
    <message>
        <source>{label}: how long did it take? For example 45 min, 1,5 h or 1:30.</source>
        <translation>{label}: hur lång tid tog det? Till exempel 45 min, 1,5 h eller 1:30.</translation>
    </message>
    <message>
        <source>{label}: the duration must be at least one minute.</source>
        <translation>{label}: tiden måste vara minst en minut.</translation>
    </message>
    <message>
        <source>{label}: {value} is more than 24 hours. Log each day on its own.</source>
        <translation>{label}: {value} är mer än 24 timmar. Logga varje dag för sig.</translation>
    </message>
    <message>
        <source>At the unit</source>
        <translation>På enheten</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Utanför</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Vård</translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation>Psykiatri</translation>
    </message>
    <message>
        <source>Social insurance agency or other authority</source>
        <translation>Försäkringskassan eller annan myndighet</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>That activity no longer exists in this workspace.</source>
        <translation>Aktiviteten finns inte längre i den här arbetsytan.</translation>
    </message>
    <message>
        <source>{label}: choose the peer supporter who did it.</source>
        <translation>{label}: välj den peer supporter som utförde aktiviteten.</translation>
    </message>
    <message>
        <source>{label}: {date} is in the future. Log an activity once it has taken place.</source>
        <translation>{label}: {date} ligger i framtiden. Logga en aktivitet när den har ägt rum.</translation>
    </message>
    <message>
        <source>{label}: {date} is before {name}&apos;s placement started ({start}).</source>
        <translation>{label}: {date} är före starten av placeringen för {name} ({start}).</translation>
    </message>
    <message>
        <source>{label}: supervision is logged without theme or note. What is said in supervision stays out of PeerDesk.</source>
        <translation>{label}: handledning loggas utan tema och anteckning. Det som sägs i handledningen hör inte hemma i PeerDesk.</translation>
    </message>
    <message>
        <source>{label}: say whether the visit took place.</source>
        <translation>{label}: ange om besöket blev av.</translation>
    </message>
    <message>
        <source>{label}: choose the study circle this session belongs to (or create it first).</source>
        <translation>{label}: välj vilken studiecirkel träffen hör till (eller skapa cirkeln först).</translation>
    </message>
    <message>
        <source>{label}: choose the kind of activity.</source>
        <translation>{label}: välj typ av aktivitet.</translation>
    </message>
    <message>
        <source>{label}: how many service users were there? 0 if none.</source>
        <translation>{label}: hur många brukare var med? Skriv 0 om ingen var med.</translation>
    </message>
    <message>
        <source>{label}: a number of people cannot be negative.</source>
        <translation>{label}: ett antal personer kan inte vara negativt.</translation>
    </message>
    <message>
        <source>{label}: {value} is more than {max}. Count the service users who were there (0 for work without them).</source>
        <translation>{label}: {value} är fler än {max}. Räkna de brukare som var med (0 för arbete utan brukare).</translation>
    </message>
    <message>
        <source>Keep notes for 1 to {max} years, or for ever.</source>
        <translation>Spara anteckningar i 1 till {max} år, eller för alltid.</translation>
    </message>
    <message>
        <source>That activity type no longer exists in this workspace.</source>
        <translation>Aktivitetstypen finns inte längre i den här arbetsytan.</translation>
    </message>
    <message>
        <source>There is already an activity type called {name}.</source>
        <translation>Det finns redan en aktivitetstyp som heter {name}.</translation>
    </message>
    <message>
        <source>{name} is used by activities and cannot be deleted. Hide it instead: it then is no longer offered for new entries.</source>
        <translation>{name} används av aktiviteter och kan inte tas bort. Dölj den i stället, så erbjuds den inte längre för nya aktiviteter.</translation>
    </message>
    <message>
        <source>Built-in activity types cannot be deleted: hide the ones your unit does not use.</source>
        <translation>Inbyggda aktivitetstyper kan inte tas bort. Dölj de typer som enheten inte använder.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Accompanied visit</source>
        <translation>Ledsagning</translation>
    </message>
    <message>
        <source>Study circle</source>
        <translation>Studiecirkel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planerade träffar</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Genomförda träffar</translation>
    </message>
    <message>
        <source>Average attendance</source>
        <translation>Deltagare i snitt</translation>
    </message>
    <message>
        <source>Study hours (45 min)</source>
        <translation>Studietimmar (45 min)</translation>
    </message>
    <message>
        <source>Co-leader</source>
        <translation>Medledare</translation>
    </message>
    <message>
        <source>Built-in name</source>
        <translation>Inbyggt namn</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Erbjuds</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Egen period</translation>
    </message>
</context>
<context>
    <name>ActivitiesActions</name>
    <message>
        <source>Act&amp;ivities</source>
        <translation>Akt&amp;iviteter</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Ny aktivitet</translation>
    </message>
    <message>
        <source>Log an activity (Ctrl+N, from anywhere)</source>
        <translation>Logga en aktivitet (Ctrl+N, var du än är)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the activity (Enter)</source>
        <translation>Spara aktiviteten (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;peat last</source>
        <translation>&amp;Upprepa senaste</translation>
    </message>
    <message>
        <source>Fill the entry row from the activity saved last</source>
        <translation>Fyll i raden med uppgifterna från den senast sparade aktiviteten</translation>
    </message>
    <message>
        <source>&amp;Edit activity</source>
        <translation>&amp;Ändra aktivitet</translation>
    </message>
    <message>
        <source>Change the selected activity in the entry row</source>
        <translation>Ändra den markerade aktiviteten i inmatningsraden</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Move the selected activity to the bin (can be undone)</source>
        <translation>Flytta den markerade aktiviteten till papperskorgen (kan ångras)</translation>
    </message>
    <message>
        <source>&amp;Restore activity</source>
        <translation>Åte&amp;rställ aktivitet</translation>
    </message>
    <message>
        <source>Take the selected activity out of the bin</source>
        <translation>Ta tillbaka den markerade aktiviteten från papperskorgen</translation>
    </message>
    <message>
        <source>Study &amp;circles…</source>
        <translation>Studie&amp;cirklar…</translation>
    </message>
    <message>
        <source>Create study circles and see their sessions</source>
        <translation>Skapa studiecirklar och se deras träffar</translation>
    </message>
    <message>
        <source>Activity &amp;types…</source>
        <translation>Aktivitetst&amp;yper…</translation>
    </message>
    <message>
        <source>Rename, add or hide activity types</source>
        <translation>Byt namn på, lägg till eller dölj aktivitetstyper</translation>
    </message>
    <message>
        <source>How long notes are &amp;kept…</source>
        <translation>Hur länge anteckningar &amp;sparas…</translation>
    </message>
    <message>
        <source>Clear the notes of old activities after some years</source>
        <translation>Rensa anteckningarna i gamla aktiviteter efter ett antal år</translation>
    </message>
    <message>
        <source>&amp;Import activities…</source>
        <translation>&amp;Importera aktiviteter…</translation>
    </message>
    <message>
        <source>Import activities from a CSV file (Excel)</source>
        <translation>Importera aktiviteter från en CSV-fil (Excel)</translation>
    </message>
    <message>
        <source>E&amp;xport activities…</source>
        <translation>E&amp;xportera aktiviteter…</translation>
    </message>
    <message>
        <source>Save the activities shown as a CSV file for Excel</source>
        <translation>Spara de visade aktiviteterna som en CSV-fil för Excel</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>took place</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <source>did not take place</source>
        <translation>blev inte av</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Cleared the notes of %1 old activities, as this workspace&apos;s setting says.</source>
        <translation>Anteckningarna i %1 gamla aktiviteter har rensats enligt arbetsytans inställning.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Shown: %1 activities · %2 hours · %3 participant contacts</source>
        <translation>Visas: %1 aktiviteter · %2 timmar · %3 deltagarkontakter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <source>Text in theme or note</source>
        <translation>Text i tema eller anteckning</translation>
    </message>
    <message>
        <source>Show the &amp;bin</source>
        <translation>Visa pappersk&amp;orgen</translation>
    </message>
    <message>
        <source>Deleted activities, which can be restored</source>
        <translation>Borttagna aktiviteter, som kan återställas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation>Sparad. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changes saved. Undo with Ctrl+Z.</source>
        <translation>Ändringarna har sparats. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing to repeat yet: no activity has been logged.</source>
        <translation>Det finns inget att upprepa än: ingen aktivitet har loggats.</translation>
    </message>
    <message>
        <source>Moved the activity of %1 to the bin. Undo with Ctrl+Z.</source>
        <translation>Aktiviteten från %1 har flyttats till papperskorgen. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored the activity of %1.</source>
        <translation>Aktiviteten från %1 har återställts.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(inte bestämt)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Withdraw approval of revision %1</source>
        <translation>Återkalla godkännandet av version %1</translation>
    </message>
    <message>
        <source>An approval can be withdrawn until the other party has approved too. It stays in the history, marked as withdrawn.</source>
        <translation>Ett godkännande kan återkallas till dess att den andra parten också har godkänt. Det finns kvar i historiken, markerat som återkallat.</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>Åter&amp;kalla godkännandet</translation>
    </message>
    <message>
        <source>Approve revision %1</source>
        <translation>Godkänn version %1</translation>
    </message>
    <message>
        <source>%1 approves revision %2 exactly as it stands. Approving cannot be undone with Ctrl+Z; a later change makes a new draft that needs new approval.</source>
        <translation>%1 godkänner version %2 precis som den står. Ett godkännande kan inte ångras med Ctrl+Z. En senare ändring blir ett nytt utkast som behöver godkännas på nytt.</translation>
    </message>
    <message>
        <source>%1 has no PIN, so anyone at this computer could approve in that name: set one with Edit › Job description › Set my PIN….</source>
        <translation>%1 har ingen pinkod, så vem som helst vid den här datorn skulle kunna godkänna i det namnet. Ange en under Redigera › Arbetsbeskrivning › Ange min pinkod….</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
</context>
<context>
    <name>ApproveForm</name>
    <message>
        <source>&amp;Who approves:</source>
        <translation>&amp;Vem godkänner:</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>Vem godkänner</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkod:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkod</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Making a backup…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>on opening</source>
        <translation>vid öppning</translation>
    </message>
    <message>
        <source>while working</source>
        <translation>under arbetet</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>vid stängning</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>gjord manuellt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>före en import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before a repair</source>
        <translation>före en reparation</translation>
    </message>
    <message>
        <source>before clearing old notes</source>
        <translation>före rensning av gamla anteckningar</translation>
    </message>
    <message>
        <source>{path} could not be copied: the copy failed SQLite&apos;s check, so the workspace itself may be damaged. Use Check and repair.</source>
        <translation>{path} kunde inte kopieras. Kopian klarade inte kontrollen, så arbetsytan kan vara skadad. Använd Kontrollera och reparera.</translation>
    </message>
    <message>
        <source>{path} is the open workspace itself: choose another name or folder for the copy.</source>
        <translation>{path} är den öppna arbetsytan. Välj ett annat namn eller en annan mapp för kopian.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored.</source>
        <translation>{path} är skadad och kan inte återställas.</translation>
    </message>
    <message>
        <source>{path} is the workspace itself.</source>
        <translation>{path} är själva arbetsytan.</translation>
    </message>
    <message>
        <source>{backup} is a backup of another workspace, not of {path}: nothing was changed.</source>
        <translation>{backup} är en säkerhetskopia av en annan arbetsyta, inte av {path}. Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Varför den gjordes</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup from %1? The current state is backed up first, so this can be reversed by restoring that backup.</source>
        <translation>Vill du ersätta arbetsytan med säkerhetskopian från %1? Det nuvarande läget säkerhetskopieras först, så du kan ångra det genom att återställa den kopian.</translation>
    </message>
    <message>
        <source>Save a copy in folder</source>
        <translation>Spara en kopia i mappen</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia…</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>En kopia har sparats som %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. PeerDesk makes them by itself when you open the workspace, every 30 minutes while something changes, and on closing.</source>
        <translation>Säkerhetskopior av %1, nyaste först. PeerDesk gör dem automatiskt när du öppnar arbetsytan, var 30:e minut när något ändras och när du stänger.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Not while the workspace is open read-only.</source>
        <translation>Går inte när arbetsytan är öppen som skrivskyddad.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia…</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>  … and {count} more.</source>
        <translation>  … och {count} till.</translation>
    </message>
    <message>
        <source>No backups of this workspace were found.</source>
        <translation>Inga säkerhetskopior av arbetsytan hittades.</translation>
    </message>
    <message>
        <source>Newest backup: {path} ({date}).</source>
        <translation>Senaste säkerhetskopian: {path} ({date}).</translation>
    </message>
    <message>
        <source>Check and repair can rebuild it from what can still be read; a raw copy is kept first.</source>
        <translation>Med Kontrollera och reparera kan den byggas upp igen av det som fortfarande går att läsa. Först sparas en oförändrad kopia.</translation>
    </message>
    <message>
        <source>{path} is damaged: problems found: {count}.</source>
        <translation>{path} är skadad. Antal fel: {count}.</translation>
    </message>
    <message>
        <source>Records that point to records that do not exist: {count}.</source>
        <translation>Poster som hänvisar till poster som inte finns: {count}.</translation>
    </message>
    <message>
        <source>Made by an older PeerDesk: it is upgraded (after a backup) when opened for editing.</source>
        <translation>Filen är skapad med en äldre version av PeerDesk. Den uppgraderas (efter en säkerhetskopia) när den öppnas för redigering.</translation>
    </message>
    <message>
        <source>Newest format version: {step}.</source>
        <translation>Nyaste formatversionen: {step}.</translation>
    </message>
    <message>
        <source>{path} is a healthy PeerDesk workspace.</source>
        <translation>{path} är en felfri PeerDesk-fil.</translation>
    </message>
    <message>
        <source>Format version {number} ({step}).</source>
        <translation>Formatversion {number} ({step}).</translation>
    </message>
    <message>
        <source>An interrupted save left unfinished changes; they are undone when the workspace is next opened. This check did not change the file.</source>
        <translation>En sparning avbröts och lämnade ofullständiga ändringar. De tas bort nästa gång arbetsytan öppnas. Kontrollen ändrade inte filen.</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Arbetsytans inställningar</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Renewal decisions</source>
        <translation>Beslut om förlängning</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Lock record</source>
        <translation>Uppgift om vem som har filen öppen</translation>
    </message>
    <message>
        <source>Activity types</source>
        <translation>Aktivitetstyper</translation>
    </message>
    <message>
        <source>Study circles</source>
        <translation>Studiecirklar</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <source>Introduction checklists</source>
        <translation>Introduktionschecklistor</translation>
    </message>
    <message>
        <source>Checklist history and comments</source>
        <translation>Checklistornas historik och kommentarer</translation>
    </message>
    <message>
        <source>The workspace&apos;s checklist template</source>
        <translation>Arbetsytans mall för checklistan</translation>
    </message>
    <message>
        <source>Job description template</source>
        <translation>Mall för arbetsbeskrivningar</translation>
    </message>
    <message>
        <source>Job descriptions</source>
        <translation>Arbetsbeskrivningar</translation>
    </message>
    <message>
        <source>Job description drafts</source>
        <translation>Utkast till arbetsbeskrivningar</translation>
    </message>
    <message>
        <source>Job description revisions</source>
        <translation>Versioner av arbetsbeskrivningar</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <source>Personal PINs</source>
        <translation>Personliga pinkoder</translation>
    </message>
    <message>
        <source>Survey statements</source>
        <translation>Enkätens påståenden</translation>
    </message>
    <message>
        <source>Survey rounds</source>
        <translation>Enkätomgångar</translation>
    </message>
    <message>
        <source>Survey tallies</source>
        <translation>Enkätsvar (sammanräknade)</translation>
    </message>
    <message>
        <source>{path} was repaired and is a healthy PeerDesk workspace again.</source>
        <translation>{path} har reparerats och är en felfri PeerDesk-fil igen.</translation>
    </message>
    <message>
        <source>{path} was repaired, but some records could not be saved (how many is not known).</source>
        <translation>{path} har reparerats, men vissa poster kunde inte räddas (hur många är okänt).</translation>
    </message>
    <message>
        <source>{path} was repaired, but {count} records could not be saved.</source>
        <translation>{path} har reparerats, men {count} poster kunde inte räddas.</translation>
    </message>
    <message>
        <source>{path} is healthy: nothing to repair.</source>
        <translation>{path} är felfri. Det finns inget att reparera.</translation>
    </message>
    <message>
        <source>{path} could not be repaired; the file was not changed.</source>
        <translation>{path} kunde inte repareras. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>Raw copy of the damaged file kept: {path}</source>
        <translation>En oförändrad kopia av den skadade filen har sparats: {path}</translation>
    </message>
    <message>
        <source>Backup made before repairing: {path}</source>
        <translation>Säkerhetskopia gjord före reparationen: {path}</translation>
    </message>
    <message>
        <source>Problems found: {count}</source>
        <translation>Antal fel: {count}</translation>
    </message>
    <message>
        <source>{table}: rebuilt from {source}.</source>
        <translation>{table}: återskapades från {source}.</translation>
    </message>
    <message>
        <source>{table}: records kept: {kept}; the rest of the table could not be read, so an unknown number was lost.</source>
        <translation>{table}: {kept} poster behölls. Resten gick inte att läsa, så ett okänt antal poster gick förlorade.</translation>
    </message>
    <message>
        <source>{table}: records kept: {kept}, lost: at most {lost}.</source>
        <translation>{table}: {kept} poster behölls och högst {lost} gick förlorade.</translation>
    </message>
    <message>
        <source>{table}: records kept: {kept}, lost: {lost}.</source>
        <translation>{table}: {kept} poster behölls och {lost} gick förlorade.</translation>
    </message>
    <message>
        <source>{table}: all records kept ({kept}).</source>
        <translation>{table}: alla poster behölls ({kept}).</translation>
    </message>
    <message>
        <source>Fixed: the file&apos;s damaged header was rewritten.</source>
        <translation>Åtgärdat: filens skadade början skrevs om.</translation>
    </message>
    <message>
        <source>{table}: {count} records held text that could not be read; the unreadable letters are shown as �.</source>
        <translation>{table}: {count} poster innehöll text som inte gick att läsa. De oläsliga tecknen visas som �.</translation>
    </message>
    <message>
        <source>Not even the list of tables can be read: restore a backup instead.</source>
        <translation>Filen är för skadad för att kunna repareras. Återställ en säkerhetskopia i stället.</translation>
    </message>
    <message>
        <source>Repairing is not possible: too little of the file can be read.</source>
        <translation>Det går inte att reparera filen, eftersom för lite av den går att läsa.</translation>
    </message>
    <message>
        <source>Repairing keeps every record.</source>
        <translation>Vid en reparation behålls alla poster.</translation>
    </message>
    <message>
        <source>Repairing loses some records (how many is not known).</source>
        <translation>Vid en reparation går några poster förlorade (hur många är okänt).</translation>
    </message>
    <message>
        <source>Repairing loses {count} records.</source>
        <translation>Vid en reparation går {count} poster förlorade.</translation>
    </message>
    <message>
        <source>No backup of this workspace passed its check.</source>
        <translation>Ingen säkerhetskopia av arbetsytan klarade kontrollen.</translation>
    </message>
    <message>
        <source>Restoring the backup from {date} loses nothing: nothing was saved after it.</source>
        <translation>Om säkerhetskopian från {date} återställs går inget förlorat, eftersom inget har sparats efter den.</translation>
    </message>
    <message>
        <source>Restoring the backup from {date} loses whatever was saved after it.</source>
        <translation>Om säkerhetskopian från {date} återställs går allt som har sparats efter den förlorat.</translation>
    </message>
    <message>
        <source>Restoring the backup from {date} loses the changes saved after it: {count}.</source>
        <translation>Om säkerhetskopian från {date} återställs går de ändringar förlorade som har sparats efter den. Antal ändringar: {count}.</translation>
    </message>
    <message>
        <source>Recommended: restoring the backup, which loses less.</source>
        <translation>Rekommendation: återställ säkerhetskopian. Då går mindre förlorat.</translation>
    </message>
    <message>
        <source>Recommended: repairing, which loses less.</source>
        <translation>Rekommendation: reparera. Då går mindre förlorat.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Checking the workspace…</source>
        <translation>Kontrollerar arbetsytan…</translation>
    </message>
    <message>
        <source>Check and repair</source>
        <translation>Kontrollera och reparera</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Kontrollrapport</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Tekniska detaljer</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparera…</translation>
    </message>
    <message>
        <source>Restore the &amp;backup from %1…</source>
        <translation>Återställ &amp;säkerhetskopian från %1…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Not while the workspace is open read-only.</source>
        <translation>Går inte när arbetsytan är öppen som skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Before start</source>
        <translation>Före start</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>First weeks</source>
        <translation>Första veckorna</translation>
    </message>
    <message>
        <source>First months</source>
        <translation>Första månaderna</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Employer organisation / supervisor</source>
        <translation>Arbetsgivare/handledare</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej aktuell</translation>
    </message>
    <message>
        <source>That checklist item no longer exists in this workspace.</source>
        <translation>Punkten finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <source>That placement no longer exists in this workspace.</source>
        <translation>Placeringen finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <source>This item is a task to tick, not a decision to answer.</source>
        <translation>Punkten är en uppgift att bocka av, inte ett beslut att besvara.</translation>
    </message>
    <message>
        <source>Ticked as done</source>
        <translation>Bockad som klar</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnad igen</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Markerad som ej aktuell</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>formulering</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>varför den behövs</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Done {date} ({who})</source>
        <translation>Klar {date} ({who})</translation>
    </message>
    <message>
        <source>Not applicable: {reason}</source>
        <translation>Ej aktuell: {reason}</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Öppen, försenad</translation>
    </message>
    <message>
        <source>answer cleared</source>
        <translation>svaret borttaget</translation>
    </message>
    <message>
        <source>== {name}: {start} – {end} ==</source>
        <translation>== {name}: {start} – {end} ==</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>%1 of %2 settled (%3 %)</source>
        <translation>%1 av %2 avklarade (%3 %)</translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>C&amp;hecklist</source>
        <translation>C&amp;hecklista</translation>
    </message>
    <message>
        <source>&amp;Tick or reopen</source>
        <translation>&amp;Bocka av eller öppna igen</translation>
    </message>
    <message>
        <source>Mark the selected item done, or open again (Space)</source>
        <translation>Markera den valda punkten som klar, eller öppna den igen (blanksteg)</translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation>&amp;Ej aktuell…</translation>
    </message>
    <message>
        <source>Mark the selected item not applicable to this placement, with the reason</source>
        <translation>Markera att den valda punkten inte är aktuell för placeringen och ange skälet</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Svara…</translation>
    </message>
    <message>
        <source>Answer the selected decision (who supplies what, how)</source>
        <translation>Svara på det valda beslutet (vem som står för vad och hur)</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentera…</translation>
    </message>
    <message>
        <source>Add a comment to the selected item&apos;s history</source>
        <translation>Lägg till en kommentar i den valda punktens historik</translation>
    </message>
    <message>
        <source>Chan&amp;ge item…</source>
        <translation>Ä&amp;ndra punkt…</translation>
    </message>
    <message>
        <source>Reword the selected item or change its phase, owner or due date</source>
        <translation>Formulera om den valda punkten eller ändra fas, ansvarig eller datum</translation>
    </message>
    <message>
        <source>Add &amp;own item…</source>
        <translation>&amp;Lägg till egen punkt…</translation>
    </message>
    <message>
        <source>Add the unit&apos;s own item to this checklist</source>
        <translation>Lägg till en egen punkt för enheten i checklistan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the selected item up within its phase</source>
        <translation>Flytta den valda punkten uppåt inom sin fas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Move the selected item down within its phase</source>
        <translation>Flytta den valda punkten nedåt inom sin fas</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <source>Remove the selected item from this checklist (kept, and can be restored)</source>
        <translation>Ta bort den valda punkten från checklistan (den sparas och kan återställas)</translation>
    </message>
    <message>
        <source>Re&amp;store item</source>
        <translation>Återställ &amp;punkt</translation>
    </message>
    <message>
        <source>Restore the selected removed item</source>
        <translation>Återställ den valda borttagna punkten</translation>
    </message>
    <message>
        <source>&amp;Keep as the workspace&apos;s template</source>
        <translation>Spara som arbetsytans &amp;mall</translation>
    </message>
    <message>
        <source>New placements get this checklist as it is now: its own items, wording and order</source>
        <translation>Nya placeringar får checklistan som den är nu: med egna punkter, formuleringar och ordning</translation>
    </message>
    <message>
        <source>Use &amp;built-in template</source>
        <translation>Använd den inb&amp;yggda mallen</translation>
    </message>
    <message>
        <source>New placements get PeerDesk&apos;s built-in checklist again</source>
        <translation>Nya placeringar får PeerDesks inbyggda checklista igen</translation>
    </message>
</context>
<context>
    <name>ChecklistAnswerForm</name>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>ChecklistItemForm</name>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punkt:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>&amp;Why it matters:</source>
        <translation>&amp;Varför den behövs:</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Varför den behövs</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Totalt: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 av %3</translation>
    </message>
    <message>
        <source>New placements get the workspace&apos;s own checklist template.</source>
        <translation>Nya placeringar får arbetsytans egen mall för checklistan.</translation>
    </message>
    <message>
        <source>New placements get PeerDesk&apos;s built-in checklist.</source>
        <translation>Nya placeringar får PeerDesks inbyggda checklista.</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Ingen punkt är vald.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Varför den behövs: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>Placerin&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>M&amp;y items</source>
        <translation>Det &amp;jag ansvarar för</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>Bara f&amp;örsenade</translation>
    </message>
    <message>
        <source>Show re&amp;moved</source>
        <translation>Visa b&amp;orttagna</translation>
    </message>
    <message>
        <source>Only the items your role owns (you choose who you are in Edit › Switch person)</source>
        <translation>Bara punkter som din roll ansvarar för (vem du är väljer du under Redigera › Byt person)</translation>
    </message>
    <message>
        <source>Progress (done or not applicable)</source>
        <translation>Hur långt ni har kommit (klara eller ej aktuella)</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Vald punkt</translation>
    </message>
    <message>
        <source>History and comments</source>
        <translation>Historik och kommentarer</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punkter i checklistan</translation>
    </message>
    <message>
        <source>History of the selected item</source>
        <translation>Den valda punktens historik</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>Kept as the workspace&apos;s checklist template: the next placement gets it. Undo with Ctrl+Z.</source>
        <translation>Sparad som arbetsytans mall för checklistan: nästa placering får den. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>⚠ Overdue: %1</source>
        <translation>⚠ Försenad: %1</translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Allt är avklarat.</translation>
    </message>
    <message>
        <source>No running placement.</source>
        <translation>Ingen pågående placering.</translation>
    </message>
    <message>
        <source>Introduction checklist: progress and the next items due</source>
        <translation>Introduktionschecklista: hur långt ni har kommit och vad som ska göras härnäst</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Välkommen till PeerDesk</translation>
    </message>
    <message>
        <source>Choose how to start.</source>
        <translation>Välj hur du vill börja.</translation>
    </message>
    <message>
        <source>PeerDesk keeps a unit&apos;s peer support placement in order: who takes part, the dates and renewal decisions, and later the introduction, the job description and the activity log.</source>
        <translation>PeerDesk håller ordning på enhetens placering av en peer supporter: vilka som är med, datumen och besluten om förlängning. Längre fram kommer också introduktionen, arbetsbeskrivningen och aktivitetsloggen.</translation>
    </message>
    <message>
        <source>&amp;Create our unit&apos;s workspace</source>
        <translation>&amp;Skapa er arbetsyta</translation>
    </message>
    <message>
        <source>Answer a few questions about the unit, the people and the placement. Everything can be changed later.</source>
        <translation>Svara på några frågor om enheten, personerna och placeringen. Allt går att ändra senare.</translation>
    </message>
    <message>
        <source>Explore a &amp;demo workspace</source>
        <translation>Utforska &amp;exempelarbetsytan</translation>
    </message>
    <message>
        <source>A made-up meeting place with two peer supporters, kept in its own file: your own data is never mixed with it.</source>
        <translation>En påhittad träffpunkt med två peer supportrar, i en egen fil. Era egna uppgifter blandas aldrig ihop med den.</translation>
    </message>
</context>
<context>
    <name>CirclesDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Study circles</source>
        <translation>Studiecirklar</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>&amp;Planerade träffar:</translation>
    </message>
    <message>
        <source>&amp;Co-leader:</source>
        <translation>&amp;Medledare:</translation>
    </message>
    <message>
        <source>&amp;Add as a new circle</source>
        <translation>&amp;Lägg till som ny cirkel</translation>
    </message>
    <message>
        <source>Save c&amp;hanges</source>
        <translation>Spara &amp;ändringar</translation>
    </message>
    <message>
        <source>&amp;Remove circle</source>
        <translation>Ta &amp;bort cirkeln</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--as (who acts)</source>
        <translation>--as (vem som gör ändringarna)</translation>
    </message>
    <message>
        <source>language: sv or en (default: the saved choice, else the OS language)</source>
        <translation>språk: sv eller en (standard: det sparade valet, annars operativsystemets språk)</translation>
    </message>
    <message>
        <source>who a writing command acts as</source>
        <translation>vilket namn ändringar från kommandot sparas med</translation>
    </message>
    <message>
        <source>PeerDesk: the peer supporter&apos;s placement at this unit. Commands: {commands} (peerdesk COMMAND --help).</source>
        <translation>PeerDesk: peer supporterns placering på enheten. Kommandon: {commands} (peerdesk KOMMANDO --help).</translation>
    </message>
    <message>
        <source>a workspace file ({suffix}) to open</source>
        <translation>en PeerDesk-fil ({suffix}) att öppna</translation>
    </message>
    <message>
        <source>the workspace to open</source>
        <translation>arbetsytan som ska öppnas</translation>
    </message>
    <message>
        <source>open the main window, process events, exit 0</source>
        <translation>öppna huvudfönstret, hantera händelser och avsluta med 0</translation>
    </message>
    <message>
        <source>write the demo workspace to FILE (an existing file is refused)</source>
        <translation>spara exempelarbetsytan i FILE (en befintlig fil skrivs inte över)</translation>
    </message>
    <message>
        <source>is FILE a healthy PeerDesk workspace? (exit 0 if so, 1 if not)</source>
        <translation>är FILE en felfri PeerDesk-fil? (avslutar med 0 om ja, 1 om nej)</translation>
    </message>
    <message>
        <source>also integrity_check, foreign_key_check and every text value</source>
        <translation>även integrity_check, foreign_key_check och alla textvärden</translation>
    </message>
    <message>
        <source>repair a damaged file (a raw copy is kept first). Exit 0 when the repair kept every record; 1 when it failed or records could not be saved (the newest good backup and the command that restores it are named then)</source>
        <translation>reparera en skadad fil (först sparas en oförändrad kopia). Avslutar med 0 om alla poster behölls, 1 om reparationen misslyckades eller poster inte kunde räddas (då anges den senaste felfria säkerhetskopian och kommandot som återställer den)</translation>
    </message>
    <message>
        <source>back up FILE now</source>
        <translation>säkerhetskopiera FILE nu</translation>
    </message>
    <message>
        <source>write the copy into DIR instead of the backups folder</source>
        <translation>spara kopian i DIR i stället för i mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>list the backups of FILE</source>
        <translation>visa säkerhetskopiorna av FILE</translation>
    </message>
    <message>
        <source>restore BACKUP (a path as `backups` lists it) over the workspace</source>
        <translation>återställ BACKUP (en sökväg som `backups` visar den) över arbetsytan</translation>
    </message>
    <message>
        <source>the workspace to restore into (default: yours)</source>
        <translation>arbetsytan som ska återställas (standard: din)</translation>
    </message>
    <message>
        <source>import or export the activity log as CSV</source>
        <translation>importera eller exportera aktivitetsloggen som CSV</translation>
    </message>
    <message>
        <source>import activities from CSV (all or nothing; a bad row rejects the file)</source>
        <translation>importera aktiviteter från CSV (allt eller inget: en felaktig rad gör att hela filen avvisas)</translation>
    </message>
    <message>
        <source>also import rows identical to activities already in the log</source>
        <translation>importera även rader som är identiska med aktiviteter som redan finns i loggen</translation>
    </message>
    <message>
        <source>export activities as CSV for Excel</source>
        <translation>exportera aktiviteter som CSV för Excel</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>CSV-filen som ska skrivas</translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD)</source>
        <translation>från och med detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>up to this date (YYYY-MM-DD)</source>
        <translation>till och med detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>print the introduction checklist, one item per line: phase, state, due date, owner, item, answer</source>
        <translation>skriv ut introduktionschecklistan, en punkt per rad: fas, status, klart senast, ansvarig, punkt, svar</translation>
    </message>
    <message>
        <source>the placement, by its peer supporter&apos;s name exactly (default: every placement not ended)</source>
        <translation>placeringen, med peer supporterns namn exakt som det är skrivet (standard: alla placeringar som inte har avslutats)</translation>
    </message>
    <message>
        <source>only the overdue items (nothing when there are none)</source>
        <translation>bara försenade punkter (ingenting om det inte finns några)</translation>
    </message>
    <message>
        <source>write a report as a PDF</source>
        <translation>skriv en rapport som pdf</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>pdf-filen som ska skrivas</translation>
    </message>
    <message>
        <source>the period&apos;s first day, YYYY-MM-DD (default: 1 January this year)</source>
        <translation>periodens första dag, ÅÅÅÅ-MM-DD (standard: 1 januari i år)</translation>
    </message>
    <message>
        <source>the period&apos;s last day, YYYY-MM-DD (default: today)</source>
        <translation>periodens sista dag, ÅÅÅÅ-MM-DD (standard: i dag)</translation>
    </message>
    <message>
        <source>one placement, by its peer supporter&apos;s exact name</source>
        <translation>en placering, med peer supporterns namn exakt som det är skrivet</translation>
    </message>
    <message>
        <source>one peer supporter, by their exact name (default: all)</source>
        <translation>en peer supporter, med namnet exakt som det är skrivet (standard: alla)</translation>
    </message>
    <message>
        <source>the study circle, by its exact theme</source>
        <translation>studiecirkeln, med temat exakt som det är skrivet</translation>
    </message>
    <message>
        <source>the survey round, by its exact name</source>
        <translation>enkätomgången, med namnet exakt som det är skrivet</translation>
    </message>
    <message>
        <source>for a report that leaves the unit: counts of 1 and 2 show as &lt;3, and nothing lets them be worked out</source>
        <translation>för en rapport som lämnar enheten: antal 1 och 2 visas som &lt;3, och inget annat gör att de kan räknas fram</translation>
    </message>
    <message>
        <source>mark every page as a draft</source>
        <translation>märk varje sida som utkast</translation>
    </message>
    <message>
        <source>print a job description version as Markdown, or a per-section diff of two</source>
        <translation>skriv ut en version av en arbetsbeskrivning som Markdown, eller skillnaderna mellan två versioner avsnitt för avsnitt</translation>
    </message>
    <message>
        <source>the placement, by its peer supporter&apos;s name</source>
        <translation>placeringen, angiven med peer supporterns namn</translation>
    </message>
    <message>
        <source>N, agreed or draft (default: the agreed version, else the latest)</source>
        <translation>N, agreed (gällande) eller draft (utkast) (standard: den gällande versionen, annars den senaste)</translation>
    </message>
    <message>
        <source>a unified diff per section of two versions (N, agreed or draft)</source>
        <translation>skillnaderna mellan två versioner avsnitt för avsnitt (N, agreed eller draft)</translation>
    </message>
    <message>
        <source>Demo workspace written to {path}.</source>
        <translation>Exempelarbetsytan har sparats i {path}.</translation>
    </message>
    <message>
        <source>Report written to {path} (pages: {pages}).</source>
        <translation>Rapporten har sparats i {path} (antal sidor: {pages}).</translation>
    </message>
    <message>
        <source>Technical details for support are in {log}.</source>
        <translation>Tekniska detaljer för den som ger support finns i {log}.</translation>
    </message>
    <message>
        <source>To restore the backup: peerdesk restore {backup} --workspace {path}</source>
        <translation>Så här återställer du säkerhetskopian: peerdesk restore {backup} --workspace {path}</translation>
    </message>
    <message>
        <source>To repair: peerdesk check {path} --repair</source>
        <translation>Så här reparerar du filen: peerdesk check {path} --repair</translation>
    </message>
    <message>
        <source>Newest good backup: {backup} ({date}). To restore it instead: peerdesk restore {backup} --workspace {path}</source>
        <translation>Senaste felfria säkerhetskopian: {backup} ({date}). Så återställer du den i stället: peerdesk restore {backup} --workspace {path}</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Säkerhetskopian har sparats i {path}.</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>Det finns ännu inga säkerhetskopior av {path}.</translation>
    </message>
    <message>
        <source>The state before restoring was backed up to {path}.</source>
        <translation>Läget före återställningen har sparats som säkerhetskopia i {path}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>{backup} har återställts till {path}.</translation>
    </message>
    <message>
        <source>{path}: the name has letters that cannot be read here (perhaps written by another system). Rename it and try again.</source>
        <translation>{path}: namnet innehåller tecken som inte går att läsa här (det kanske skrevs i ett annat system). Byt namn och försök igen.</translation>
    </message>
    <message>
        <source>{path}: the name is longer than the system allows.</source>
        <translation>{path}: namnet är längre än systemet tillåter.</translation>
    </message>
    <message>
        <source>{path}: a link that leads back to itself.</source>
        <translation>{path}: en länk som leder tillbaka till sig själv.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}.</source>
        <translation>{path} kan inte användas: {reason}.</translation>
    </message>
    <message>
        <source>{field}: the text has letters that cannot be read here. Type it again.</source>
        <translation>{field}: texten innehåller tecken som inte går att läsa här. Skriv den igen.</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: fel: {message}</translation>
    </message>
    <message>
        <source>peerdesk: unknown command or file: {name} (commands: {commands})</source>
        <translation>peerdesk: okänt kommando eller okänd fil: {name} (kommandon: {commands})</translation>
    </message>
    <message>
        <source>Unexpected error (a bug in PeerDesk): details are in {log}.</source>
        <translation>Oväntat fel (ett programfel i PeerDesk). Detaljerna finns i {log}.</translation>
    </message>
    <message>
        <source>--from</source>
        <translation>--from</translation>
    </message>
    <message>
        <source>--to</source>
        <translation>--to</translation>
    </message>
    <message>
        <source>Exported {count} activities to {path}.</source>
        <translation>{count} aktiviteter har exporterats till {path}.</translation>
    </message>
    <message>
        <source>Imported {count} activities from {path}.</source>
        <translation>{count} aktiviteter har importerats från {path}.</translation>
    </message>
    <message>
        <source>Skipped {count} rows identical to activities already in the log (rows {rows}); --allow-duplicates imports them too.</source>
        <translation>{count} rader hoppades över eftersom de är identiska med aktiviteter som redan finns i loggen (rad {rows}). Med --allow-duplicates importeras även de.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Removed text is struck through and marked −, added text underlined and marked +.</source>
        <translation>Borttagen text är överstruken och markerad med −, tillagd text är understruken och markerad med +.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Från %1 till %2.</translation>
    </message>
    <message>
        <source>Unchanged (%1): %2.</source>
        <translation>Oförändrade (%1): %2.</translation>
    </message>
    <message>
        <source>+ added section</source>
        <translation>+ nytt avsnitt</translation>
    </message>
    <message>
        <source>− removed section</source>
        <translation>− borttaget avsnitt</translation>
    </message>
    <message>
        <source>± changed</source>
        <translation>± ändrat</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttat</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>bytt namn från ”%1”</translation>
    </message>
    <message>
        <source>+ added task: </source>
        <translation>+ ny arbetsuppgift: </translation>
    </message>
    <message>
        <source>− removed task: </source>
        <translation>− borttagen arbetsuppgift: </translation>
    </message>
    <message>
        <source>± changed task: </source>
        <translation>± ändrad arbetsuppgift: </translation>
    </message>
    <message>
        <source>Compare versions of the job description</source>
        <translation>Jämför versioner av arbetsbeskrivningen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections</source>
        <translation>Visa &amp;oförändrade avsnitt</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The draft changed elsewhere: %1</source>
        <translation>Utkastet har ändrats på annat håll: %1</translation>
    </message>
    <message>
        <source>While you were typing, this section was changed elsewhere (another computer took the workspace over, or a backup was restored). Nothing was overwritten. Merge the texts on the left by hand and save them, or use the saved text.</source>
        <translation>Medan du skrev ändrades avsnittet på annat håll (en annan dator tog över arbetsytan, eller en säkerhetskopia återställdes). Ingenting har skrivits över. För samman texterna till vänster för hand och spara dem, eller använd den sparade texten.</translation>
    </message>
    <message>
        <source>&amp;Your text (Markdown, editable):</source>
        <translation>&amp;Din text (Markdown, kan redigeras):</translation>
    </message>
    <message>
        <source>Saved &amp;meanwhile:</source>
        <translation>Sparad &amp;under tiden:</translation>
    </message>
    <message>
        <source>&amp;Save the text on the left</source>
        <translation>&amp;Spara texten till vänster</translation>
    </message>
    <message>
        <source>&amp;Use the saved text</source>
        <translation>&amp;Använd den sparade texten</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Det gick inte att skriva {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>Det gick inte att läsa {path}: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Filen är tom: det finns inget att importera.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) have errors. Correct them in the file and import it again.</source>
        <translation>Ingenting har importerats: {count} rad(er) innehåller fel. Rätta dem i filen och importera den igen.</translation>
    </message>
    <message>
        <source>The file has no column for {column}: choose which column holds it.</source>
        <translation>Filen saknar kolumn för {column}. Välj vilken kolumn som innehåller uppgiften.</translation>
    </message>
    <message>
        <source>{label}: there is no peer supporter called “{name}” in this workspace.</source>
        <translation>{label}: det finns ingen peer supporter som heter ”{name}” i den här arbetsytan.</translation>
    </message>
    <message>
        <source>{label}: there is no study circle called “{name}” in this workspace.</source>
        <translation>{label}: det finns ingen studiecirkel som heter ”{name}” i den här arbetsytan.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is neither yes nor no (ja or nej).</source>
        <translation>{label}: ”{value}” är varken ja eller nej.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{label}: a date is required.</source>
        <translation>{label}: ange ett datum.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>{label}: ”{value}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-11-23.</translation>
    </message>
    <message>
        <source>{label}: {value} does not exist in the calendar.</source>
        <translation>{label}: {value} finns inte i kalendern.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Renewal decision: %1</source>
        <translation>Beslut om förlängning: %1</translation>
    </message>
    <message>
        <source>Correct renewal decision: %1</source>
        <translation>Rätta beslut om förlängning: %1</translation>
    </message>
    <message>
        <source>Renewed &amp;until:</source>
        <translation>Förlängd &amp;till:</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Avslutad &amp;den:</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>Förlängd till</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutad den</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>&amp;Renewed</source>
        <translation>&amp;Förlängd</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Förlängd</translation>
    </message>
    <message>
        <source>E&amp;nded</source>
        <translation>A&amp;vslutad</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Beslutsdatum:</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>Nytt slutdatum</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>F&amp;inansiär:</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Renewed until %1</source>
        <translation>Förlängd till %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Avslutad den %1</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (återkallat)</translation>
    </message>
    <message>
        <source>Withdrawn by %1 on %2</source>
        <translation>Återkallat av %1 den %2</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>The demo workspace</source>
        <translation>Exempelarbetsytan</translation>
    </message>
    <message>
        <source>Try everything freely: the demo is a separate file.</source>
        <translation>Prova allt fritt. Exempelarbetsytan är en egen fil.</translation>
    </message>
    <message>
        <source>Press Finish to open the demo. It is kept in %1; your unit&apos;s own workspace can be created later with File › New workspace…</source>
        <translation>Tryck på Färdig för att öppna exempelarbetsytan. Den sparas i %1. Er enhets egen arbetsyta kan du skapa senare med Arkiv › Ny arbetsyta…</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Edit unit</source>
        <translation>redigera enhet</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>lägg till person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>redigera person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>ta bort person</translation>
    </message>
    <message>
        <source>Restore person</source>
        <translation>återställ person</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>lägg till placering</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>redigera placering</translation>
    </message>
    <message>
        <source>Record renewal decision</source>
        <translation>registrera beslut om förlängning</translation>
    </message>
    <message>
        <source>Correct renewal decision</source>
        <translation>rätta beslut om förlängning</translation>
    </message>
    <message>
        <source>Withdraw renewal decision</source>
        <translation>återkalla beslut om förlängning</translation>
    </message>
    <message>
        <source>Reinstate renewal decision</source>
        <translation>återinför beslut om förlängning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ta bort</translation>
    </message>
    <message>
        <source>That record no longer exists in this workspace.</source>
        <translation>Posten finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>återställ</translation>
    </message>
    <message>
        <source>Write the demo workspace</source>
        <translation>skapa exempelarbetsytan</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>skapa arbetsyta</translation>
    </message>
    <message>
        <source>Add study circle</source>
        <translation>lägg till studiecirkel</translation>
    </message>
    <message>
        <source>Edit study circle</source>
        <translation>ändra studiecirkel</translation>
    </message>
    <message>
        <source>Remove study circle</source>
        <translation>ta bort studiecirkel</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>importera aktiviteter</translation>
    </message>
    <message>
        <source>Write the demo activity log</source>
        <translation>skriv exempelloggen</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>logga aktivitet</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>ändra aktivitet</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>ta bort aktivitet</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>återställ aktivitet</translation>
    </message>
    <message>
        <source>Set how long notes are kept</source>
        <translation>ange hur länge anteckningar sparas</translation>
    </message>
    <message>
        <source>Clear old notes</source>
        <translation>rensa gamla anteckningar</translation>
    </message>
    <message>
        <source>Add activity type</source>
        <translation>lägg till aktivitetstyp</translation>
    </message>
    <message>
        <source>Rename activity type</source>
        <translation>byt namn på aktivitetstyp</translation>
    </message>
    <message>
        <source>Hide activity type</source>
        <translation>dölj aktivitetstyp</translation>
    </message>
    <message>
        <source>Show activity type</source>
        <translation>visa aktivitetstyp</translation>
    </message>
    <message>
        <source>Delete activity type</source>
        <translation>ta bort aktivitetstyp</translation>
    </message>
    <message>
        <source>Tick checklist item</source>
        <translation>bocka av punkt i checklistan</translation>
    </message>
    <message>
        <source>Reopen checklist item</source>
        <translation>öppna punkt i checklistan igen</translation>
    </message>
    <message>
        <source>Mark checklist item not applicable</source>
        <translation>markera punkt i checklistan som ej aktuell</translation>
    </message>
    <message>
        <source>Answer checklist item</source>
        <translation>besvara punkt i checklistan</translation>
    </message>
    <message>
        <source>Comment on checklist item</source>
        <translation>kommentera punkt i checklistan</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>ändra punkt i checklistan</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>lägg till punkt i checklistan</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>ta bort punkt i checklistan</translation>
    </message>
    <message>
        <source>Restore checklist item</source>
        <translation>återställ punkt i checklistan</translation>
    </message>
    <message>
        <source>Move checklist item</source>
        <translation>flytta punkt i checklistan</translation>
    </message>
    <message>
        <source>Keep as the workspace&apos;s checklist template</source>
        <translation>spara som arbetsytans mall för checklistan</translation>
    </message>
    <message>
        <source>Use the built-in checklist template</source>
        <translation>använd den inbyggda mallen för checklistan</translation>
    </message>
    <message>
        <source>Start job description</source>
        <translation>påbörja arbetsbeskrivning</translation>
    </message>
    <message>
        <source>Save draft text</source>
        <translation>spara utkastets text</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>lägg till avsnitt</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>byt namn på avsnitt</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>flytta avsnitt</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>ta bort avsnitt</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>lägg till arbetsuppgift</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>redigera arbetsuppgift</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>ta bort arbetsuppgift</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>flytta arbetsuppgift</translation>
    </message>
    <message>
        <source>Set next review date</source>
        <translation>ange datum för nästa översyn</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>ange pinkod</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>nollställ pinkod</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>spara version</translation>
    </message>
    <message>
        <source>Approve revision</source>
        <translation>godkänn version</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>återkalla godkännande</translation>
    </message>
    <message>
        <source>Set up the job description template</source>
        <translation>lägg upp mallen för arbetsbeskrivningar</translation>
    </message>
    <message>
        <source>Add section to the template</source>
        <translation>lägg till avsnitt i mallen</translation>
    </message>
    <message>
        <source>Rename template section</source>
        <translation>byt namn på avsnitt i mallen</translation>
    </message>
    <message>
        <source>Move template section</source>
        <translation>flytta avsnitt i mallen</translation>
    </message>
    <message>
        <source>Remove template section</source>
        <translation>ta bort avsnitt ur mallen</translation>
    </message>
    <message>
        <source>Add survey round</source>
        <translation>Lägg till enkätomgång</translation>
    </message>
    <message>
        <source>Edit survey round</source>
        <translation>Ändra enkätomgång</translation>
    </message>
    <message>
        <source>Remove survey round</source>
        <translation>Ta bort enkätomgång</translation>
    </message>
    <message>
        <source>Enter survey tally</source>
        <translation>Skriv in enkätsvar</translation>
    </message>
    <message>
        <source>Set up the survey statements</source>
        <translation>Lägg upp enkätens påståenden</translation>
    </message>
    <message>
        <source>Add survey statement</source>
        <translation>Lägg till påstående i enkäten</translation>
    </message>
    <message>
        <source>Reword survey statement</source>
        <translation>Formulera om påstående i enkäten</translation>
    </message>
    <message>
        <source>Move survey statement</source>
        <translation>Flytta påstående i enkäten</translation>
    </message>
    <message>
        <source>Remove survey statement</source>
        <translation>Ta bort påstående ur enkäten</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Not logged for supervision</source>
        <translation>Loggas inte för handledning</translation>
    </message>
    <message>
        <source>New activity (Ctrl+N) – Enter saves</source>
        <translation>Ny aktivitet (Ctrl+N) – Enter sparar</translation>
    </message>
    <message>
        <source>Editing the activity of %1 – Enter saves, Escape cancels</source>
        <translation>Du ändrar aktiviteten från %1 – Enter sparar, Esc avbryter</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Tids&amp;åtgång</translation>
    </message>
    <message>
        <source>Partici&amp;pants</source>
        <translation>Deltagar&amp;e</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>Peer &amp;supporter</source>
        <translation>Peer &amp;supporter</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Desti&amp;nation</source>
        <translation>Ledsagning &amp;till</translation>
    </message>
    <message>
        <source>Study &amp;circle</source>
        <translation>Studie&amp;cirkel</translation>
    </message>
    <message>
        <source>Visit too&amp;k place</source>
        <translation>Besöket &amp;genomfördes</translation>
    </message>
    <message>
        <source>45 min, 1,5 h, 1:30</source>
        <translation>45 min, 1,5 h, 1:30</translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation>0 om ingen</translation>
    </message>
    <message>
        <source>Minutes (90, 45 min), hours (1,5 h, 1.5h) or hours:minutes (1:30)</source>
        <translation>Minuter (90, 45 min), timmar (1,5 h, 1.5h) eller timmar:minuter (1:30)</translation>
    </message>
    <message>
        <source>Service users present (0 for work without them)</source>
        <translation>Antal brukare som var med (0 för arbete utan brukare)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Never write names or anything else that tells who a service user is: count them instead.</source>
        <translation>Skriv aldrig namn eller något annat som visar vem en brukare är. Räkna i stället.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>Repeat &amp;last</source>
        <translation>&amp;Upprepa senaste</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt ändringen</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Typ av enhet</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <source>Employer organisation</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Visit to</source>
        <translation>Ledsagning till</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>Förlängd till</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planerade träffar</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <source>Study circle</source>
        <translation>Studiecirkel</translation>
    </message>
    <message>
        <source>Visit took place</source>
        <translation>Ledsagningen genomförd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Varför den behövs</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Arbetsuppgift</translation>
    </message>
    <message>
        <source>Activity types</source>
        <translation>Aktivitetstyper</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkod</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny pinkod</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Nuvarande pinkod</translation>
    </message>
    <message>
        <source>Unit manager&apos;s PIN</source>
        <translation>Enhetschefens pinkod</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Sammanfattning av ändringarna</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Where the sheets were handed out</source>
        <translation>Var enkäterna delades ut</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Utdelade</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Inlämnade</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Row {row}, {label}</source>
        <translation>Rad {row}, {label}</translation>
    </message>
    <message>
        <source>{label}: this is required.</source>
        <translation>{label}: måste fyllas i.</translation>
    </message>
    <message>
        <source>{label}: too long ({length} characters, at most {max}).</source>
        <translation>{label}: texten är för lång ({length} tecken, högst {max}).</translation>
    </message>
    <message>
        <source>{label}: character {position} is broken (often left by copying and pasting). Retype the text around it.</source>
        <translation>{label}: tecken nummer {position} är trasigt (det händer ofta när man kopierar och klistrar in). Skriv om texten runt det.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not one of the choices ({choices}).</source>
        <translation>{label}: ”{value}” finns inte bland valen ({choices}).</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a whole number.</source>
        <translation>{label}: ”{value}” är inte ett heltal.</translation>
    </message>
    <message>
        <source>{label}: {value} is too small (at least {minimum}).</source>
        <translation>{label}: {value} är för litet (minst {minimum}).</translation>
    </message>
    <message>
        <source>{label}: {value} is too large (at most {maximum}).</source>
        <translation>{label}: {value} är för stort (högst {maximum}).</translation>
    </message>
    <message>
        <source>{label}: {value} is too early (the earliest accepted is {earliest}).</source>
        <translation>{label}: {value} är för tidigt (tidigast {earliest}).</translation>
    </message>
    <message>
        <source>{label}: {value} is too late (the latest accepted is {latest}).</source>
        <translation>{label}: {value} är för sent (senast {latest}).</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <source>PeerDesk workspaces (*.peerdesk)</source>
        <translation>PeerDesk-filer (*.peerdesk)</translation>
    </message>
    <message>
        <source>%1 already exists. A new workspace never replaces a file: choose another name.</source>
        <translation>%1 finns redan. En ny arbetsyta ersätter aldrig en befintlig fil. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Workspace in a synced folder</source>
        <translation>Arbetsytan ligger i en synkroniserad mapp</translation>
    </message>
    <message>
        <source>%1 is in a folder that %2 synchronises. Sync programs copy the file while PeerDesk writes to it and can damage it or lose saves. Keep the workspace in PeerDesk&apos;s own data folder (%3) or on a network drive instead.</source>
        <translation>%1 ligger i en mapp som %2 synkroniserar. Synkroniseringsprogram kopierar filen medan PeerDesk skriver i den, och då kan filen skadas eller ändringar gå förlorade. Spara hellre arbetsytan i PeerDesks egen mapp (%3) eller på en nätverksenhet.</translation>
    </message>
    <message>
        <source>&amp;Move it to PeerDesk&apos;s folder</source>
        <translation>&amp;Flytta den till PeerDesks mapp</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Behåll den här</translation>
    </message>
    <message>
        <source>Moving the workspace…</source>
        <translation>Flyttar arbetsytan…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <source>Check and repair</source>
        <translation>Kontrollera och reparera</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The user guide could not be found in this installation.</source>
        <translation>Användarguiden finns inte i den här installationen.</translation>
    </message>
    <message>
        <source>PeerDesk – user guide</source>
        <translation>PeerDesk – användarguide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>How to use PeerDesk, section by section</source>
        <translation>Så använder du PeerDesk, avsnitt för avsnitt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Stäng användarguiden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import activities: %1</source>
        <translation>Importera aktiviteter: %1</translation>
    </message>
    <message>
        <source>%1 rows. Choose which column of the file holds what (the columns were matched by their headers). Every row is checked first: if any row is wrong, nothing is imported and the rows to correct are listed.</source>
        <translation>%1 rader. Välj vilken kolumn i filen som innehåller vad (kolumnerna har matchats efter sina rubriker). Alla rader kontrolleras först: om någon rad är fel importeras ingenting, och de rader som behöver rättas visas.</translation>
    </message>
    <message>
        <source>Peer supporter for rows without one:</source>
        <translation>Peer supporter för rader som saknar en:</translation>
    </message>
    <message>
        <source>Also import rows &amp;identical to activities already in the log</source>
        <translation>Importera även rader som är &amp;identiska med aktiviteter som redan finns i loggen</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportera</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Checking the rows…</source>
        <translation>Raderna kontrolleras…</translation>
    </message>
    <message>
        <source>Imported %1 activities from %2. Undo with Ctrl+Z.</source>
        <translation>%1 aktiviteter har importerats från %2. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Skipped %1 rows identical to activities already in the log (rows %2).</source>
        <translation>%1 rader hoppades över eftersom de är identiska med aktiviteter som redan finns i loggen (rad %2).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>Importera aktiviteter</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export activities</source>
        <translation>Exportera aktiviteter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 activities to %2.</source>
        <translation>%1 aktiviteter har exporterats till %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Add the unit&apos;s own item</source>
        <translation>Lägg till en egen punkt</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>Ändra punkt</translation>
    </message>
    <message>
        <source>The change applies to this placement only. Keep the checklist as the workspace&apos;s template to use it for the next placement too.</source>
        <translation>Ändringen gäller bara den här placeringen. Spara checklistan som arbetsytans mall om nästa placering också ska få den.</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (borttagen)</translation>
    </message>
</context>
<context>
    <name>JobDesc</name>
    <message>
        <source>Section “{title}”</source>
        <translation>Avsnittet ”{title}”</translation>
    </message>
    <message>
        <source>That job description no longer exists.</source>
        <translation>Arbetsbeskrivningen finns inte längre.</translation>
    </message>
    <message>
        <source>That section is no longer in the draft.</source>
        <translation>Avsnittet finns inte längre i utkastet.</translation>
    </message>
    <message>
        <source>That task is no longer in the list.</source>
        <translation>Arbetsuppgiften finns inte längre i listan.</translation>
    </message>
    <message>
        <source>{section}: the draft was changed elsewhere since you started typing (another computer took the workspace over, or a backup was restored). Your text was not saved over it: compare the two and merge them.</source>
        <translation>{section}: utkastet har ändrats på annat håll sedan du började skriva (en annan dator tog över arbetsytan, eller en säkerhetskopia återställdes). Din text har inte sparats över den: jämför de två och för samman dem.</translation>
    </message>
    <message>
        <source>This placement already has a job description.</source>
        <translation>Placeringen har redan en arbetsbeskrivning.</translation>
    </message>
    <message>
        <source>The job description has saved revisions: it stays.</source>
        <translation>Arbetsbeskrivningen har sparade versioner och finns därför kvar.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not an activity type.</source>
        <translation>{label}: ”{value}” är ingen aktivitetstyp.</translation>
    </message>
    <message>
        <source>Tasks belong in the task list section.</source>
        <translation>Arbetsuppgifter hör hemma i avsnittet med listan över arbetsuppgifter.</translation>
    </message>
    <message>
        <source>{label}: that is not the PIN of {name}.</source>
        <translation>{label}: det är inte pinkoden för {name}.</translation>
    </message>
    <message>
        <source>{label}: {name} has a PIN; type it to go on.</source>
        <translation>{label}: {name} har en pinkod. Skriv den för att fortsätta.</translation>
    </message>
    <message>
        <source>{label}: 4 to 12 digits.</source>
        <translation>{label}: 4 till 12 siffror.</translation>
    </message>
    <message>
        <source>Only a unit manager can reset a PIN.</source>
        <translation>Bara en enhetschef kan nollställa en pinkod.</translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation>Versionen finns inte.</translation>
    </message>
    <message>
        <source>There is no revision {number}.</source>
        <translation>Det finns ingen version {number}.</translation>
    </message>
    <message>
        <source>The draft has no sections.</source>
        <translation>Utkastet har inga avsnitt.</translation>
    </message>
    <message>
        <source>The draft is the same as revision {number}: there is nothing new to save.</source>
        <translation>Utkastet är likadant som version {number}. Det finns inget nytt att spara.</translation>
    </message>
    <message>
        <source>{name} cannot sign this job description: the unit manager and the placement&apos;s peer supporter sign it.</source>
        <translation>{name} kan inte godkänna arbetsbeskrivningen. Den godkänns av enhetschefen och placeringens peer supporter.</translation>
    </message>
    <message>
        <source>Revision {number} has been followed by revision {latest}: only the latest can be approved.</source>
        <translation>Version {number} har ersatts av version {latest}. Bara den senaste versionen kan godkännas.</translation>
    </message>
    <message>
        <source>Revision {number} no longer matches what was saved: it cannot be approved. Check the workspace (File › Check and repair…).</source>
        <translation>Version {number} stämmer inte längre med det som sparades och kan inte godkännas. Kontrollera arbetsytan (Arkiv › Kontrollera och reparera…).</translation>
    </message>
    <message>
        <source>{name} has already approved revision {number}.</source>
        <translation>{name} har redan godkänt version {number}.</translation>
    </message>
    <message>
        <source>That approval is no longer in force.</source>
        <translation>Godkännandet gäller inte längre.</translation>
    </message>
    <message>
        <source>Both have approved revision {number}: an approval can no longer be withdrawn. Save a new revision instead.</source>
        <translation>Båda har godkänt version {number}, så ett godkännande kan inte längre återkallas. Spara en ny version i stället.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Avsnittet finns inte längre.</translation>
    </message>
    <message>
        <source>That section no longer exists in the template.</source>
        <translation>Avsnittet finns inte längre i mallen.</translation>
    </message>
</context>
<context>
    <name>JobDescActions</name>
    <message>
        <source>&amp;Job description</source>
        <translation>&amp;Arbetsbeskrivning</translation>
    </message>
    <message>
        <source>Start &amp;job description</source>
        <translation>&amp;Påbörja arbetsbeskrivningen</translation>
    </message>
    <message>
        <source>Start this placement&apos;s job description from the workspace&apos;s section template</source>
        <translation>Påbörja placeringens arbetsbeskrivning utifrån arbetsytans mall för avsnitt</translation>
    </message>
    <message>
        <source>Add secti&amp;on…</source>
        <translation>Lägg till avsni&amp;tt…</translation>
    </message>
    <message>
        <source>Add a section to the draft</source>
        <translation>Lägg till ett avsnitt i utkastet</translation>
    </message>
    <message>
        <source>Re&amp;name section…</source>
        <translation>Byt &amp;namn på avsnitt…</translation>
    </message>
    <message>
        <source>Rename the selected section</source>
        <translation>Byt namn på det markerade avsnittet</translation>
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation>Flytta avsnitt &amp;uppåt</translation>
    </message>
    <message>
        <source>Move the selected section up</source>
        <translation>Flytta det markerade avsnittet uppåt</translation>
    </message>
    <message>
        <source>Move section do&amp;wn</source>
        <translation>Flytta avsnitt ne&amp;dåt</translation>
    </message>
    <message>
        <source>Move the selected section down</source>
        <translation>Flytta det markerade avsnittet nedåt</translation>
    </message>
    <message>
        <source>Re&amp;move section</source>
        <translation>Ta &amp;bort avsnitt</translation>
    </message>
    <message>
        <source>Remove the selected section from the draft (can be undone)</source>
        <translation>Ta bort det markerade avsnittet ur utkastet (kan ångras)</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>&amp;Lägg till arbetsuppgift…</translation>
    </message>
    <message>
        <source>Add a task to the task list</source>
        <translation>Lägg till en arbetsuppgift i listan</translation>
    </message>
    <message>
        <source>Add from su&amp;ggestions…</source>
        <translation>Lägg till från &amp;förslag…</translation>
    </message>
    <message>
        <source>Pick typical tasks of a peer supporter and adapt them</source>
        <translation>Välj typiska arbetsuppgifter för en peer supporter och anpassa dem</translation>
    </message>
    <message>
        <source>Ed&amp;it task…</source>
        <translation>&amp;Ändra arbetsuppgift…</translation>
    </message>
    <message>
        <source>Change the selected task and the activity types it covers</source>
        <translation>Ändra den markerade arbetsuppgiften och de aktivitetstyper den omfattar</translation>
    </message>
    <message>
        <source>Move task &amp;higher</source>
        <translation>Flytta uppgiften &amp;högre upp</translation>
    </message>
    <message>
        <source>Move the selected task up the list</source>
        <translation>Flytta den markerade arbetsuppgiften uppåt i listan</translation>
    </message>
    <message>
        <source>Move task &amp;lower</source>
        <translation>Flytta uppgiften ned&amp;åt</translation>
    </message>
    <message>
        <source>Move the selected task down the list</source>
        <translation>Flytta den markerade arbetsuppgiften nedåt i listan</translation>
    </message>
    <message>
        <source>Remove tas&amp;k</source>
        <translation>Ta b&amp;ort arbetsuppgift</translation>
    </message>
    <message>
        <source>Remove the selected task (can be undone)</source>
        <translation>Ta bort den markerade arbetsuppgiften (kan ångras)</translation>
    </message>
    <message>
        <source>Save &amp;revision…</source>
        <translation>&amp;Spara version…</translation>
    </message>
    <message>
        <source>Save the draft as a new numbered revision (cannot be undone)</source>
        <translation>Spara utkastet som en ny numrerad version (kan inte ångras)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Godkänn…</translation>
    </message>
    <message>
        <source>Approve the latest revision as yourself</source>
        <translation>Godkänn den senaste versionen i ditt eget namn</translation>
    </message>
    <message>
        <source>Withdraw a&amp;pproval…</source>
        <translation>Åter&amp;kalla godkännande…</translation>
    </message>
    <message>
        <source>Take back an approval while the other party has not approved yet</source>
        <translation>Ta tillbaka ett godkännande så länge den andra parten inte har godkänt</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Jämför versioner…</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Visa vad som ändrats mellan två versioner</translation>
    </message>
    <message>
        <source>Next review &amp;date…</source>
        <translation>Datum för nästa övers&amp;yn…</translation>
    </message>
    <message>
        <source>Set when the job description is reviewed next</source>
        <translation>Ange när arbetsbeskrivningen ska ses över nästa gång</translation>
    </message>
    <message>
        <source>Section templat&amp;e…</source>
        <translation>&amp;Mall för avsnitt…</translation>
    </message>
    <message>
        <source>The sections that job descriptions started later begin with</source>
        <translation>De avsnitt som arbetsbeskrivningar som påbörjas senare börjar med</translation>
    </message>
    <message>
        <source>&amp;Set my PIN…</source>
        <translation>Ange min p&amp;inkod…</translation>
    </message>
    <message>
        <source>A personal PIN, so nobody can approve in your name</source>
        <translation>En personlig pinkod, så att ingen annan kan godkänna i ditt namn</translation>
    </message>
    <message>
        <source>Reset a &amp;forgotten PIN…</source>
        <translation>Nollställ &amp;en glömd pinkod…</translation>
    </message>
    <message>
        <source>A unit manager removes someone&apos;s PIN</source>
        <translation>En enhetschef tar bort någons pinkod</translation>
    </message>
</context>
<context>
    <name>JobDescPage</name>
    <message>
        <source>Choose who approves.</source>
        <translation>Välj vem som godkänner.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Arbetsuppgift</translation>
    </message>
    <message>
        <source>Activity types it covers</source>
        <translation>Aktivitetstyper som den omfattar</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>Pla&amp;cering:</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Avsn&amp;itt</translation>
    </message>
    <message>
        <source>Task list (part of what is approved)</source>
        <translation>Arbetsuppgifter (ingår i det som godkänns)</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>The peer supporter&apos;s role</source>
        <translation>Peer supporterns roll</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Byt namn på avsnitt</translation>
    </message>
    <message>
        <source>Removed the section “%1”. Undo with Ctrl+Z.</source>
        <translation>Avsnittet ”%1” togs bort. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>JobDescReminders</name>
    <message>
        <source>%1: no job description yet.</source>
        <translation>%1: ingen arbetsbeskrivning ännu.</translation>
    </message>
    <message>
        <source>%1: agreed version revision %2 (%3).</source>
        <translation>%1: gällande version är version %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no version agreed yet.</source>
        <translation>%1: ingen version är gällande ännu.</translation>
    </message>
    <message>
        <source>Review was due on %1.</source>
        <translation>Översynen skulle ha gjorts senast %1.</translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>Nästa översyn: %1.</translation>
    </message>
    <message>
        <source>Revision %1 awaits approval by %2.</source>
        <translation>Version %1 väntar på godkännande av %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Local job descriptions</source>
        <translation>Lokala arbetsbeskrivningar</translation>
    </message>
</context>
<context>
    <name>JobDescText</name>
    <message>
        <source>Local job description: {name}, {unit}</source>
        <translation>Lokal arbetsbeskrivning: {name}, {unit}</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>covers: {types}</source>
        <translation>omfattar: {types}</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>gällande</translation>
    </message>
    <message>
        <source>approved by both, since replaced by a later agreed version</source>
        <translation>godkänd av båda, sedan ersatt av en senare gällande version</translation>
    </message>
    <message>
        <source>awaiting approval by {who}</source>
        <translation>väntar på godkännande av {who}</translation>
    </message>
    <message>
        <source>not approved by both, replaced by a later revision</source>
        <translation>inte godkänd av båda, ersatt av en senare version</translation>
    </message>
    <message>
        <source>approved by {who}</source>
        <translation>godkänd av {who}</translation>
    </message>
    <message>
        <source>Changes: {summary}</source>
        <translation>Ändringar: {summary}</translation>
    </message>
    <message>
        <source>Took part: {who}</source>
        <translation>Deltog: {who}</translation>
    </message>
    <message>
        <source>Draft, not saved as a revision: changed since revision {number}</source>
        <translation>Utkast, inte sparat som version: ändrat sedan version {number}</translation>
    </message>
    <message>
        <source>Draft: the same as revision {number}</source>
        <translation>Utkast: likadant som version {number}</translation>
    </message>
    <message>
        <source>Draft: no revision saved yet</source>
        <translation>Utkast: ingen version har sparats ännu</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>arbetsuppgift</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>No placement has a job description yet.</source>
        <translation>Ingen placering har någon arbetsbeskrivning ännu.</translation>
    </message>
    <message>
        <source>Several placements have a job description: choose one with --placement NAME ({names}).</source>
        <translation>Flera placeringar har en arbetsbeskrivning. Välj en med --placement NAMN ({names}).</translation>
    </message>
    <message>
        <source>{name}&apos;s placement has no job description yet.</source>
        <translation>Placeringen för {name} har ingen arbetsbeskrivning ännu.</translation>
    </message>
    <message>
        <source>No revision has been approved by both yet.</source>
        <translation>Ingen version har godkänts av båda ännu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo or redo failed</source>
        <translation>Det gick inte att ångra eller göra om</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skrivskyddad</translation>
    </message>
    <message>
        <source>Nothing can be changed here.</source>
        <translation>Här går det inte att ändra något.</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Du arbetar som %1</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Om PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk %1

For units that host a peer supporter: the placement, its people and its renewal decisions. Service users are never recorded by name.

Free software under the GNU GPL, version 3 or later.</source>
        <translation>PeerDesk %1

För enheter som har en peer supporter: placeringen, personerna och besluten om förlängning. Brukare registreras aldrig med namn.

Fri programvara under GNU GPL, version 3 eller senare.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong inside PeerDesk (a bug). What you saved before is safe. Details are in %1.</source>
        <translation>Något gick fel i PeerDesk (ett programfel). Det du har sparat tidigare finns kvar. Detaljerna finns i %1.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Introduction checklist</source>
        <translation>Introduktionschecklista</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Arbetsbeskrivning</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>What the users say</source>
        <translation>Vad brukarna säger</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Not applicable</source>
        <translation>Ej aktuell</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this placement?</source>
        <translation>Varför är ”%1” inte aktuell för den här placeringen?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <source>PeerDesk workspaces (*.peerdesk)</source>
        <translation>PeerDesk-filer (*.peerdesk)</translation>
    </message>
    <message>
        <source>In use by %1 on %2 since %3: you can read but not change anything.</source>
        <translation>Används av %1 på %2 sedan %3. Du kan läsa men inte ändra något.</translation>
    </message>
    <message>
        <source>This workspace is in use by %1 on %2 since %3.</source>
        <translation>Arbetsytan används av %1 på %2 sedan %3.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Arbetsytan används</translation>
    </message>
    <message>
        <source>It looks abandoned (no sign of life for a while, or the program is gone): you may take it over.</source>
        <translation>Den verkar ha lämnats öppen (den har inte använts på en stund, eller så är programmet inte längre igång). Du kan ta över den.</translation>
    </message>
    <message>
        <source>You can open it read-only. Taking it over is possible once it has shown no sign of life for five minutes.</source>
        <translation>Du kan öppna den som skrivskyddad. Du kan ta över den först när den inte har använts på fem minuter.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna som &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>The last session here (%1, since %2) ended without closing the workspace. Nothing saved was lost.</source>
        <translation>Förra gången arbetsytan användes här (av %1, sedan %2) stängdes den inte ordentligt. Inget som hade sparats har gått förlorat.</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Ta över</translation>
    </message>
    <message>
        <source>This workspace was closed meanwhile: you can open it now.</source>
        <translation>Arbetsytan har stängts under tiden. Du kan öppna den nu.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbetsytan kan inte öppnas</translation>
    </message>
    <message>
        <source>Re&amp;pair it…</source>
        <translation>&amp;Reparera den…</translation>
    </message>
    <message>
        <source>Repairing keeps everything that can still be read; a raw copy of the damaged file is kept first.</source>
        <translation>Vid en reparation behålls allt som fortfarande går att läsa. Först sparas en oförändrad kopia av den skadade filen.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian har återställts</translation>
    </message>
    <message>
        <source>The backup from %1 was restored. Anything saved after that time is not in it.</source>
        <translation>Säkerhetskopian från %1 har återställts. Det som sparades efter den tidpunkten finns inte med.</translation>
    </message>
    <message>
        <source>None of the backups of this workspace passed the check.</source>
        <translation>Ingen av arbetsytans säkerhetskopior klarade kontrollen.</translation>
    </message>
    <message>
        <source>Repairing the workspace…</source>
        <translation>Reparerar arbetsytan…</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>Öppna en annan &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>&amp;Återställ den senaste felfria säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Days since start</source>
        <translation>Dagar sedan start</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
</context>
<context>
    <name>OverviewActions</name>
    <message>
        <source>Edit &amp;unit…</source>
        <translation>Redigera &amp;enhet…</translation>
    </message>
    <message>
        <source>Change the unit&apos;s name or kind</source>
        <translation>Ändra enhetens namn eller typ</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>Add someone to the workspace</source>
        <translation>Lägg till en person i arbetsytan</translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation>Redigera &amp;person…</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s name or role</source>
        <translation>Ändra den valda personens namn eller roll</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Ta bort person</translation>
    </message>
    <message>
        <source>Remove the selected person (can be undone)</source>
        <translation>Ta bort den valda personen (kan ångras)</translation>
    </message>
    <message>
        <source>Add p&amp;lacement…</source>
        <translation>Lägg till placeri&amp;ng…</translation>
    </message>
    <message>
        <source>Add a placement for a peer supporter</source>
        <translation>Lägg till en placering för en peer supporter</translation>
    </message>
    <message>
        <source>Edit pla&amp;cement…</source>
        <translation>Redigera pla&amp;cering…</translation>
    </message>
    <message>
        <source>Change the selected placement&apos;s dates</source>
        <translation>Ändra datumen för den valda placeringen</translation>
    </message>
    <message>
        <source>Record renewal &amp;decision…</source>
        <translation>Registrera beslut om &amp;förlängning…</translation>
    </message>
    <message>
        <source>Record that the selected placement was renewed or ended</source>
        <translation>Registrera att den valda placeringen förlängdes eller avslutades</translation>
    </message>
    <message>
        <source>C&amp;orrect renewal decision…</source>
        <translation>Rätta beslut o&amp;m förlängning…</translation>
    </message>
    <message>
        <source>Correct the selected placement&apos;s latest renewal decision</source>
        <translation>Rätta det senaste beslutet om förlängning för den valda placeringen</translation>
    </message>
    <message>
        <source>&amp;Withdraw renewal decision</source>
        <translation>Åter&amp;kalla beslut om förlängning</translation>
    </message>
    <message>
        <source>Withdraw the selected placement&apos;s latest renewal decision (kept in the history)</source>
        <translation>Återkalla det senaste beslutet om förlängning för den valda placeringen (beslutet finns kvar i historiken)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Renewal decisions (history)</source>
        <translation>Beslut om förlängning (historik)</translation>
    </message>
    <message>
        <source>Renewal decisions</source>
        <translation>Beslut om förlängning</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Typ av enhet</translation>
    </message>
    <message>
        <source>Removed %1. Undo with Ctrl+Z.</source>
        <translation>%1 har tagits bort. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Withdrew the renewal decision of %1 (kept in the history). Undo with Ctrl+Z.</source>
        <translation>Beslutet om förlängning för %1 har återkallats (det finns kvar i historiken). Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>That person no longer exists in this workspace.</source>
        <translation>Personen finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <source>There is already a {role} named {name} in this workspace. Add another person with the same name?</source>
        <translation>{name} finns redan i arbetsytan (roll: {role}). Vill du ändå lägga till en person till med samma namn?</translation>
    </message>
    <message>
        <source>{name} is the peer supporter of a running placement and keeps that role until the placement has ended or is removed.</source>
        <translation>{name} är peer supporter i en pågående placering och behåller den rollen tills placeringen har avslutats eller tagits bort.</translation>
    </message>
    <message>
        <source>{name} is the peer supporter of a running placement: end or remove the placement first.</source>
        <translation>{name} är peer supporter i en pågående placering. Avsluta eller ta bort placeringen först.</translation>
    </message>
    <message>
        <source>{name} is the supervisor of {count} placement(s). Remove {name} and leave those placements without a supervisor until you choose a new one?</source>
        <translation>{name} är handledare för {count} av placeringarna. Vill du ändå ta bort {name}? Då saknas handledare där tills du väljer en ny.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>The people</source>
        <translation>Personerna</translation>
    </message>
    <message>
        <source>Who runs the unit, who is the peer supporter, and who employs and supervises them. A staff representative helps write the job description.</source>
        <translation>Vem som leder enheten, vem som är peer supporter och vem som är arbetsgivare och handledare. En medarbetarrepresentant hjälper till att skriva arbetsbeskrivningen.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Reset a forgotten PIN</source>
        <translation>Nollställ en glömd pinkod</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Ange min pinkod</translation>
    </message>
</context>
<context>
    <name>PinForm</name>
    <message>
        <source>&amp;Whose PIN:</source>
        <translation>&amp;Vems pinkod:</translation>
    </message>
    <message>
        <source>Whose PIN</source>
        <translation>Vems pinkod</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Nuvarande pinkod:</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Nuvarande pinkod</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>N&amp;y pinkod:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny pinkod</translation>
    </message>
    <message>
        <source>&amp;Unit manager:</source>
        <translation>&amp;Enhetschef:</translation>
    </message>
    <message>
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s PIN:</source>
        <translation>&amp;Chefens pinkod:</translation>
    </message>
    <message>
        <source>Unit manager&apos;s PIN</source>
        <translation>Enhetschefens pinkod</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Choose the peer supporter (or add them with Add person…).</source>
        <translation>Välj peer supporter (eller lägg till personen med Lägg till person…).</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Lägg till placering</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Redigera placering</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Lägg &amp;till person…</translation>
    </message>
    <message>
        <source>Add someone to the workspace and choose them here</source>
        <translation>Lägg till en person i arbetsytan och välj personen här</translation>
    </message>
    <message>
        <source>Is the peer supporter not in the list? Add them with Add person…: they are chosen here at once, and what you typed stays.</source>
        <translation>Finns inte peer supportern i listan? Lägg till personen med knappen Lägg till person. Personen väljs då direkt här, och det du redan har skrivit finns kvar.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source>&amp;Peer supporter:</source>
        <translation>&amp;Peer supporter:</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>&amp;Employer organisation:</source>
        <translation>&amp;Arbetsgivare:</translation>
    </message>
    <message>
        <source>Employer organisation</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>P&amp;lanned end date:</source>
        <translation>P&amp;lanerat slutdatum:</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planerat slutdatum</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <source>The placement</source>
        <translation>Placeringen</translation>
    </message>
    <message>
        <source>When the peer supporter starts, and when the funding runs out unless it is renewed.</source>
        <translation>När peer supportern börjar, och när finansieringen tar slut om den inte förlängs.</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>That placement no longer exists in this workspace.</source>
        <translation>Placeringen finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <source>No placement of {name} in this workspace. Placements: {candidates}</source>
        <translation>Ingen placering för {name} i arbetsytan. Placeringar: {candidates}</translation>
    </message>
    <message>
        <source>{name} has several placements: {candidates}. Remove or end the others, or name a placement that is unique.</source>
        <translation>{name} har flera placeringar: {candidates}. Ta bort eller avsluta de andra, eller ange en placering som är unik.</translation>
    </message>
    <message>
        <source>This workspace has no placements yet.</source>
        <translation>Arbetsytan har inga placeringar ännu.</translation>
    </message>
    <message>
        <source>A placement needs a person with the peer supporter role.</source>
        <translation>En placering behöver en person med rollen peer supporter.</translation>
    </message>
    <message>
        <source>The supervisor chosen has been removed from this workspace: choose another one.</source>
        <translation>Den valda handledaren har tagits bort ur arbetsytan. Välj en annan.</translation>
    </message>
    <message>
        <source>Planned end date: {end} must come after the start date {start}.</source>
        <translation>Planerat slutdatum: {end} måste komma efter startdatumet {start}.</translation>
    </message>
    <message>
        <source>Decided on: {date} is more than a year from now. Check the year.</source>
        <translation>Beslutsdatum: {date} ligger mer än ett år fram i tiden. Kontrollera årtalet.</translation>
    </message>
    <message>
        <source>This placement ends on {date} by an earlier decision. Correct or withdraw that decision first.</source>
        <translation>Placeringen avslutas {date} enligt ett tidigare beslut. Rätta eller återkalla det beslutet först.</translation>
    </message>
    <message>
        <source>This placement ended on {date}. Correct or withdraw that decision first.</source>
        <translation>Placeringen avslutades {date}. Rätta eller återkalla det beslutet först.</translation>
    </message>
    <message>
        <source>Only the latest decision in force can be changed: withdraw the later decisions first.</source>
        <translation>Bara det senaste gällande beslutet kan ändras. Återkalla de senare besluten först.</translation>
    </message>
    <message>
        <source>A later decision is in force: withdraw it first.</source>
        <translation>Ett senare beslut gäller. Återkalla det först.</translation>
    </message>
    <message>
        <source>A withdrawn decision cannot be corrected.</source>
        <translation>Ett återkallat beslut kan inte rättas.</translation>
    </message>
    <message>
        <source>Renewed until: {end} must come after the current planned end date {current}.</source>
        <translation>Förlängd till: {end} måste komma efter det nuvarande planerade slutdatumet {current}.</translation>
    </message>
    <message>
        <source>Renewed until: {end} is more than five years after the current planned end date. Check the year.</source>
        <translation>Förlängd till: {end} ligger mer än fem år efter det nuvarande planerade slutdatumet. Kontrollera årtalet.</translation>
    </message>
    <message>
        <source>Ended on: {end} is before the placement started ({start}).</source>
        <translation>Avslutad den: {end} ligger före placeringens start ({start}).</translation>
    </message>
    <message>
        <source>A decision is either renewed or ended.</source>
        <translation>Ett beslut gäller antingen förlängning eller avslut.</translation>
    </message>
    <message>
        <source>That decision no longer exists in this workspace.</source>
        <translation>Beslutet finns inte längre i arbetsytan.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <source>Starts tomorrow</source>
        <translation>Börjar i morgon</translation>
    </message>
    <message>
        <source>Starts in %1 days</source>
        <translation>Börjar om %1 dagar</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Avslutad %1</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Avslutas %1</translation>
    </message>
    <message>
        <source>⚠ Planned end %1 has passed</source>
        <translation>⚠ Planerat slut %1 har passerat</translation>
    </message>
    <message>
        <source>⚠ 1 day left</source>
        <translation>⚠ 1 dag kvar</translation>
    </message>
    <message>
        <source>⚠ %1 days left</source>
        <translation>⚠ %1 dagar kvar</translation>
    </message>
    <message>
        <source>Less than %1 days to the planned end date: time for the renewal decision.</source>
        <translation>Mindre än %1 dagar kvar till det planerade slutdatumet. Dags för beslut om förlängning.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{label}: “{number}” looks like a Swedish personal identity number, which PeerDesk never stores. If it is a phone number, write it with a space or dash, e.g. 070-123 45 67.</source>
        <translation>{label}: ”{number}” ser ut som ett svenskt personnummer, och sådana sparar PeerDesk aldrig. Är det ett telefonnummer, skriv det med mellanslag eller bindestreck, t.ex. 070-123 45 67.</translation>
    </message>
    <message>
        <source>{label}: “{number}” is a Swedish personal identity or co-ordination number. PeerDesk never stores anyone&apos;s identity: remove it before saving.</source>
        <translation>{label}: ”{number}” är ett svenskt person- eller samordningsnummer. PeerDesk sparar aldrig någons identitet. Ta bort numret innan du sparar.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutet. Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>What do you think of the peer support?</source>
        <translation>Berätta vad du tycker om stödet</translation>
    </message>
    <message>
        <source>We want to know what you think of our peer supporter.</source>
        <translation>Vi vill veta vad du tycker om vår peer supporter.</translation>
    </message>
    <message>
        <source>Do not write your name. Nobody can tell what you answered.</source>
        <translation>Skriv inte ditt namn. Ingen kan se vad just du svarade.</translation>
    </message>
    <message>
        <source>You choose if you want to answer. You can skip a sentence.</source>
        <translation>Du väljer själv om du vill svara. Du kan hoppa över en mening.</translation>
    </message>
    <message>
        <source>Put a cross on one face for each sentence.</source>
        <translation>Sätt ett kryss på ett ansikte för varje mening.</translation>
    </message>
    <message>
        <source>Thank you! Put the sheet in the box or give it to the staff.</source>
        <translation>Tack! Lägg lappen i lådan eller ge den till personalen.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Stämmer</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>Stämmer inte</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Vet inte</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Utskriven {date}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dolt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <source>There is no report “{kind}”. Reports: {kinds}.</source>
        <translation>Det finns ingen rapport som heter ”{kind}”. Rapporter: {kinds}.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Study circle: {theme}</source>
        <translation>Studiecirkel: {theme}</translation>
    </message>
    <message>
        <source>Leaders: {names}</source>
        <translation>Cirkelledare: {names}</translation>
    </message>
    <message>
        <source>Planned sessions: {planned}, logged so far: {held}</source>
        <translation>Planerade träffar: {planned}, registrerade hittills: {held}</translation>
    </message>
    <message>
        <source>Each participant writes their name once and signs for every session they attend. The names stay on this sheet: they are never entered into PeerDesk.</source>
        <translation>Varje deltagare skriver sitt namn en gång och skriver under för varje träff som hen deltar i. Namnen stannar på den här listan och förs aldrig in i PeerDesk.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Träff {number}</translation>
    </message>
    <message>
        <source>This workspace has no study circles yet.</source>
        <translation>Arbetsytan har inga studiecirklar ännu.</translation>
    </message>
    <message>
        <source>There is no study circle called {name}. Study circles: {candidates}</source>
        <translation>Det finns ingen studiecirkel som heter {name}. Studiecirklar: {candidates}</translation>
    </message>
    <message>
        <source>Choose a study circle with --circle NAME: {candidates}</source>
        <translation>Välj en studiecirkel med --circle NAMN: {candidates}</translation>
    </message>
    <message>
        <source>Introduction checklist</source>
        <translation>Introduktionschecklista</translation>
    </message>
    <message>
        <source>{name}: placement {start} – {end}</source>
        <translation>{name}: placering {start} – {end}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation>Svar: {text}</translation>
    </message>
    <message>
        <source>Comment ({who}, {day}): {text}</source>
        <translation>Kommentar ({who}, {day}): {text}</translation>
    </message>
    <message>
        <source>This placement has no checklist items.</source>
        <translation>Placeringen har inga punkter i checklistan.</translation>
    </message>
    <message>
        <source>No peer supporter is called {name}. Peer supporters: {candidates}</source>
        <translation>Ingen peer supporter heter {name}. Peer supportrar: {candidates}</translation>
    </message>
    <message>
        <source>Several peer supporters are called {name}: give them names that differ.</source>
        <translation>Flera peer supportrar heter {name}: ge dem namn som skiljer sig åt.</translation>
    </message>
    <message>
        <source>Follow-up pack</source>
        <translation>Underlag för uppföljning</translation>
    </message>
    <message>
        <source>Peer supporter: {name}</source>
        <translation>Peer supporter: {name}</translation>
    </message>
    <message>
        <source>The placement</source>
        <translation>Placeringen</translation>
    </message>
    <message>
        <source>Employer organisation</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <source>Days to the planned end date</source>
        <translation>Dagar kvar till planerat slutdatum</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Renewal decisions</source>
        <translation>Beslut om förlängning</translation>
    </message>
    <message>
        <source>{day}: renewed until {end} ({funder}), decided by {who}</source>
        <translation>{day}: förlängd till {end} ({funder}), beslut av {who}</translation>
    </message>
    <message>
        <source>{day}: to end on {end}, decided by {who}</source>
        <translation>{day}: avslutas {end}, beslut av {who}</translation>
    </message>
    <message>
        <source>Items still open</source>
        <translation>Punkter som återstår</translation>
    </message>
    <message>
        <source>Every item is done or marked not applicable.</source>
        <translation>Alla punkter är klara eller markerade som ej aktuella.</translation>
    </message>
    <message>
        <source>The agreed job description</source>
        <translation>Den överenskomna arbetsbeskrivningen</translation>
    </message>
    <message>
        <source>No version of the job description has been approved by both the unit manager and the peer supporter yet.</source>
        <translation>Ingen version av arbetsbeskrivningen har ännu godkänts av både enhetschefen och peer supportern.</translation>
    </message>
    <message>
        <source>Revision {number}, agreed {day}.</source>
        <translation>Version {number}, överenskommen {day}.</translation>
    </message>
    <message>
        <source>Activities in the period</source>
        <translation>Aktiviteter under perioden</translation>
    </message>
    <message>
        <source>Role drift</source>
        <translation>Glidning i rollen</translation>
    </message>
    <message>
        <source>The share of the period&apos;s hours in activity types that the agreed job description&apos;s tasks cover, and in types they do not cover.</source>
        <translation>Andelen av periodens timmar i aktivitetstyper som den överenskomna arbetsbeskrivningens uppgifter omfattar, och i typer som de inte omfattar.</translation>
    </message>
    <message>
        <source>Without an agreed job description whose tasks name activity types, role drift cannot be measured.</source>
        <translation>Utan en överenskommen arbetsbeskrivning vars uppgifter anger aktivitetstyper går det inte att mäta glidning i rollen.</translation>
    </message>
    <message>
        <source>Covered by the agreed tasks</source>
        <translation>Ingår i de överenskomna uppgifterna</translation>
    </message>
    <message>
        <source>Not covered by the agreed tasks</source>
        <translation>Ingår inte i de överenskomna uppgifterna</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Aktivitetstyp</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Share of hours</source>
        <translation>Andel av timmarna</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Agenda for the follow-up meeting</source>
        <translation>Dagordning för avstämningen</translation>
    </message>
    <message>
        <source>Taking part: {names}</source>
        <translation>Deltar: {names}</translation>
    </message>
    <message>
        <source>Date and place:</source>
        <translation>Datum och plats:</translation>
    </message>
    <message>
        <source>How the work has gone: the activities of the period</source>
        <translation>Hur arbetet har gått: periodens aktiviteter</translation>
    </message>
    <message>
        <source>Tasks and role: what the job description covers, what has drifted, what to change</source>
        <translation>Uppgifter och roll: vad arbetsbeskrivningen omfattar, vad som har glidit iväg och vad som behöver ändras</translation>
    </message>
    <message>
        <source>The introduction: the items still open</source>
        <translation>Introduktionen: punkter som återstår</translation>
    </message>
    <message>
        <source>Supervision, workplace meetings and the work environment</source>
        <translation>Handledning, arbetsplatsträffar och arbetsmiljö</translation>
    </message>
    <message>
        <source>Boundaries and workload</source>
        <translation>Gränser och arbetsbelastning</translation>
    </message>
    <message>
        <source>Renewal: the funding, the decision and its dates</source>
        <translation>Förlängning: finansiering, beslut och datum</translation>
    </message>
    <message>
        <source>Next follow-up meeting</source>
        <translation>Nästa avstämning</translation>
    </message>
    <message>
        <source>Several placements are running: choose one with --placement NAME ({candidates}).</source>
        <translation>Flera placeringar pågår: välj en med --placement NAMN ({candidates}).</translation>
    </message>
    <message>
        <source>Local job description</source>
        <translation>Lokal arbetsbeskrivning</translation>
    </message>
    <message>
        <source>Peer supporter: {name} · placement {start} – {end}</source>
        <translation>Peer supporter: {name} · placering {start} – {end}</translation>
    </message>
    <message>
        <source>{version}, saved {day} by {author}: {state}</source>
        <translation>{version}, sparad {day} av {author}: {state}</translation>
    </message>
    <message>
        <source>Draft, not yet saved as a revision</source>
        <translation>Utkast som ännu inte har sparats som version</translation>
    </message>
    <message>
        <source>Took part: {who}</source>
        <translation>Deltog: {who}</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Approved in PeerDesk by {name} on {day}</source>
        <translation>Godkänd i PeerDesk av {name} den {day}</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Versionshistorik</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>Aktivitetssammanställning</translation>
    </message>
    <message>
        <source>All peer supporters</source>
        <translation>Alla peer supportrar</translation>
    </message>
    <message>
        <source>Counts of 1 or 2 are shown as “&lt;3”, and figures that would reveal them are hidden.</source>
        <translation>Antal på 1 eller 2 visas som ”&lt;3”, och siffror som skulle avslöja dem är dolda.</translation>
    </message>
    <message>
        <source>Activities by type</source>
        <translation>Aktiviteter per typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Participant contacts</source>
        <translation>Deltagarkontakter</translation>
    </message>
    <message>
        <source>Hours by month</source>
        <translation>Timmar per månad</translation>
    </message>
    <message>
        <source>Study circles</source>
        <translation>Studiecirklar</translation>
    </message>
    <message>
        <source>Study circle</source>
        <translation>Studiecirkel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Average attendance</source>
        <translation>Deltagare i snitt</translation>
    </message>
    <message>
        <source>Study hours (45 min)</source>
        <translation>Studietimmar (45 min)</translation>
    </message>
    <message>
        <source>Accompanied visits</source>
        <translation>Ledsagningar</translation>
    </message>
    <message>
        <source>Visit to</source>
        <translation>Ledsagning till</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Genomförda</translation>
    </message>
    <message>
        <source>Share that took place</source>
        <translation>Andel genomförda</translation>
    </message>
    <message>
        <source>Outreach contacts: {count}</source>
        <translation>Uppsökande kontakter: {count}</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Handledning i grupp</translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation>Individuell handledning</translation>
    </message>
    <message>
        <source>Follow-up meetings with manager and supervisor</source>
        <translation>Avstämningar med chef och handledare</translation>
    </message>
    <message>
        <source>Workplace meetings</source>
        <translation>Arbetsplatsträffar</translation>
    </message>
    <message>
        <source>Only that the meetings were held is recorded, never what was said.</source>
        <translation>Bara att mötena hölls registreras, aldrig vad som sades.</translation>
    </message>
    <message>
        <source>No activities were logged in this period.</source>
        <translation>Inga aktiviteter registrerades under perioden.</translation>
    </message>
    <message>
        <source>Questionnaire: what the users say</source>
        <translation>Enkät: vad brukarna säger</translation>
    </message>
    <message>
        <source>For the next round</source>
        <translation>Till nästa omgång</translation>
    </message>
    <message>
        <source>What the users say</source>
        <translation>Vad brukarna säger</translation>
    </message>
</context>
<context>
    <name>ReportsActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print the report shown</source>
        <translation>Skriv ut rapporten som visas</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF file</source>
        <translation>Spara rapporten som visas som en PDF-fil</translation>
    </message>
    <message>
        <source>E&amp;xport table as CSV…</source>
        <translation>E&amp;xportera tabellen som CSV…</translation>
    </message>
    <message>
        <source>Save the activity summary&apos;s table by type as a CSV file for Excel</source>
        <translation>Spara aktivitetssammanställningens tabell per typ som en CSV-fil för Excel</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All peer supporters</source>
        <translation>Alla peer supportrar</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Rapporten tas fram…</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Rapporten kunde inte tas fram.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Antal sidor: %1</translation>
    </message>
    <message>
        <source>Printed %1 pages.</source>
        <translation>%1 sidor har skrivits ut.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Spara rapporten som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparad: %1.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exportera tabellen som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Rapp&amp;ort:</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Tidsperio&amp;d:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Peer &amp;supporter:</source>
        <translation>Peer s&amp;upporter:</translation>
    </message>
    <message>
        <source>P&amp;lacement:</source>
        <translation>P&amp;lacering:</translation>
    </message>
    <message>
        <source>Study &amp;circle:</source>
        <translation>Studie&amp;cirkel:</translation>
    </message>
    <message>
        <source>Survey ro&amp;und:</source>
        <translation>Enk&amp;ätomgång:</translation>
    </message>
    <message>
        <source>Hide small &amp;numbers (for reports leaving the unit)</source>
        <translation>Dölj små a&amp;ntal (för rapporter som lämnar enheten)</translation>
    </message>
    <message>
        <source>Hide small numbers</source>
        <translation>Dölj små antal</translation>
    </message>
    <message>
        <source>Mark as dr&amp;aft</source>
        <translation>Märk som ut&amp;kast</translation>
    </message>
    <message>
        <source>Mark as draft</source>
        <translation>Märk som utkast</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Rapportens status</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Old notes</source>
        <translation>Gamla anteckningar</translation>
    </message>
    <message>
        <source>&amp;Clear the notes of activities older than (years):</source>
        <translation>&amp;Rensa anteckningarna i aktiviteter som är äldre än (år):</translation>
    </message>
    <message>
        <source>never (keep them)</source>
        <translation>aldrig (spara dem)</translation>
    </message>
    <message>
        <source>Notes are free text and may say more than they should as time goes by. PeerDesk can clear the notes of activities older than a number of years; the date, type, duration and counts stay, so summaries are not affected. A backup is made first. Backups that still hold the notes age out of the backup thinning within about nine months.</source>
        <translation>Anteckningar är fritext och kan med tiden säga mer än de borde. PeerDesk kan rensa anteckningarna i aktiviteter som är äldre än ett visst antal år. Datum, typ, tid och antal finns kvar, så sammanställningarna påverkas inte. En säkerhetskopia görs först. Säkerhetskopior som fortfarande innehåller anteckningarna gallras bort inom ungefär nio månader.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Next review of the job description</source>
        <translation>Nästa översyn av arbetsbeskrivningen</translation>
    </message>
    <message>
        <source>When a revision is approved by both, the next review is set six months later; change it here if you agreed on another date.</source>
        <translation>När en version har godkänts av båda sätts nästa översyn till sex månader senare. Ändra datumet här om ni har kommit överens om ett annat.</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Next &amp;review on:</source>
        <translation>Nästa &amp;översyn:</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Nästa översyn</translation>
    </message>
</context>
<context>
    <name>RevisionForm</name>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Vad har ändrats:</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Sammanfattning av ändringarna</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Staff representative</source>
        <translation>Medarbetarrepresentant</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New survey round</source>
        <translation>Ny enkätomgång</translation>
    </message>
    <message>
        <source>Edit survey round</source>
        <translation>Ändra enkätomgång</translation>
    </message>
    <message>
        <source>The round gets the statements for the next round as they are now, and keeps them. Sheets that came back can be entered now or later.</source>
        <translation>Omgången får påståendena till nästa omgång som de är nu och behåller dem. Antalet inlämnade enkäter kan skrivas in nu eller senare.</translation>
    </message>
</context>
<context>
    <name>SaveRevisionDialog</name>
    <message>
        <source>Save revision %1</source>
        <translation>Spara version %1</translation>
    </message>
    <message>
        <source>Took part in this round</source>
        <translation>Deltog i den här omgången</translation>
    </message>
    <message>
        <source>A saved revision never changes and is not undone with Ctrl+Z. The unit manager and the peer supporter then approve it.</source>
        <translation>En sparad version ändras aldrig och kan inte ångras med Ctrl+Z. Därefter godkänns den av enhetschefen och peer supportern.</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Spara version</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>The draft is kept, but no revision can be saved until the number is removed.</source>
        <translation>Utkastet sparas ändå, men ingen version kan sparas förrän numret har tagits bort.</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Avsnittets text</translation>
    </message>
    <message>
        <source>Privacy warning</source>
        <translation>Integritetsvarning</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fetstil (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv stil (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Punktlista</translation>
    </message>
</context>
<context>
    <name>SectionTitleForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Avsnittets rubrik</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 on %2 took this workspace over. It is read-only here now.</source>
        <translation>%1 på %2 har tagit över arbetsytan. Den är nu skrivskyddad här.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>Välj typ av enhet.</translation>
    </message>
    <message>
        <source>Name at least one peer supporter.</source>
        <translation>Ange minst en peer supporter.</translation>
    </message>
</context>
<context>
    <name>SetupPeopleForm</name>
    <message>
        <source>Names only: PeerDesk never stores service users or anyone&apos;s identity number. You can add and change people later.</source>
        <translation>Bara namn. PeerDesk sparar aldrig uppgifter om brukare eller någons personnummer. Du kan lägga till och ändra personer senare.</translation>
    </message>
    <message>
        <source>Unit &amp;manager:</source>
        <translation>&amp;Enhetschef:</translation>
    </message>
    <message>
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>&amp;Peer supporter:</source>
        <translation>&amp;Peer supporter:</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>&amp;Second peer supporter (optional):</source>
        <translation>&amp;Andra peer supporter (frivilligt):</translation>
    </message>
    <message>
        <source>Second peer supporter</source>
        <translation>Andra peer supporter</translation>
    </message>
    <message>
        <source>Super&amp;visor (optional):</source>
        <translation>&amp;Handledare (frivilligt):</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Staff &amp;representative (optional):</source>
        <translation>&amp;Medarbetarrepresentant (frivilligt):</translation>
    </message>
    <message>
        <source>Staff representative</source>
        <translation>Medarbetarrepresentant</translation>
    </message>
    <message>
        <source>&amp;Employer organisation:</source>
        <translation>A&amp;rbetsgivare:</translation>
    </message>
    <message>
        <source>Employer organisation</source>
        <translation>Arbetsgivare</translation>
    </message>
</context>
<context>
    <name>SetupPlacementForm</name>
    <message>
        <source>Funding often runs one year at a time. The planned end date is when the next renewal decision is due; you can record renewals later.</source>
        <translation>Finansieringen gäller ofta ett år i taget. Det planerade slutdatumet är när nästa beslut om förlängning behövs. Förlängningar kan du registrera senare.</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Planned end date:</source>
        <translation>&amp;Planerat slutdatum:</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planerat slutdatum</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Discard what you have entered?</source>
        <translation>Vill du slänga det du har fyllt i?</translation>
    </message>
    <message>
        <source>The workspace has not been created yet.</source>
        <translation>Arbetsytan har inte skapats än.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt fylla i</translation>
    </message>
    <message>
        <source>PeerDesk – set up</source>
        <translation>PeerDesk – kom igång</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Add statement</source>
        <translation>Lägg till påstående</translation>
    </message>
    <message>
        <source>Reword statement</source>
        <translation>Formulera om påstående</translation>
    </message>
    <message>
        <source>Write one short sentence in everyday words, as the person filling in the sheet would say it (“I …”). Rounds already made keep their own statements.</source>
        <translation>Skriv en kort mening med vardagliga ord, som den som fyller i enkäten skulle säga det (”Jag …”). Omgångar som redan finns behåller sina egna påståenden.</translation>
    </message>
</context>
<context>
    <name>StatusLines</name>
    <message>
        <source>%1 has no job description yet. Start it from the workspace&apos;s section template (Edit › Job description › Section template… changes the template).</source>
        <translation>%1 har ingen arbetsbeskrivning ännu. Påbörja den utifrån arbetsytans mall för avsnitt (mallen ändras under Redigera › Arbetsbeskrivning › Mall för avsnitt…).</translation>
    </message>
    <message>
        <source>There is no placement yet.</source>
        <translation>Det finns ingen placering ännu.</translation>
    </message>
    <message>
        <source>Agreed version: revision %1, approved by both on %2.</source>
        <translation>Gällande version: version %1, godkänd av båda den %2.</translation>
    </message>
    <message>
        <source>The draft changes, since the agreed version: %1.</source>
        <translation>Utkastet ändrar följande sedan den gällande versionen: %1.</translation>
    </message>
    <message>
        <source>The draft is the same as the agreed version.</source>
        <translation>Utkastet är likadant som den gällande versionen.</translation>
    </message>
    <message>
        <source>No version has been agreed yet.</source>
        <translation>Ingen version är gällande ännu.</translation>
    </message>
    <message>
        <source>Revision %1 awaits approval by %2.</source>
        <translation>Version %1 väntar på godkännande av %2.</translation>
    </message>
    <message>
        <source>The draft has changes not yet saved as a revision.</source>
        <translation>Utkastet har ändringar som inte har sparats som version ännu.</translation>
    </message>
    <message>
        <source>No revision has been saved yet.</source>
        <translation>Ingen version har sparats ännu.</translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>Nästa översyn: %1.</translation>
    </message>
    <message>
        <source>Review is due.</source>
        <translation>Det är dags för översyn.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is busy: another program kept it locked for over {seconds} seconds. Try again.</source>
        <translation>{path} är upptagen. Ett annat program har låst filen i mer än {seconds} sekunder. Försök igen.</translation>
    </message>
    <message>
        <source>{path} was replaced while it was open here (by a restore or a repair). Nothing was changed; close it and open it again.</source>
        <translation>{path} ersattes medan den var öppen här (vid en återställning eller reparation). Inget har ändrats. Stäng filen och öppna den igen.</translation>
    </message>
    <message>
        <source>Could not write to {path} ({reason}). Nothing was changed; check free disk space and that the folder is writable, then save again.</source>
        <translation>Det gick inte att skriva till {path} ({reason}). Inget har ändrats. Kontrollera att det finns ledigt utrymme på disken och att mappen går att skriva i. Spara sedan igen.</translation>
    </message>
    <message>
        <source>{path} has no record with that number.</source>
        <translation>{path} har ingen post med det numret.</translation>
    </message>
    <message>
        <source>{path} is damaged: part of it cannot be read.</source>
        <translation>{path} är skadad. En del av filen går inte att läsa.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of the text in it cannot be read.</source>
        <translation>{path} är skadad. En del av texten i filen går inte att läsa.</translation>
    </message>
    <message>
        <source>{path} is a PeerDesk workspace, but its first bytes are damaged: it cannot be read.</source>
        <translation>{path} är en PeerDesk-fil, men början av filen är skadad och den går inte att läsa.</translation>
    </message>
    <message>
        <source>{path} is empty, not a PeerDesk workspace.</source>
        <translation>{path} är tom och ingen PeerDesk-fil.</translation>
    </message>
    <message>
        <source>{path} is not a PeerDesk workspace (or its first bytes are damaged).</source>
        <translation>{path} är ingen PeerDesk-fil (eller så är början av filen skadad).</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is cut short.</source>
        <translation>{path} är skadad. Filen är ofullständig.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} är en mapp, inte en PeerDesk-fil.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>Det gick inte att läsa {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a PeerDesk workspace.</source>
        <translation>{path} är ingen PeerDesk-fil.</translation>
    </message>
    <message>
        <source>{path} was written by a newer PeerDesk (schema step {step}). Update PeerDesk to open it; the file was not changed.</source>
        <translation>{path} har skapats med en nyare version av PeerDesk ({step}). Uppdatera PeerDesk för att kunna öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>{path} already exists: it was not overwritten.</source>
        <translation>{path} finns redan: den skrevs inte över.</translation>
    </message>
    <message>
        <source>Could not create {path}: {reason}.</source>
        <translation>Det gick inte att skapa {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} was made by an older PeerDesk and must be upgraded first: open it for editing once.</source>
        <translation>{path} har skapats med en äldre version av PeerDesk och måste uppgraderas först. Öppna den för redigering en gång.</translation>
    </message>
    <message>
        <source>{path} was left in the middle of a save by a crash. Open it for editing once (taking over the lock) to finish recovering it.</source>
        <translation>{path} lämnades mitt i en sparning när programmet kraschade. Öppna den för redigering en gång (och ta över den) så återställs den helt.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: nothing can be changed.</source>
        <translation>Arbetsytan är öppen som skrivskyddad. Inget kan ändras.</translation>
    </message>
    <message>
        <source>{person} on {host} took this workspace over. It is now read-only here; what you typed is still on screen.</source>
        <translation>{person} på {host} har tagit över arbetsytan. Den är nu skrivskyddad här. Det du skrev finns kvar på skärmen.</translation>
    </message>
    <message>
        <source>{path} is in use by {person} ({os_user}) on {host} since {since}.</source>
        <translation>{path} används av {person} ({os_user}) på {host} sedan {since}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Typical tasks of a peer supporter</source>
        <translation>Typiska arbetsuppgifter för en peer supporter</translation>
    </message>
    <message>
        <source>&amp;Tick the tasks to add; change their wording afterwards with Edit task…. Greyed-out ones are in the list already.</source>
        <translation>&amp;Kryssa för de arbetsuppgifter som ska läggas till och ändra formuleringen efteråt med Ändra arbetsuppgift…. Gråmarkerade uppgifter finns redan i listan.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Agree, {name}</source>
        <translation>Stämmer, {name}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Utdelade</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Inlämnade</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Statements for the next round</source>
        <translation>Påståenden till nästa omgång</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>No survey round has been tallied by {date}.</source>
        <translation>Ingen enkätomgång har räknats samman till och med {date}.</translation>
    </message>
    <message>
        <source>Latest round: {name}</source>
        <translation>Senaste omgången: {name}</translation>
    </message>
    <message>
        <source>There are no survey rounds yet.</source>
        <translation>Det finns inga enkätomgångar än.</translation>
    </message>
    <message>
        <source>Weeks {weeks} ({first} – {last}). Handed out: {handed_out}. Came back: {returned}.</source>
        <translation>Vecka {weeks} ({first} – {last}). Utdelade: {handed_out}. Inlämnade: {returned}.</translation>
    </message>
    <message>
        <source>Handed out at: {place}.</source>
        <translation>Utdelade i: {place}.</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>No answers have been entered for this round yet.</source>
        <translation>Inga svar har skrivits in för den här omgången än.</translation>
    </message>
    <message>
        <source>Fewer than {fewest} sheets came back: these results are for use inside the unit only.</source>
        <translation>Färre än {fewest} enkäter lämnades in: resultaten är bara till för verksamheten själv.</translation>
    </message>
    <message>
        <source>Compared with {name}</source>
        <translation>Jämfört med {name}</translation>
    </message>
    <message>
        <source>The change is in percentage points of the sheets that came back; “–”: not asked in the earlier round.</source>
        <translation>Förändringen är i procentenheter av de inlämnade enkäterna; ”–”: frågades inte i den tidigare omgången.</translation>
    </message>
    <message>
        <source>Too few answers to show (fewer than {fewest} sheets came back).</source>
        <translation>För få svar för att visas (färre än {fewest} enkäter lämnades in).</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Stämmer</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Stämmer delvis</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>Stämmer inte</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>That survey round no longer exists in this workspace.</source>
        <translation>Den enkätomgången finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <source>There is no survey round “{name}”. Rounds: {names}.</source>
        <translation>Det finns ingen enkätomgång ”{name}”. Omgångar: {names}.</translation>
    </message>
    <message>
        <source>There is already a survey round called “{name}”.</source>
        <translation>Det finns redan en enkätomgång som heter ”{name}”.</translation>
    </message>
    <message>
        <source>There are no statements to ask: add at least one first.</source>
        <translation>Det finns inga påståenden att fråga om: lägg först till minst ett.</translation>
    </message>
    <message>
        <source>The round ends ({last}) before it starts ({first}).</source>
        <translation>Omgången slutar ({last}) innan den börjar ({first}).</translation>
    </message>
    <message>
        <source>More sheets came back ({returned}) than were handed out ({handed_out}).</source>
        <translation>Fler enkäter lämnades in ({returned}) än som delades ut ({handed_out}).</translation>
    </message>
    <message>
        <source>“{statement}”: the answers add up to {total}, but only {returned} sheets came back.</source>
        <translation>”{statement}”: svaren blir {total} tillsammans, men bara {returned} enkäter lämnades in.</translation>
    </message>
    <message>
        <source>“{statement}” already has {total} answers: more sheets than that must have come back.</source>
        <translation>”{statement}” har redan {total} svar: minst så många enkäter måste ha lämnats in.</translation>
    </message>
    <message>
        <source>That statement no longer exists.</source>
        <translation>Det påståendet finns inte längre.</translation>
    </message>
    <message>
        <source>A questionnaire has at most {most} statements, so that it fits on one page.</source>
        <translation>En enkät har högst {most} påståenden, så att den får plats på en sida.</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <source>Surve&amp;y</source>
        <translation>Enk&amp;ät</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Ny omgång…</translation>
    </message>
    <message>
        <source>Start a survey round with the statements for the next round</source>
        <translation>Starta en enkätomgång med påståendena till nästa omgång</translation>
    </message>
    <message>
        <source>&amp;Edit round…</source>
        <translation>&amp;Ändra omgång…</translation>
    </message>
    <message>
        <source>Change the selected round&apos;s name, weeks, place or number of sheets</source>
        <translation>Ändra namn, veckor, plats eller antal enkäter för den valda omgången</translation>
    </message>
    <message>
        <source>&amp;Remove round</source>
        <translation>&amp;Ta bort omgång</translation>
    </message>
    <message>
        <source>Remove the selected round (can be undone)</source>
        <translation>Ta bort den valda omgången (kan ångras)</translation>
    </message>
    <message>
        <source>Save &amp;questionnaire as PDF…</source>
        <translation>Spara en&amp;kätformuläret som PDF…</translation>
    </message>
    <message>
        <source>The blank questionnaire of the selected round, to print</source>
        <translation>Den valda omgångens tomma enkät, att skriva ut</translation>
    </message>
    <message>
        <source>Save re&amp;sults as PDF…</source>
        <translation>Spara &amp;resultatet som PDF…</translation>
    </message>
    <message>
        <source>The selected round&apos;s results, compared with the round before it</source>
        <translation>Den valda omgångens resultat, jämfört med omgången före</translation>
    </message>
    <message>
        <source>&amp;Add statement…</source>
        <translation>&amp;Lägg till påstående…</translation>
    </message>
    <message>
        <source>Add a statement for the next round</source>
        <translation>Lägg till ett påstående till nästa omgång</translation>
    </message>
    <message>
        <source>Rew&amp;ord statement…</source>
        <translation>Formulera &amp;om påstående…</translation>
    </message>
    <message>
        <source>Change the selected statement&apos;s words for the next round</source>
        <translation>Ändra orden i det valda påståendet till nästa omgång</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the selected statement up</source>
        <translation>Flytta upp det valda påståendet</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Move the selected statement down</source>
        <translation>Flytta ned det valda påståendet</translation>
    </message>
    <message>
        <source>Remove s&amp;tatement</source>
        <translation>Ta &amp;bort påstående</translation>
    </message>
    <message>
        <source>Remove the selected statement from the next round (can be undone)</source>
        <translation>Ta bort det valda påståendet från nästa omgång (kan ångras)</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Survey rounds</source>
        <translation>Enkätomgångar</translation>
    </message>
    <message>
        <source>Tally of the returned sheets</source>
        <translation>Sammanräkning av de inlämnade enkäterna</translation>
    </message>
    <message>
        <source>Count the crosses on the sheets that came back and type the totals: Tab moves across, Enter down, Ctrl+Tab leaves the grid. Only the totals are kept, never a sheet; throw the sheets away when done.</source>
        <translation>Räkna kryssen på de inlämnade enkäterna och skriv in summorna: Tab flyttar åt höger, Enter nedåt, Ctrl+Tab lämnar tabellen. Bara summorna sparas, aldrig en enskild enkät; släng enkäterna när du är klar.</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Sammanräkning</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Jämför med:</translation>
    </message>
    <message>
        <source>Compare with round</source>
        <translation>Jämför med omgång</translation>
    </message>
    <message>
        <source>Comparison of two rounds</source>
        <translation>Jämförelse av två omgångar</translation>
    </message>
    <message>
        <source>Statements for the next round</source>
        <translation>Påståenden till nästa omgång</translation>
    </message>
    <message>
        <source>A new round gets these statements and keeps them, so changes here never alter a round already made.</source>
        <translation>En ny omgång får de här påståendena och behåller dem. Det du ändrar här ändrar aldrig en omgång som redan finns.</translation>
    </message>
    <message>
        <source>Removed %1. Undo with Ctrl+Z.</source>
        <translation>%1 har tagits bort. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Save questionnaire as PDF</source>
        <translation>Spara enkätformuläret som PDF</translation>
    </message>
    <message>
        <source>Save results as PDF</source>
        <translation>Spara resultatet som PDF</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>enkät</translation>
    </message>
    <message>
        <source>survey results</source>
        <translation>enkätresultat</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 har sparats.</translation>
    </message>
</context>
<context>
    <name>SurveyRoundForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Omgångens namn</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD)</source>
        <translation>Första dagen (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sista dagen:</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD)</source>
        <translation>Sista dagen (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&amp;Where handed out:</source>
        <translation>&amp;Var de delades ut:</translation>
    </message>
    <message>
        <source>Where the sheets were handed out</source>
        <translation>Var enkäterna delades ut</translation>
    </message>
    <message>
        <source>&amp;Handed out:</source>
        <translation>&amp;Utdelade:</translation>
    </message>
    <message>
        <source>Sheets handed out</source>
        <translation>Utdelade enkäter</translation>
    </message>
    <message>
        <source>&amp;Came back:</source>
        <translation>&amp;Inlämnade:</translation>
    </message>
    <message>
        <source>Sheets that came back</source>
        <translation>Inlämnade enkäter</translation>
    </message>
</context>
<context>
    <name>SurveyStatementForm</name>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Påstående:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>Lägg till arbetsuppgift</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Ändra arbetsuppgift</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Arbetsuppgift:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Arbetsuppgift</translation>
    </message>
    <message>
        <source>&amp;Activity types it covers:</source>
        <translation>A&amp;ktivitetstyper som den omfattar:</translation>
    </message>
    <message>
        <source>Activity types it covers</source>
        <translation>Aktivitetstyper som den omfattar</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Template section</source>
        <translation>Avsnitt i mallen</translation>
    </message>
    <message>
        <source>Section template</source>
        <translation>Mall för avsnitt</translation>
    </message>
    <message>
        <source>&amp;Sections a job description starts with. Changes apply to job descriptions started later; built-in sections show in each reader&apos;s language until renamed.</source>
        <translation>&amp;Avsnitt som en arbetsbeskrivning börjar med. Ändringar gäller arbetsbeskrivningar som påbörjas senare. Inbyggda avsnitt visas på läsarens språk tills de får ett nytt namn.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Activity types</source>
        <translation>Aktivitetstyper</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Empty the name of a built-in type to show its built-in name again</source>
        <translation>Töm namnet på en inbyggd typ för att visa dess inbyggda namn igen</translation>
    </message>
    <message>
        <source>&amp;Add as a new type</source>
        <translation>&amp;Lägg till som ny typ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Show again</source>
        <translation>&amp;Visa igen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Only the unit&apos;s own types that no activity uses can be deleted</source>
        <translation>Bara enhetens egna typer som ingen aktivitet använder kan tas bort</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <source>(the unit&apos;s own)</source>
        <translation>(enhetens egen)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Redigera enhet</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>&amp;Unit name:</source>
        <translation>&amp;Enhetens namn:</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <source>&amp;Kind of unit:</source>
        <translation>&amp;Typ av enhet:</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Typ av enhet</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <source>The unit that hosts the peer supporter.</source>
        <translation>Enheten där peer supportern arbetar.</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>Who are you? Everything you save is recorded with your name.</source>
        <translation>Vem är du? Allt du sparar registreras med ditt namn.</translation>
    </message>
    <message>
        <source>People in this workspace</source>
        <translation>Personer i arbetsytan</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälptexten och avsluta</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>visa programmets versionsnummer och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument måste anges: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ett argument väntades</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s argument väntades</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde för %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>kan inte användas tillsammans med argumentet %s</translation>
    </message>
</context>
</TS>
