; Inno Setup recipe for Feltjournal (Windows, per-machine install).
; Build the bundle first on Windows (`make dist` or `pyinstaller --noconfirm build.spec`), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\feltjournal.iss
; Signing: set FELT_SIGN_CMD to a signtool command line (read from the environment, never
; committed), e.g.  signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /f %FELT_CERT_PFX% /p %FELT_CERT_PASSWORD% $f
; and pass /DSign=1 so both the installer and the uninstaller are signed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2C1E-6A37-4E55-9C7B-FE17D7A10E11}
AppName=Feltjournal
AppVersion={#AppVersion}
AppPublisher=Barneverntjenesten
DefaultDirName={autopf}\Feltjournal
DefaultGroupName=Feltjournal
; Per-machine install: IT rolls it out once; each caseworker's vault lives in their own profile
; (%LOCALAPPDATA%\Feltjournal), never under Program Files.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=feltjournal-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes
#ifdef Sign
SignTool=feltsign
SignedUninstaller=yes
#endif

[Languages]
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\feltjournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Feltjournal"; Filename: "{app}\feltjournal.exe"
Name: "{autoprograms}\Feltjournal (selvtest)"; Filename: "{app}\feltjournal.exe"; Parameters: "--self-test"

[Run]
Filename: "{app}\feltjournal.exe"; Description: "Start Feltjournal"; Flags: nowait postinstall skipifsilent
