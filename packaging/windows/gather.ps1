# Builds Herald's MSI on a Windows build machine (Qt 6 for MSVC, CMake, Ninja, WiX Toolset 3.x on PATH).
#   pwsh packaging/windows/gather.ps1 -BuildDir build -OutDir dist
# 1. windeployqt gathers Qt's DLLs and the plugins Herald loads next to the executables;
# 2. heat harvests that folder into the QtRuntime component group;
# 3. candle + light build herald.wxs with WithRuntime=yes.
param(
    [string]$BuildDir = "build",
    [string]$OutDir = "dist"
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$stage = Join-Path $OutDir "stage"
$runtime = Join-Path $OutDir "runtime"
New-Item -ItemType Directory -Force -Path $stage, $runtime | Out-Null

foreach ($exe in "herald.exe", "herald-cli.exe", "herald-sandbox.exe") {
    Copy-Item (Join-Path $BuildDir "app/$exe") $stage
}
# Qt's DLLs and plugins go to a folder of their own so heat can harvest them apart from our executables.
windeployqt --release --no-compiler-runtime --no-opengl-sw --dir $runtime `
    (Join-Path $stage "herald.exe") (Join-Path $stage "herald-cli.exe") (Join-Path $stage "herald-sandbox.exe")
Copy-Item (Join-Path $env:Qt6Keychain_DIR "../../../bin/qt6keychain.dll") $runtime -ErrorAction SilentlyContinue
# The MSVC runtime is installed with the VC++ redistributable merge module or app-local DLLs:
Copy-Item "$env:VCToolsRedistDir/x64/Microsoft.VC*.CRT/*.dll" $runtime -ErrorAction SilentlyContinue

$version = (Select-String -Path (Join-Path $BuildDir "CMakeCache.txt") -Pattern '^CMAKE_PROJECT_VERSION:STATIC=(.*)$').Matches[0].Groups[1].Value
heat dir $runtime -nologo -gg -sfrag -srd -scom -sreg -dr INSTALLDIR -cg QtRuntime -var var.RuntimeDir `
    -out (Join-Path $OutDir "runtime.wxs")
candle -nologo -arch x64 -dVersion=$version -dBinDir=$stage -dIconFile=$here/herald.ico -dWithRuntime=yes `
    -dRuntimeDir=$runtime -out "$OutDir/" (Join-Path $here "herald.wxs") (Join-Path $OutDir "runtime.wxs")
light -nologo -ext WixUIExtension -out (Join-Path $OutDir "Herald-$version-x64.msi") `
    (Join-Path $OutDir "herald.wixobj") (Join-Path $OutDir "runtime.wixobj")
Write-Host "Built $(Join-Path $OutDir "Herald-$version-x64.msi")"
