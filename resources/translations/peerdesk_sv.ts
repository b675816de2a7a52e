<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Demo workspace written to {path}.</source>
        <translation>Demoarbetsplatsen skrevs till {path}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Säkerhetskopian skrevs till {path}.</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>Det finns ännu inga säkerhetskopior av {path}.</translation>
    </message>
    <message>
        <source>The state before restoring was backed up to {path}.</source>
        <translation>Läget före återställningen säkerhetskopierades till {path}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>{backup} återställdes till {path}.</translation>
    </message>
    <message>
        <source>Unexpected error (a bug in PeerDesk): details are in {log}.</source>
        <translation>Oväntat fel (ett fel i PeerDesk): detaljerna finns i {log}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{label}: a date is required.</source>
        <translation>{label}: ett datum behövs.</translation>
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
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Verksamhetens namn</translation>
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
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label} måste fyllas i.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation>{label} är för långt (högst {max} tecken).</translation>
    </message>
    <message>
        <source>Unknown choice “{value}”.</source>
        <translation>Okänt val ”{value}”.</translation>
    </message>
    <message>
        <source>That person no longer exists in this workspace.</source>
        <translation>Personen finns inte längre i den här arbetsplatsen.</translation>
    </message>
    <message>
        <source>This person is the peer supporter of a running placement: end or remove the placement first.</source>
        <translation>Personen är peer supporter i en pågående placering: avsluta eller ta bort placeringen först.</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>That placement no longer exists in this workspace.</source>
        <translation>Placeringen finns inte längre i den här arbetsplatsen.</translation>
    </message>
    <message>
        <source>A placement needs a person with the peer supporter role.</source>
        <translation>En placering behöver en person med rollen peer supporter.</translation>
    </message>
    <message>
        <source>Planned end date: {end} must come after the start date {start}.</source>
        <translation>Planerat slutdatum: {end} måste komma efter startdatumet {start}.</translation>
    </message>
    <message>
        <source>This placement has already ended on {date}.</source>
        <translation>Placeringen avslutades redan {date}.</translation>
    </message>
    <message>
        <source>Renewed until: {end} must come after the current planned end date {current}.</source>
        <translation>Förlängd till: {end} måste komma efter det nuvarande planerade slutdatumet {current}.</translation>
    </message>
    <message>
        <source>Ended on: {end} is before the placement started ({start}).</source>
        <translation>Avslutad: {end} ligger före placeringens start ({start}).</translation>
    </message>
    <message>
        <source>A decision is either renewed or ended.</source>
        <translation>Ett beslut är antingen förlängning eller avslut.</translation>
    </message>
    <message>
        <source>That decision no longer exists in this workspace.</source>
        <translation>Beslutet finns inte längre i den här arbetsplatsen.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{label}: “{number}” looks like a Swedish personal identity number, which PeerDesk never stores. If it is a phone number, write it with a space or dash, e.g. 070-123 45 67.</source>
        <translation>{label}: ”{number}” ser ut som ett svenskt personnummer, och sådana sparar PeerDesk aldrig. Är det ett telefonnummer, skriv det med mellanslag eller bindestreck, t.ex. 070-123 45 67.</translation>
    </message>
    <message>
        <source>{label}: “{number}” is a Swedish personal identity or co-ordination number. PeerDesk never stores anyone's identity: remove it before saving.</source>
        <translation>{label}: ”{number}” är ett svenskt person- eller samordningsnummer. PeerDesk sparar aldrig någons identitet: ta bort det innan du sparar.</translation>
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
    <name>Setup</name>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>Välj vilken sorts verksamhet det är.</translation>
    </message>
    <message>
        <source>Name at least one peer supporter.</source>
        <translation>Ange minst en peer supporter.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is busy: another program kept it locked for over {seconds} seconds. Try again.</source>
        <translation>{path} är upptagen: ett annat program har hållit den låst i över {seconds} sekunder. Försök igen.</translation>
    </message>
    <message>
        <source>Could not write to {path} ({reason}). Nothing was changed; check free disk space and that the folder is writable, then save again.</source>
        <translation>Kunde inte skriva till {path} ({reason}). Inget ändrades; kontrollera att det finns ledigt diskutrymme och att mappen går att skriva i, och spara sedan igen.</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}.</source>
        <translation>{path} är skadad: {reason}.</translation>
    </message>
    <message>
        <source>{path} is empty, not a PeerDesk workspace.</source>
        <translation>{path} är tom och ingen PeerDesk-arbetsplats.</translation>
    </message>
    <message>
        <source>{path} is not a PeerDesk workspace (or its first bytes are damaged).</source>
        <translation>{path} är ingen PeerDesk-arbetsplats (eller så är filens början skadad).</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is cut short.</source>
        <translation>{path} är skadad: filen är avkortad.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite's quick check failed.</source>
        <translation>{path} är skadad: SQLites snabbkontroll misslyckades.</translation>
    </message>
    <message>
        <source>{path} is not a PeerDesk workspace.</source>
        <translation>{path} är ingen PeerDesk-arbetsplats.</translation>
    </message>
    <message>
        <source>{path} was written by a newer PeerDesk (schema step {step}). Update PeerDesk to open it; the file was not changed.</source>
        <translation>{path} skrevs av en nyare PeerDesk (schemasteg {step}). Uppdatera PeerDesk för att öppna den; filen ändrades inte.</translation>
    </message>
    <message>
        <source>{path} already exists: it was not overwritten.</source>
        <translation>{path} finns redan: den skrevs inte över.</translation>
    </message>
    <message>
        <source>Could not create {path}: {reason}.</source>
        <translation>Kunde inte skapa {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} was made by an older PeerDesk and must be upgraded first: open it for editing once.</source>
        <translation>{path} gjordes av en äldre PeerDesk och måste uppgraderas först: öppna den för redigering en gång.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: nothing can be changed.</source>
        <translation>Arbetsplatsen är öppen skrivskyddad: inget kan ändras.</translation>
    </message>
    <message>
        <source>{person} on {host} took this workspace over. It is now read-only here; what you typed is still on screen.</source>
        <translation>{person} på {host} tog över arbetsplatsen. Den är nu skrivskyddad här; det du skrev finns kvar på skärmen.</translation>
    </message>
    <message>
        <source>{path} is in use by {person} ({os_user}) on {host} since {since}.</source>
        <translation>{path} används av {person} ({os_user}) på {host} sedan {since}.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Meeting place</source>
        <translation>Träffpunkt</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Stödboende</translation>
    </message>
    <message>
        <source>Activity house</source>
        <translation>Aktivitetshus</translation>
    </message>
    <message>
        <source>Guidance service</source>
        <translation>Vägledningsverksamhet</translation>
    </message>
    <message>
        <source>Psychiatric ward</source>
        <translation>Psykiatrisk avdelning</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
</TS>