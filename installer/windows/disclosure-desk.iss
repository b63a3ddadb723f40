; Inno Setup 6 script for DisclosureDesk (政府信息公开申请办理台账) on Windows 7 SP1+ / 10 / 11.
; Built by installer\windows\build.ps1, which first makes dist\DisclosureDesk with PyInstaller
; (installer\disclosure_desk.spec) and passes the version:
;   ISCC.exe /DAppVersion=0.1.0 installer\windows\disclosure-desk.iss
; Output: dist\DisclosureDesk-<version>-setup.exe
; Fonts: nothing is bundled; the app uses Windows' own SimSun (宋体) or Microsoft YaHei.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 does)
#endif
#define Root AddBackslash(SourcePath) + "..\.."
#define AppName "DisclosureDesk"
#define AppTitle "政府信息公开申请办理台账"

[Setup]
; A fixed AppId: upgrades replace the previous version in place.
AppId={{6C1F5E0A-3B7D-4E8A-9C2F-D15C105E0DE5}
AppName={#AppName}
AppVerName={#AppTitle} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=DisclosureDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
; Clerks often have no administrator rights: per-user install unless they choose otherwise.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\disclosure-desk.ico
UninstallDisplayIcon={app}\DisclosureDesk.exe
UninstallDisplayName={#AppTitle}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build: DisclosureDesk.exe (window), disclosure-desk.exe (command line), _internal\.
Source: "{#Root}\dist\DisclosureDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppTitle}"; Filename: "{app}\DisclosureDesk.exe"; IconFilename: "{app}\DisclosureDesk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\DisclosureDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DisclosureDesk.exe"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

; The clerk's database lives in %LOCALAPPDATA%\DisclosureDesk and is kept on uninstall on purpose.
