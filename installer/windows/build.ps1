# Build the Windows installer: dist\DisclosureDesk-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs (once): Python 3.11+ for Windows x64 from python.org (the "py" launcher), and
# Inno Setup 6 (https://jrsoftware.org/isinfo.php; ISCC.exe on PATH or in its default folder).
# Steps, each one also runnable by hand from the repository root:
#   1. a clean virtualenv .venv-win with the app, PostgreSQL support and PyInstaller
#   2. PyInstaller one-folder build from installer\disclosure_desk.spec (same spec as Linux):
#      dist\DisclosureDesk\DisclosureDesk.exe (window) and disclosure-desk.exe (command line)
#   3. a smoke test of the frozen program: --version, demo data, a quarterly PDF
#   4. Inno Setup compiles installer\windows\disclosure-desk.iss into dist\
# Fonts: nothing bundled on Windows; desktop\paths.py finds %WINDIR%\Fonts\simsun.ttc / msyh.ttc.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

# 1. virtualenv
if (-not (Test-Path ".venv-win\Scripts\python.exe")) {
    Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv-win")
}
$Python = Join-Path $Root ".venv-win\Scripts\python.exe"
Invoke-Checked $Python @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Checked $Python @("-m", "pip", "install", "-e", ".[postgres,installer]")
$Version = (& $Python -c "import desktop; print(desktop.__version__)").Trim()
Write-Host "DisclosureDesk $Version"

# 2. PyInstaller
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build", "installer\disclosure_desk.spec")
$Cli = Join-Path $Root "dist\DisclosureDesk\disclosure-desk.exe"
if (-not (Test-Path (Join-Path $Root "dist\DisclosureDesk\DisclosureDesk.exe"))) {
    throw "the windowed DisclosureDesk.exe is missing from dist\DisclosureDesk"
}

# 3. smoke test of the frozen program, on a throw-away database
$Scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("dd-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $Scratch | Out-Null
try {
    $Printed = (& $Cli --version).Trim()
    if ($Printed -ne "disclosure-desk $Version") { throw "--version printed '$Printed'" }
    $Db = Join-Path $Scratch "smoke.sqlite3"
    Invoke-Checked $Cli @("--db", $Db, "demo", "--requests", "200", "--seed", "1")
    Invoke-Checked $Cli @("--db", $Db, "report", "quarterly", "--year", "2026", "--quarter", "3",
        "--out", (Join-Path $Scratch "q3.pdf"))
    Invoke-Checked $Cli @("--db", $Db, "gui", "--quit-after-ready")
} finally {
    Remove-Item -Recurse -Force $Scratch
}

# 4. Inno Setup
$Iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
Invoke-Checked $Iscc @("/DAppVersion=$Version", "installer\windows\disclosure-desk.iss")
Write-Host "built dist\DisclosureDesk-$Version-setup.exe"
