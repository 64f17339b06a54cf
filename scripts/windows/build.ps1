<#
.SYNOPSIS
    Build Cicerone's Windows installer: the PyInstaller bundle, VLC's libvlc and plugins, an Inno Setup setup.exe.

.DESCRIPTION
    One command on a Windows build machine with Python 3.11+ (64-bit, the py launcher), VLC 3.0 (64-bit) and
    Inno Setup 6.3+ installed:

        powershell -ExecutionPolicy Bypass -File scripts\windows\build.ps1
        powershell -ExecutionPolicy Bypass -File scripts\windows\build.ps1 -Venue venue.toml -VlcDir D:\VLC

    (or `scripts/build [--venue venue.toml] [--vlc DIR]` from Git Bash, which calls this.)
    Output: dist\Cicerone-<version>[+<venue>]-setup.exe. The bundle itself is in dist\bundle\cicerone.

    libvlc.dll, libvlccore.dll and the plugin folders the console needs are copied from -VlcDir into
    the bundle's _internal\vlc\; console\frozen.py points python-vlc there (PYTHON_VLC_LIB_PATH and
    PYTHON_VLC_MODULE_PATH) before anything imports vlc. The frozen self-test runs before packaging.

.PARAMETER VlcDir
    The VLC installation to take libvlc from (default: C:\Program Files\VideoLAN\VLC). Its bitness must
    match Python's (64-bit).
.PARAMETER Venue
    A venue profile (see assets\venue-example.toml) to bake into the installer.
.PARAMETER Iscc
    Inno Setup's compiler, ISCC.exe (default: found in PATH or Inno Setup 6's usual folders).

.NOTES
    Code signing is optional: with CICERONE_SIGN_PFX (a .pfx file) and CICERONE_SIGN_PASSWORD set, signtool
    (Windows SDK) signs cicerone.exe and cicerone-cli.exe before packaging and the setup.exe after, with an
    RFC 3161 timestamp (CICERONE_SIGN_TIMESTAMP, default DigiCert's). Without them nothing is signed.
#>
param(
    [string]$VlcDir = (Join-Path $env:ProgramFiles "VideoLAN\VLC"),
    [string]$Venue = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))
$started = Get-Date

# The plugin folders a preview needs: reading files and streams, demuxing, decoding, converting to RGB, the
# memory video output (vmem) and audio output (amem, for the level meter), TLS (misc) and credentials.
$VlcPluginFolders = @(
    "access", "audio_filter", "audio_mixer", "audio_output", "codec", "demux", "keystore", "misc",
    "packetizer", "stream_filter", "video_chroma", "video_filter", "video_output"
)

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "build: $What failed (exit $LASTEXITCODE)" }
}

