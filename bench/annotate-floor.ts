// The least any overlay can do on a papers list, as an extension to measure next to ours
// (annotate_floor_ms_50): one pass over the cards (id from the first paper link of each article, the
// contract's attributes), one message to the background, and on its answer each card's state plus a
// badge, a save button and a chip in the visible copy of the first 12 cards, as ours draws. No
// storage reads, no features, no validation, no history: what remains is the page's DOM and one
// round trip. It reports the same pc:* measures ours does, so annotate.bench.ts reads both alike.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const manifest = {
  manifest_version: 3,
  name: 'Papers Companion floor (bench only)',
  version: '0.0.1',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['https://huggingface.co/papers*'], js: ['content.js'], run_at: 'document_end' }],
};

// Every paper is new: the answer is built without a lookup.
const background = `chrome.runtime.onMessage.addListener((msg, _sender, reply) => { reply(msg.ids.map(() => 'new')); });`;

// Plain JS (no build step): what the content script runs, timed like ours.
const content = `(() => {
  const t0 = performance.now();
  const cards = [];
  for (const root of document.querySelectorAll('article')) {
    const m = /^\\/papers\\/(\\d{4}\\.\\d{4,5})/.exec(root.querySelector('a[href^="/papers/"]')?.getAttribute('href') ?? '');
    if (!m) continue;
    root.setAttribute('data-pc-id', m[1]);
    root.setAttribute('data-pc-saved', 'false');
    cards.push({ root, id: m[1] });
  }
  performance.measure('pc:floor', { start: t0, end: performance.now() });
  const slot = document.createElement('span');
  slot.className = 'pc-slot';
  const badge = document.createElement('span');
  badge.className = 'pc-badge';
  badge.textContent = 'new';
  const save = document.createElement('button');
  save.setAttribute('data-pc-action', 'save');
  save.setAttribute('aria-pressed', 'false');
  save.setAttribute('aria-label', 'Save paper');
  const chip = document.createElement('button');
  chip.className = 'pc-chip';
  chip.textContent = 'Agents';
  slot.append(badge, save, chip);
  chrome.runtime.sendMessage({ ids: cards.map((c) => c.id) }, (states) => {
    const t1 = performance.now();
    cards.forEach((c, i) => {
      c.root.setAttribute('data-pc-state', states[i]);
      c.root.setAttribute('data-pc-topics', 'agents');
    });
    for (const c of cards.slice(0, 12)) {
      const title = [...c.root.querySelectorAll('h3')].find((h) => !h.closest('.md\\\\:hidden')) ?? c.root;
      title.after(slot.cloneNode(true));
    }
    document.documentElement.setAttribute('data-pc-cards', String(cards.length));
    document.documentElement.setAttribute('data-pc-status', 'ready');
    performance.measure('pc:floor', { start: t1, end: performance.now() });
  });
})();`;

/** Writes the floor extension to a temp dir. */
export function floorExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pc-floor-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), background);
  writeFileSync(join(dir, 'content.js'), content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
