// Runs once before the E2E files: checks for a Chromium and builds the extension if it is stale.
import { accessSync, constants } from 'node:fs';
import { ensureBuild } from '../../scripts/ensure-build.ts';

export default function setup(): void {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(`No Chromium at ${chromiumPath}. Run \`bash scripts/find-chromium.sh\` (it installs one) and set CHROMIUM_PATH.`);
  }
  ensureBuild();
}
