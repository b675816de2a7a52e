; Inno Setup script: the Windows installer for PeerDesk, packing the folder that build_installer.spec makes
; (dist\peerdesk\). UNTESTED: no Windows machine was available when it was written (README, "Windows installer").
;
; Per-user install, no administrator rights: into %LOCALAPPDATA%\Programs\PeerDesk, with a Start menu entry, and
; .peerdesk files open with PeerDesk (registered under HKEY_CURRENT_USER only).
; Build on Windows:  pyinstaller --noconfirm build_installer.spec   then   iscc installer\peerdesk.iss
; The version can be given on the command line: iscc /DAppVersion=0.1.0 installer\peerdesk.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3C2A61-5B7E-4E55-9A0B-2D6C1E9F7A10}
AppName=PeerDesk
AppVersion={#AppVersion}
AppPublisher=PeerDesk
DefaultDirName={autopf}\PeerDesk
DefaultGroupName=PeerDesk
DisableProgramGroupPage=yes
; per user: {autopf} is %LOCALAPPDATA%\Programs and the registry entries go to HKCU
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=PeerDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\peerdesk.exe
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\peerdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\PeerDesk"; Filename: "{app}\peerdesk.exe"
Name: "{autodesktop}\PeerDesk"; Filename: "{app}\peerdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .peerdesk files open with PeerDesk (DESIGN.md §8: a first argument naming a file opens it in the GUI)
Root: HKA; Subkey: "Software\Classes\.peerdesk"; ValueType: string; ValueName: ""; ValueData: "PeerDesk.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PeerDesk.Workspace"; ValueType: string; ValueName: ""; ValueData: "PeerDesk workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PeerDesk.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\peerdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\PeerDesk.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\peerdesk.exe"" ""%1"""

[Run]
Filename: "{app}\peerdesk.exe"; Description: "{cm:LaunchProgram,PeerDesk}"; Flags: nowait postinstall skipifsilent
