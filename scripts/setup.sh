# Sourced by start.sh and test.sh: installs dependencies when needed and exports CHROMIUM_PATH.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm writes node_modules/.package-lock.json at the end of every install; if package-lock.json is
# newer, someone changed the dependencies since.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2 || return 1
fi

CHROMIUM_PATH=$(bash scripts/find-chromium.sh) || return 1
export CHROMIUM_PATH
echo "setup: Chromium at $CHROMIUM_PATH" >&2
