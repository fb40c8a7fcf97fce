# The project's build for Windows; build.sh runs the same steps on Linux and macOS.
#   ./build.ps1          main job: restore, generate and build, test, pack Wassist.Client, Wassist.Client.DependencyInjection and Wassist.Client.Testing into artifacts/
#   ./build.ps1 test     restore, generate and build, test
#   ./build.ps1 update-spec -Spec <file> [-Accept] [-Json]
#                        take a newly published description: drift report, replace openapi/wassist.openapi.json,
#                        regenerate, refresh openapi/wassist.lock.json
#   ./build.ps1 lock     regenerate and refresh openapi/wassist.lock.json after a deliberate input change
#   ./build.ps1 drift [-Json] [-Since <file>]
#                        the CI drift report: the current description against openapi/baseline/ (or, with -Since,
#                        against an older published description, without the gate)
#   ./build.ps1 live-check [-BaseUrl <url>] [-Json] [-Record] [-MaxOperations <n>]
#                        with WASSIST_API_KEY set: every GET operation against the live API (or URL), each answer
#                        validated against the effective description and read through the client; fails when an
#                        answer breaks the client or contradicts the description; -Record refreshes tests/fixtures/recorded/
#   ./build.ps1 mutate [-Since <commit>]
#                        mutation testing (Stryker.NET) of the hand-written code of Wassist.Client and Wassist.SpecTool;
#                        reports in artifacts/mutation/; fails when a project scores below 80%
#   ./build.ps1 bench [--dry] [BenchmarkDotNet options]
#                        benchmarks of the client against a hand-written HttpClient + Newtonsoft call (always Release);
#                        reports in artifacts/benchmarks/; --dry runs each benchmark once; other options go to BenchmarkDotNet
param(
    [ValidateSet("all", "test", "update-spec", "lock", "drift", "live-check", "mutate", "bench")]
    [string] $Target = "all",
    [string] $Spec,
    [string] $Since,
    [switch] $Accept,
    [switch] $Json,
    [string] $BaseUrl,
    [switch] $Record,
    [int] $MaxOperations,
    [string] $Configuration = $(if ($env:CONFIGURATION) { $env:CONFIGURATION } else { "Release" }),
    # bench: --dry, and options for BenchmarkDotNet.
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]] $BenchmarkOptions
)

$ErrorActionPreference = "Stop"
if ($Target -eq "update-spec") {
    if (-not $Spec) { throw "usage: ./build.ps1 update-spec -Spec <file> [-Accept] [-Json]" }
    $Spec = (Resolve-Path $Spec).Path
}
if ($Target -eq "drift" -and $Since) { $Since = (Resolve-Path $Since).Path }
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-SpecTool {
    Invoke-Dotnet run --project src/Wassist.SpecTool/Wassist.SpecTool.csproj --no-restore -c $Configuration '--' @args
}

# The live check's report alone goes to stdout: the build's output is sent to stderr.
function Invoke-LiveCheck {
    Invoke-Dotnet build src/Wassist.LiveCheck/Wassist.LiveCheck.csproj --no-restore -c $Configuration | ForEach-Object { [Console]::Error.WriteLine($_) }
    Invoke-Dotnet run --project src/Wassist.LiveCheck/Wassist.LiveCheck.csproj --no-build -c $Configuration '--' @args
}

$options = @()
if ($Accept) { $options += "--accept" }
if ($Json) { $options += "--json" }
if ($Target -eq "drift" -and $Since) { $options += "--since", $Since }
if ($BaseUrl) { $options += "--base-url", $BaseUrl }
if ($Record) { $options += "--record" }
if ($MaxOperations) { $options += "--max-operations", $MaxOperations }

Invoke-Dotnet restore Wassist.Generated.sln
if ($Target -eq "bench") {
    # BenchmarkDotNet measures optimized code only: always Release.
    $project = "benchmarks/Wassist.Client.Benchmarks/Wassist.Client.Benchmarks.csproj"
    $options = @()
    foreach ($option in $BenchmarkOptions) { if ($option -eq "--dry") { $options += "--job", "dry" } else { $options += $option } }
    Invoke-Dotnet build $project --no-restore -c Release
    Invoke-Dotnet run --project $project --no-build -c Release '--' --artifacts "$PSScriptRoot/artifacts/benchmarks" @options
    return
}
if ($Target -eq "drift") {
    Invoke-SpecTool drift @options
    return
}
if ($Target -eq "live-check") {
    Invoke-LiveCheck @options
    return
}
if ($Target -eq "update-spec") {
    Invoke-SpecTool update-spec $Spec @options
}
Invoke-Dotnet build Wassist.Generated.sln --no-restore -c $Configuration
if ($Target -in "update-spec", "lock") {
    Invoke-SpecTool lock
    return
}
if ($Target -ne "mutate") {
    Invoke-Dotnet test Wassist.Generated.sln --no-build -c $Configuration --logger trx --results-directory artifacts/test-results
}
if ($Target -eq "all") {
    Invoke-Dotnet pack src/Wassist.Client/Wassist.Client.csproj --no-build -c $Configuration -o artifacts
    Invoke-Dotnet pack src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj --no-build -c $Configuration -o artifacts
    Invoke-Dotnet pack src/Wassist.Client.Testing/Wassist.Client.Testing.csproj --no-build -c $Configuration -o artifacts
}
if ($Target -eq "mutate") {
    # Reuses the generated files of the build above: Stryker's analysis build cannot run the nested generation step.
    Invoke-Dotnet tool restore
    $env:WassistSkipGeneration = "true"
    $sinceOption = @()
    if ($Since) { $sinceOption += "--since:$Since" }
    foreach ($project in "Wassist.Client", "Wassist.SpecTool") {
        Push-Location "tests/$project.Tests"
        try { Invoke-Dotnet stryker --config-file stryker-config.json --skip-version-check --output "$PSScriptRoot/artifacts/mutation/$project" @sinceOption }
        finally { Pop-Location }
    }
}

