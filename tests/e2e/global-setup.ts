// Runs once before the E2E files: checks for a Chromium, builds the extension if it is stale, and
// (unless PC_EXTENSION_DIR already names a build) gives the tests a private copy of the build, so a
// rebuild during the run (another `wxt build` in the same work tree) cannot pull the extension out
// from under a launching browser.
import { accessSync, constants, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, ensureBuild } from '../../scripts/ensure-build.ts';

export default function setup(): () => void {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(`No Chromium at ${chromiumPath}. Run \`bash scripts/find-chromium.sh\` (it installs one) and set CHROMIUM_PATH.`);
  }
  if (process.env.PC_EXTENSION_DIR) return () => {}; // the caller brought its own build
  ensureBuild();
  const copy = join(mkdtempSync(join(tmpdir(), 'pc-e2e-')), 'chrome-mv3');
  cpSync(CHROME_BUILD, copy, { recursive: true });
  if (!existsSync(join(copy, 'manifest.json'))) throw new Error(`${CHROME_BUILD} changed while being copied; run again`);
  process.env.PC_EXTENSION_DIR = copy; // read by harness.ts launch()
  return () => rmSync(join(copy, '..'), { recursive: true, force: true });
}
