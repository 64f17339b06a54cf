<#
.SYNOPSIS
    scripts/test for Windows: a .venv with Cicerone and its test tools, then ruff, mypy, the import contracts and
    pytest. Arguments go to pytest: scripts\windows\test.ps1 -q -k clock

.DESCRIPTION
    Needs Python 3.11+ (64-bit, the py launcher or python on PATH), VLC 3 (64-bit) and ffmpeg
    (scripts\windows\install-deps.ps1). The workflow and shell-script lint of scripts/test runs on Linux only:
    its results do not depend on the system.
#>
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))
$env:QT_QPA_PLATFORM = "offscreen"
$env:PYTHONDONTWRITEBYTECODE = "1"

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "test: $What failed (exit $LASTEXITCODE)" }
}

$Python = ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) { Invoke-Checked "creating .venv" { py -3 -m venv .venv } }
    else { Invoke-Checked "creating .venv" { python -m venv .venv } }
}
Invoke-Checked "pip install" { & $Python -m pip install -q --upgrade pip }
Invoke-Checked "pip install" { & $Python -m pip install -q -e ".[test]" }

Write-Host "== ruff"
Invoke-Checked "ruff check" { & .venv\Scripts\ruff.exe check console tests scripts }
Invoke-Checked "ruff format" { & .venv\Scripts\ruff.exe format --check console tests scripts }
Write-Host "== mypy"
Invoke-Checked "mypy" { & .venv\Scripts\mypy.exe console tests }
Write-Host "== import contracts"
Invoke-Checked "lint-imports" { & .venv\Scripts\lint-imports.exe }
Write-Host "== pytest"
Invoke-Checked "pytest" { & $Python -m pytest @args }
