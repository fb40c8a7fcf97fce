# The project's build for Windows; build.sh runs the same steps on Linux and macOS.
#   ./build.ps1          main job: restore, generate and build, test, pack Wassist.Client and Wassist.Client.DependencyInjection into artifacts/
#   ./build.ps1 test     restore, generate and build, test
param(
    [ValidateSet("all", "test")]
    [string] $Target = "all",
    [string] $Configuration = $(if ($env:CONFIGURATION) { $env:CONFIGURATION } else { "Release" })
)

$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

Invoke-Dotnet restore Wassist.Generated.sln
Invoke-Dotnet build Wassist.Generated.sln --no-restore -c $Configuration
Invoke-Dotnet test Wassist.Generated.sln --no-build -c $Configuration --logger trx --results-directory artifacts/test-results
if ($Target -eq "all") {
    Invoke-Dotnet pack src/Wassist.Client/Wassist.Client.csproj --no-build -c $Configuration -o artifacts
    Invoke-Dotnet pack src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj --no-build -c $Configuration -o artifacts
}