function Invoke-Sign([string[]]$Files) {
    # Only when a certificate is given: an unsigned build is a normal build.
    if (-not $env:CICERONE_SIGN_PFX) { return }
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "build: CICERONE_SIGN_PFX is set but signtool.exe (Windows SDK) was not found" }
    $timestamp = if ($env:CICERONE_SIGN_TIMESTAMP) { $env:CICERONE_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }
    Invoke-Checked "signtool" {
        & $signtool.FullName sign /fd SHA256 /td SHA256 /tr $timestamp /f $env:CICERONE_SIGN_PFX `
            /p $env:CICERONE_SIGN_PASSWORD @Files
    }
}

function Get-PeMachine([string]$Path) {
    # The PE header's machine field: 0x8664 is x64, 0x14c is x86, 0xAA64 is ARM64.
    $bytes = [System.IO.File]::ReadAllBytes($Path)
    $pe = [BitConverter]::ToInt32($bytes, 0x3C)
    return [BitConverter]::ToUInt16($bytes, $pe + 4)
}

# 1. VLC, checked before spending minutes on a build.
foreach ($name in "libvlc.dll", "libvlccore.dll", "plugins") {
    if (-not (Test-Path (Join-Path $VlcDir $name))) {
        throw "build: $VlcDir has no $name. Install VLC 3.0 (64-bit) or pass -VlcDir <folder of libvlc.dll>."
    }
}
if ((Get-PeMachine (Join-Path $VlcDir "libvlc.dll")) -ne 0x8664) {
    throw "build: $VlcDir\libvlc.dll is not 64-bit; the console's Python is. Install the 64-bit VLC."
}

# 2. The virtual environment with Cicerone and PyInstaller.
$Python = ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) { Invoke-Checked "creating .venv" { py -3 -m venv .venv } }
Invoke-Checked "pip install" { & $Python -m pip install -q --upgrade pip }
Invoke-Checked "pip install" { & $Python -m pip install -q -e ".[build]" }
$Version = (& $Python -c "import console; print(console.__version__)").Trim()

# 3. The venue profile, checked and staged for build.spec.
$Suffix = ""
Remove-Item Env:CICERONE_VENUE_DIR -ErrorAction SilentlyContinue
if ($Venue) {
    $Stage = Join-Path (Get-Location) "build\venue-stage"
    $VenueName = (& $Python -m console.venue stage $Venue $Stage)
    if ($LASTEXITCODE -ne 0) { throw "build: the venue profile $Venue is not valid (see above)" }
    $env:CICERONE_VENUE_DIR = $Stage
    $Ascii = $VenueName.Normalize([Text.NormalizationForm]::FormD) -replace "\p{Mn}", ""
    $Slug = ($Ascii.ToLowerInvariant() -replace "[^a-z0-9]+", "-").Trim("-")
    if ($Slug.Length -gt 40) { $Slug = $Slug.Substring(0, 40) }
    if (-not $Slug) { $Slug = "venue" }
    $Suffix = "+$Slug"
}

# 4. The bundle.
Write-Host "build: PyInstaller bundle (cicerone $Version$Suffix)"
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist\bundle --workpath build\pyinstaller build.spec
}
$Bundle = "dist\bundle\cicerone"

# 5. VLC into the bundle, where console\frozen.py looks: _internal\vlc\{libvlc.dll, libvlccore.dll, plugins\}.
$VlcTarget = Join-Path $Bundle "_internal\vlc"
New-Item -ItemType Directory -Force (Join-Path $VlcTarget "plugins") | Out-Null
Copy-Item (Join-Path $VlcDir "libvlc.dll"), (Join-Path $VlcDir "libvlccore.dll") $VlcTarget
foreach ($folder in $VlcPluginFolders) {
    $source = Join-Path $VlcDir "plugins\$folder"
    if (Test-Path $source) { Copy-Item -Recurse -Force $source (Join-Path $VlcTarget "plugins") }
}
# A plugin cache for exactly the plugins copied (VLC's own lists plugins we left out): faster first start.
$CacheGen = Join-Path $VlcDir "vlc-cache-gen.exe"
if (Test-Path $CacheGen) { & $CacheGen (Join-Path $VlcTarget "plugins") | Out-Null }

# 6. Signed (when a certificate is given) before the self-test, so the self-test runs what ships.
Invoke-Sign @((Join-Path $Bundle "cicerone.exe"), (Join-Path $Bundle "cicerone-cli.exe"))

# 7. The frozen self-test, on this machine, before anything is packaged.
Write-Host "build: frozen self-test"
Invoke-Checked "the frozen self-test" { & (Join-Path $Bundle "cicerone-cli.exe") self-test }

# 8. The installer.
if (-not $Iscc) {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    $candidates = @($found.Source, "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe")
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) { throw "build: Inno Setup 6 (ISCC.exe) not found: install it or pass -Iscc <path>" }
Invoke-Checked "Inno Setup" {
    & $Iscc /Q "/DAppVersion=$Version" "/DVenueSuffix=$Suffix" "/DSourceDir=$((Resolve-Path $Bundle).Path)" `
        "/DOutputDir=$((Resolve-Path dist).Path)" scripts\windows\cicerone.iss
}
$Setup = "dist\Cicerone-$Version$Suffix-setup.exe"
Invoke-Sign @($Setup)
$Megabytes = [math]::Round(((Get-ChildItem -Recurse -File $Bundle | Measure-Object Length -Sum).Sum) / 1e6, 1)
Write-Host "build: $Setup; bundle $Megabytes MB with libvlc; $([int]((Get-Date) - $started).TotalSeconds) s"
