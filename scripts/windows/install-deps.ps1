<#
.SYNOPSIS
    What Cicerone's tests and installer need on a Windows machine, pinned: VLC (64-bit), ffmpeg, optionally
    Inno Setup. Chocolatey, as on GitHub's Windows runners; the versions are the ones the release was tested with.

.DESCRIPTION
    powershell -ExecutionPolicy Bypass -File scripts\windows\install-deps.ps1 [-InnoSetup]
    VLC lands in C:\Program Files\VideoLAN\VLC, where python-vlc finds it from source and where
    build.ps1 takes libvlc from. Bump a version here and in docs/release.md together.
#>
param([switch]$InnoSetup)
$ErrorActionPreference = "Stop"

$Pinned = [ordered]@{ "vlc" = "3.0.21"; "ffmpeg" = "7.1.0" }
if ($InnoSetup) { $Pinned["innosetup"] = "6.3.3" }

foreach ($package in $Pinned.Keys) {
    choco install $package --version $Pinned[$package] --yes --no-progress --allow-downgrade
    if ($LASTEXITCODE -ne 0) { throw "install-deps: choco install $package $($Pinned[$package]) failed (exit $LASTEXITCODE)" }
}
# Chocolatey's shims reach PATH in new shells only; later steps of the same job read GITHUB_PATH.
if ($env:GITHUB_PATH) { "$env:ChocolateyInstall\bin" | Out-File -FilePath $env:GITHUB_PATH -Append -Encoding utf8 }
