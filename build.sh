#!/usr/bin/env bash
# The project's build for Linux and macOS; build.ps1 runs the same steps on Windows.
#   ./build.sh         main job: restore, generate and build, test, pack Wassist.Client, Wassist.Client.DependencyInjection and Wassist.Client.Testing into artifacts/
#   ./build.sh test    restore, generate and build, test; ends with the line "N passed, N failed"
#   ./build.sh update-spec <file> [--accept] [--json]
#                      take a newly published description: drift report, replace openapi/wassist.openapi.json,
#                      regenerate, refresh openapi/wassist.lock.json
#   ./build.sh lock    regenerate and refresh openapi/wassist.lock.json after a deliberate input change
#   ./build.sh drift [--json] [--since <file>]
#                      the CI drift report: the current description against openapi/baseline/ (or, with --since,
#                      against an older published description, e.g. the last release's, without the gate)
#   ./build.sh live-check [--base-url URL] [--json] [--record] [--max-operations N] [--interval SECONDS]
#                      with WASSIST_API_KEY set: every GET operation against the live API (or URL), each answer
#                      validated against the effective description and read through the client; exit 1 when an answer
#                      breaks the client or contradicts the description; --record refreshes tests/fixtures/recorded/
#   ./build.sh mutate [--since[:<commit>]]
#                      mutation testing (Stryker.NET) of the hand-written code of Wassist.Client and Wassist.SpecTool;
#                      reports in artifacts/mutation/; fails when a project scores below 80%
#   ./build.sh bench [--dry] [BenchmarkDotNet options]
#                      benchmarks of the client against a hand-written HttpClient + Newtonsoft call (always Release);
#                      reports in artifacts/benchmarks/; --dry runs each benchmark once (CI does, no time is checked);
#                      other options go to BenchmarkDotNet, e.g. --filter '*ListPage*' or --job short
# For update-spec, drift and live-check, stdout carries the report alone (the build's own output goes to stderr), so --json
# output can be read by tools.
set -euo pipefail
caller_dir="$PWD"
cd "$(dirname "$0")"

target="${1:-all}"
configuration="${CONFIGURATION:-Release}"
artifacts="artifacts"
results="$artifacts/test-results"

usage() { echo "usage: ./build.sh [all|test|lock|drift [--json] [--since <file>]|update-spec <file> [--accept] [--json]|live-check [--base-url URL] [--json] [--record] [--max-operations N]|bench [--dry] [BenchmarkDotNet options]]" >&2; exit 2; }

# A path given on the command line, made absolute from where the script was called.
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$caller_dir/$1" ;; esac; }

spec_tool() { dotnet run --project src/Wassist.SpecTool/Wassist.SpecTool.csproj --no-restore -c "$configuration" -- "$@"; }

live_check() {
  dotnet build src/Wassist.LiveCheck/Wassist.LiveCheck.csproj --no-restore -c "$configuration" >&2
  dotnet run --project src/Wassist.LiveCheck/Wassist.LiveCheck.csproj --no-build -c "$configuration" -- "$@"
}

restore() { dotnet restore Wassist.Generated.sln; }

# BenchmarkDotNet measures optimized code only, so the benchmarks build and run in Release whatever CONFIGURATION says.
bench() {
  local project=benchmarks/Wassist.Client.Benchmarks/Wassist.Client.Benchmarks.csproj options=() option
  for option in "$@"; do
    if [ "$option" = "--dry" ]; then options+=(--job dry); else options+=("$option"); fi
  done
  dotnet build "$project" --no-restore -c Release
  dotnet run --project "$project" --no-build -c Release -- --artifacts "$PWD/$artifacts/benchmarks" ${options[@]+"${options[@]}"}
}

build() { dotnet build Wassist.Generated.sln --no-restore -c "$configuration"; }

# Runs every test project and prints one summary line, the sum of the runner's per-assembly, per-framework
# "Passed!/Failed!  - Failed: N, Passed: N, ..." lines (it prints no total).
run_tests() {
  rm -rf "$results"
  mkdir -p "$results"
  local status=0
  dotnet test Wassist.Generated.sln --no-build -c "$configuration" --logger trx --results-directory "$results" \
    | tee "$results/console.log" || status=$?
  local summaries
  summaries=$(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$results/console.log" || true)
  if [ -z "$summaries" ]; then
    echo "the test run printed no result lines" >&2
    status=1
  fi
  local passed failed
  passed=$(sed -nE 's/.*Passed: +([0-9]+).*/\1/p' <<<"$summaries" | awk '{ s += $1 } END { print s + 0 }')
  failed=$(sed -nE 's/.*- Failed: +([0-9]+).*/\1/p' <<<"$summaries" | awk '{ s += $1 } END { print s + 0 }')
  echo "$passed passed, $failed failed"
  return "$status"
}

pack() {
  dotnet pack src/Wassist.Client/Wassist.Client.csproj --no-build -c "$configuration" -o "$artifacts"
  dotnet pack src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj --no-build -c "$configuration" -o "$artifacts"
  dotnet pack src/Wassist.Client.Testing/Wassist.Client.Testing.csproj --no-build -c "$configuration" -o "$artifacts"
}

# Stryker.NET (a local tool, .config/dotnet-tools.json) mutates the hand-written code of each project (never
# obj/Generated, see tests/*/stryker-config.json) against its test project. The generated files from the build above
# are reused (WassistSkipGeneration), since Stryker's own analysis build cannot run the nested generation step.
mutate() {
  dotnet tool restore
  local status=0 project
  for project in Wassist.Client Wassist.SpecTool; do
    (cd "tests/$project.Tests" && WassistSkipGeneration=true dotnet stryker --config-file stryker-config.json --skip-version-check \
      --output "$PWD/../../$artifacts/mutation/$project" "$@") || status=$?
  done
  return "$status"
}

case "$target" in
  all) restore; build; run_tests; pack ;;
  test) restore; build; run_tests ;;
  update-spec)
    [ $# -ge 2 ] || usage
    restore >&2; spec_tool update-spec "$(absolute "$2")" "${@:3}"; build >&2; spec_tool lock >&2 ;;
  lock) restore; build; spec_tool lock ;;
  drift) restore >&2; spec_tool drift "${@:2}" ;;
  live-check) restore >&2; live_check "${@:2}" ;;
  mutate) restore; build; mutate "${@:2}" ;;
  bench) restore; bench "${@:2}" ;;
  *) usage ;;
esac
