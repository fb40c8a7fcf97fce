#!/usr/bin/env bash
# The project's build for Linux and macOS; build.ps1 runs the same steps on Windows.
#   ./build.sh         main job: restore, generate and build, test, pack Wassist.Client and Wassist.Client.DependencyInjection into artifacts/
#   ./build.sh test    restore, generate and build, test; ends with the line "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")"

target="${1:-all}"
configuration="${CONFIGURATION:-Release}"
artifacts="artifacts"
results="$artifacts/test-results"

restore() { dotnet restore Wassist.Generated.sln; }

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
}

case "$target" in
  all) restore; build; run_tests; pack ;;
  test) restore; build; run_tests ;;
  *) echo "usage: ./build.sh [all|test]" >&2; exit 2 ;;
esac
