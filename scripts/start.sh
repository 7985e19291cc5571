#!/usr/bin/env bash
# Installs (when needed), builds, and opens Chromium with the extension on huggingface.co/papers.
# Options: --offline, --screenshot [DIR]  (see scripts/start.ts)
set -euo pipefail
source "$(dirname "$0")/setup.sh"
echo "start: building (npx wxt build)" >&2
npx wxt build >&2
exec npx tsx scripts/start.ts "$@"
