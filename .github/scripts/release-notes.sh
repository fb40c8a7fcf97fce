#!/usr/bin/env bash
# Release notes in Markdown on stdout: the drift report of the Wassist API description since the previous release
# tag, and the public C# API entries added and removed since then (all PublicAPI.*.txt files, Shipped and Unshipped
# together, so moving entries between them at a release is not a change).
#   .github/scripts/release-notes.sh <previous tag, or empty for the first release>
set -euo pipefail
cd "$(dirname "$0")/../.."
previous="${1:-}"

if [ -z "$previous" ]; then
  echo "First release of Wassist.Client and Wassist.Client.DependencyInjection."
  exit 0
fi

# Every public API entry of the tree at a revision, one a line, sorted.
public_api() {
  git ls-tree -r --name-only "$1" -- src | grep -E '/PublicAPI\.(Shipped|Unshipped)\.txt$' \
    | while read -r file; do git show "$1:$file"; done | grep -vE '^(#|$)' | sort -u
}

description="$(mktemp)"
trap 'rm -f "$description"' EXIT
git show "$previous:openapi/wassist.openapi.json" > "$description"

echo "## Wassist API description since $previous"
echo
echo '```'
./build.sh drift --since "$description"
echo '```'
echo
echo "## Public API since $previous"
echo
echo '```diff'
comm -13 <(public_api "$previous") <(public_api HEAD) | sed 's/^/+ /'
comm -23 <(public_api "$previous") <(public_api HEAD) | sed 's/^/- /'
echo '```'
