// Bytes a user downloads and the browser parses: the content script, and the popup (its HTML plus
// every script and stylesheet it pulls in), raw and gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, ensureBuild } from '../scripts/ensure-build.ts';

const gzipBytes = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/** popup.html and the files it references, following JS imports between chunks. */
function popupFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
      : file.endsWith('.js')
        ? [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1])
        : [];
    for (const ref of refs) visit(ref.startsWith('/') ? join(CHROME_BUILD, ref) : join(dirname(file), ref));
  };
  visit(join(CHROME_BUILD, 'popup.html'));
  return [...seen];
}

export default async function run(): Promise<Record<string, number | string>> {
  ensureBuild();
  const content = readFileSync(join(CHROME_BUILD, 'content-scripts/papers.js'));
  const popup = popupFiles();
  return {
    content_script_bytes: content.length,
    content_script_gzip_bytes: gzipBytes(content),
    popup_bytes: popup.reduce((sum, f) => sum + readFileSync(f).length, 0),
    popup_gzip_bytes: popup.reduce((sum, f) => sum + gzipBytes(readFileSync(f)), 0),
    popup_files: popup.map((f) => relative(CHROME_BUILD, f)).join(' '),
  };
}
