; Inno Setup 6.3+ script for Cicerone. Built by scripts\windows\build.ps1, which passes the defines below:
;   ISCC /DAppVersion=0.1.0 /DVenueSuffix=+louvre /DSourceDir=<dist\bundle\cicerone> /DOutputDir=<dist> cicerone.iss
; Installs the one-folder bundle (with VLC's libvlc and plugins already inside) into Program Files, a Start
; menu entry, a "self-test" entry for the technician, and an optional desktop icon. Per-machine by default;
; a user without admin rights may choose a per-user install.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef VenueSuffix
  #define VenueSuffix ""
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\bundle\cicerone"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId stays the same forever: it is how an update finds the installed copy.
AppId={{6F0C8B9E-3D1A-4C57-9E0B-2A7C4F1D5B63}
AppName=Cicerone
AppVersion={#AppVersion}{#VenueSuffix}
AppVerName=Cicerone {#AppVersion}
AppPublisher=Cicerone
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Cicerone
DefaultGroupName=Cicerone
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Cicerone-{#AppVersion}{#VenueSuffix}-setup
SetupIconFile=..\..\assets\icons\cicerone.ico
UninstallDisplayIcon={app}\cicerone.exe
UninstallDisplayName=Cicerone
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The console may be running on the machine during an update: close it first.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundle may hold modules or VLC plugins this one no longer ships: start clean.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; cmd /k keeps a quoted program path with arguments only when the whole command is quoted once more
; (/k ""C:\...\cicerone-cli.exe" self-test"): with two quotes alone, a path holding & ( ) ^ (a per-user install
; under such a user name, a folder chosen in the wizard) loses its quotes and the shortcut breaks.
Name: "{autoprograms}\Cicerone"; Filename: "{app}\cicerone.exe"
Name: "{autoprograms}\Cicerone self-test"; Filename: "{cmd}"; Parameters: "/k """"{app}\cicerone-cli.exe"" self-test"""; IconFilename: "{app}\cicerone.exe"
Name: "{autodesktop}\Cicerone"; Filename: "{app}\cicerone.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cicerone.exe"; Description: "{cm:LaunchProgram,Cicerone}"; Flags: nowait postinstall skipifsilent
