#!/usr/bin/env bash
# Prints the path of a Chromium that can load an unpacked extension; installs one when none is found.
# Order: $CHROMIUM_PATH, system Chromium, Playwright's cached Chromium, Google Chrome (last: branded
# Chrome ≥137 ignores --load-extension). All messages go to stderr; only the path goes to stdout.
set -euo pipefail

candidates() {
  [ -n "${CHROMIUM_PATH:-}" ] && echo "$CHROMIUM_PATH"
  echo /usr/bin/chromium
  echo /usr/bin/chromium-browser
  echo /snap/bin/chromium
  echo /usr/local/bin/chromium
  echo "/Applications/Chromium.app/Contents/MacOS/Chromium"
  local cache="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
  ls -d "$cache"/chromium-*/chrome-linux*/chrome \
    "$HOME"/Library/Caches/ms-playwright/chromium-*/chrome-mac*/*.app/Contents/MacOS/* 2>/dev/null | sort -r || true
  echo /usr/bin/google-chrome
  echo /usr/bin/google-chrome-stable
}

find_one() {
  local p
  while IFS= read -r p; do
    if [ -n "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
  done < <(candidates)
  return 1
}

if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
  echo "find-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; looking elsewhere" >&2
fi

if path=$(find_one); then
  case "$path" in *google-chrome*) echo "find-chromium: using $path; branded Google Chrome may refuse --load-extension — install Chromium if the extension does not load" >&2 ;; esac
  echo "$path"; exit 0
fi

echo "find-chromium: no Chromium found; installing one" >&2
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >&2 || true
else
  npx --no-install playwright-core install chromium >&2 || true
fi

if path=$(find_one); then echo "$path"; exit 0; fi

cat >&2 <<'MSG'
find-chromium: could not find or install Chromium. Install one, then run this again:
  Debian/Ubuntu (root):  apt-get update && apt-get install -y chromium
  any machine:           npx playwright-core install chromium
  or point to one:       export CHROMIUM_PATH=/path/to/chromium
MSG
exit 1
