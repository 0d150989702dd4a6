#!/bin/sh
# Usage: screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]
# Takes a headless Chromium screenshot of an HTML report. Exits 3 when Chromium is not installed.
set -eu
report=$1
png=$2
size=${3:-1280,2000}
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    echo "no chromium at $chromium" >&2
    exit 3
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
case "$report" in
    /*) url="file://$report" ;;
    *) url="file://$(pwd)/$report" ;;
esac
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$png" --window-size="$size" "$url" >/dev/null 2>&1
test -s "$png"
