#!/usr/bin/env bash
# Keeps one open GitHub issue (label upstream-drift) in step with the reports the upstream drift workflow left in
# <folder>: drift.json and update-spec.exit/.log from `./build.sh update-spec <file> --json`, and live-check.json/.exit
# when the live check ran. It opens the issue when there is something to report, updates it when the report
# changed, and closes it when there is nothing left to report. Needs gh with GH_TOKEN, and DESCRIPTION_URL.
#   .github/scripts/drift-issue.sh <folder>
set -euo pipefail
cd "$(dirname "$0")/../.."
reports="$1"
label="upstream-drift"
title="The published Wassist API description has drifted from openapi/wassist.openapi.json"
run_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"

changes=$(jq '[.breaking[], .additive[], .overlays[][]] | length' "$reports/drift.json")
update_exit=$(cat "$reports/update-spec.exit")
live_exit=$(cat "$reports/live-check.exit" 2>/dev/null || echo 0)
# update-spec takes a description with no breaking change into the tree: a difference left there is one the client
# does not see (descriptions, examples), which the lock still has to follow.
text_only=0
[ "$changes" -eq 0 ] && ! git diff --quiet -- openapi/wassist.openapi.json && text_only=1

gh label create "$label" --color d93f0b --description "The published API description differs from the checked-in one" --force
existing=$(gh issue list --label "$label" --state open --json number --jq '.[0].number // empty')
if [ "$changes" -eq 0 ] && [ "$update_exit" -eq 0 ] && [ "$live_exit" -eq 0 ] && [ "$text_only" -eq 0 ]; then
  echo "Nothing to report."
  if [ -n "$existing" ]; then
    gh issue close "$existing" --comment "The published description matches openapi/wassist.openapi.json again ($run_url)."
  fi
  exit 0
fi

body="$reports/issue.md"
{
  echo "\`./build.sh update-spec <file> --json\` on the description published at $DESCRIPTION_URL:"
  echo
  jq -r '
    def section(heading; items):
      if (items | length) > 0 then "### \(heading) (\(items | length))\n\n" + (items | map("- " + .) | join("\n")) + "\n" else empty end;
    def change: "`\(.kind)` \(.location): \(.detail)";
    section("Breaking for the client"; .breaking | map(change)),
    section("Additive"; .additive | map(change)),
    section("Redundant overlay actions (the description now says this itself: drop them)"; .overlays.redundant),
    section("Stale overlay actions (their target is gone)"; .overlays.stale),
    section("Operations without a name in openapi/naming.overlay.json"; .overlays.unnamedOperations)
  ' "$reports/drift.json"
  if [ "$text_only" -eq 1 ]; then
    echo "Only text the client does not check changed (descriptions, examples); the generation lock still needs it."
    echo
  fi
  if [ "$update_exit" -ne 0 ]; then
    echo "<details><summary>update-spec exited with $update_exit: the end of its log</summary>"
    echo
    echo '```'
    tail -n 40 "$reports/update-spec.log"
    echo '```'
    echo "</details>"
    echo
  fi
  if [ -f "$reports/live-check.json" ]; then
    echo "<details><summary>Live check (exit $live_exit)</summary>"
    echo
    echo '```json'
    cat "$reports/live-check.json"
    echo '```'
    echo "</details>"
    echo
  fi
  echo "To take the description: download it and follow the README, *When Wassist publishes a new description*."
} > "$body"

if [ -z "$existing" ]; then
  gh issue create --title "$title" --label "$label" --body-file "$body"
elif [ "$(gh issue view "$existing" --json body --jq .body)" != "$(cat "$body")" ]; then
  gh issue edit "$existing" --body-file "$body"
  gh issue comment "$existing" --body "The report changed; the issue text now shows the latest ($run_url)."
else
  echo "Issue #$existing already holds this report."
fi
