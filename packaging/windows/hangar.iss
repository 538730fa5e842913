; Hangar for Windows: a per-user installer (no administrator needed), Inno Setup 6.
;
; On a Windows machine with Python 3.11+ and Inno Setup 6:
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e .[bundle]
;   for %f in (ui\i18n\*.ts) do .venv\Scripts\pyside6-lrelease -silent %f -qm ui\i18n\%~nf.qm
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\hangar.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\hangar.iss
; gives dist\hangar-<version>-setup.exe.
;
; The folder holds hangar.exe (the window, built without a console) and warehouse-app.exe
; (the same program with a console, for the commands of the README).
; The hangar's data lives in %LOCALAPPDATA%\Hangar\Hangar (the database, its backups, the
; settings), outside the program's folder: an upgrade keeps it, and the uninstaller leaves
; it where it is (this script deliberately deletes nothing on uninstall beyond what it
; installed).

#define AppName "Hangar"
; tests/test_packaging.py checks this is pyproject.toml's version
#define AppVersion "0.1.0"

[Setup]
AppId={{350315A0-5F15-430F-93AA-EF8363D6F8D4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Hangar project
; per user: %LOCALAPPDATA%\Programs\Hangar, no administrator rights asked
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=hangar-{#AppVersion}-setup
SetupIconFile=..\icons\hangar.ico
UninstallDisplayIcon={app}\hangar.exe
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade replaces the libraries whole: none of the previous version's is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\hangar\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\hangar.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\hangar.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hangar.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
