# Builds Herald's MSI on a Windows build machine (Qt 6.4 for MSVC, CMake, Ninja, WiX Toolset 3.x on PATH).
#   pwsh packaging/windows/gather.ps1 -BuildDir build -OutDir dist [-KeychainBin DIR]
# 1. windeployqt gathers Qt's DLLs and the plugins Herald loads, QtKeychain's DLL and the MSVC runtime are added;
# 2. heat harvests that folder into the QtRuntime component group, runtime-hkcu.xslt keys each component
#    to HKCU and removes its folder on uninstall (a per-user install: ICE38, ICE64);
# 3. candle + light build herald.wxs with WithRuntime=yes.
param(
    [string]$BuildDir = "build",
    [string]$OutDir = "dist",
    # Where qt6keychain.dll is: release.yml installs QtKeychain into Qt's own prefix.
    [string]$KeychainBin = $(if ($env:QT_ROOT_DIR) { Join-Path $env:QT_ROOT_DIR "bin" } else { "" })
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$stage = Join-Path $OutDir "stage"
$runtime = Join-Path $OutDir "runtime"
New-Item -ItemType Directory -Force -Path $stage, $runtime | Out-Null

# A failing native tool does not stop the script by itself.
function Assert-Success([string]$tool) {
    if ($LASTEXITCODE -ne 0) { throw "$tool failed with exit code $LASTEXITCODE" }
}

foreach ($exe in "herald.exe", "herald-cli.exe", "herald-sandbox.exe") {
    Copy-Item (Join-Path $BuildDir "app/$exe") $stage
}
# Qt's DLLs and plugins go to a folder of their own so heat can harvest them apart from our executables.
# --svg: herald.exe calls nothing in Qt6Svg.dll itself (the icons go through the qsvg/qsvgicon plugins),
# so without it windeployqt would leave out the module and, with it, those plugins.
windeployqt --release --no-compiler-runtime --no-opengl-sw --svg --dir $runtime `
    (Join-Path $stage "herald.exe") (Join-Path $stage "herald-cli.exe") (Join-Path $stage "herald-sandbox.exe")
Assert-Success windeployqt

# windeployqt copies only Qt's own libraries.
$keychain = Join-Path $KeychainBin "qt6keychain.dll"
if (-not $KeychainBin -or -not (Test-Path $keychain)) {
    throw "qt6keychain.dll not found in '$KeychainBin': build and install QtKeychain first (see release.yml) or pass -KeychainBin"
}
Copy-Item $keychain $runtime
# The MSVC runtime, app-local (VCToolsRedistDir comes from the Developer Command Prompt / msvc-dev-cmd).
$crt = @(Get-ChildItem -Path (Join-Path "$env:VCToolsRedistDir" "x64") -Filter "*.dll" -Recurse -ErrorAction SilentlyContinue |
    Where-Object { $_.DirectoryName -like "*Microsoft.VC*.CRT" })
if ($crt.Count -eq 0) { throw "no MSVC runtime DLLs under '$env:VCToolsRedistDir\x64\Microsoft.VC*.CRT'" }
$crt | Copy-Item -Destination $runtime

$version = (Select-String -Path (Join-Path $BuildDir "CMakeCache.txt") -Pattern '^CMAKE_PROJECT_VERSION:STATIC=(.*)$').Matches[0].Groups[1].Value
heat dir $runtime -nologo -gg -sfrag -srd -scom -sreg -dr INSTALLDIR -cg QtRuntime -var var.RuntimeDir `
    -t (Join-Path $here "runtime-hkcu.xslt") -out (Join-Path $OutDir "runtime.wxs")
Assert-Success heat
candle -nologo -arch x64 "-dVersion=$version" "-dBinDir=$stage" "-dIconFile=$here/herald.ico" -dWithRuntime=yes `
    "-dRuntimeDir=$runtime" -out "$OutDir/" (Join-Path $here "herald.wxs") (Join-Path $OutDir "runtime.wxs")
Assert-Success candle
# ICE91 only warns that files go to a per-user folder in a package that could also be installed per
# machine (ALLUSERS=2); Herald is per-user by design (MSIINSTALLPERUSER=1), so that warning is silenced.
light -nologo -ext WixUIExtension -sice:ICE91 -out (Join-Path $OutDir "Herald-$version.msi") `
    (Join-Path $OutDir "herald.wixobj") (Join-Path $OutDir "runtime.wixobj")
Assert-Success light
Write-Host "Built $(Join-Path $OutDir "Herald-$version.msi")"
