#!/usr/bin/env bash
# The project's build for Linux and macOS; build.ps1 runs the same steps on Windows.
#   ./build.sh         main job: restore, generate and build, test, pack Wassist.Client into artifacts/
#   ./build.sh test    restore, generate and build, test; ends with the line "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")"

target="${1:-all}"
configuration="${CONFIGURATION:-Release}"
artifacts="artifacts"
results="$artifacts/test-results"

restore() { dotnet restore Wassist.Generated.sln; }

build() { dotnet build Wassist.Generated.sln --no-restore -c "$configuration"; }

# Runs every test project and prints one summary line from the TRX counters (the test runner prints one line
# per test assembly and framework, and no total).
run_tests() {
  rm -rf "$results"
  local status=0
  dotnet test Wassist.Generated.sln --no-build -c "$configuration" --logger trx --results-directory "$results" || status=$?
  local passed=0 failed=0 files=0
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  done
  if [ "$files" -eq 0 ]; then
    echo "no test results were written" >&2
    status=1
  fi
  echo "$passed passed, $failed failed"
  return "$status"
}

pack() { dotnet pack src/Wassist.Client/Wassist.Client.csproj --no-build -c "$configuration" -o "$artifacts"; }

case "$target" in
  all) restore; build; run_tests; pack ;;
  test) restore; build; run_tests ;;
  *) echo "usage: ./build.sh [all|test]" >&2; exit 2 ;;
esac
