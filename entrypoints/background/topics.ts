// The topic tagger runs here, off the page's main thread: the content script gets each paper's
// topics with its history status. The compiled tagger is a cache keyed by the user's edits and
// corrections; a restarted worker simply compiles it again.
import { handle } from '../../utils/message-inputs';
import type { PaperMeta } from '../../utils/schema';
import { createTagger, type Tagger } from '../../utils/topics';
import { parseCorrections } from '../../utils/topics/corrections';
import { parseTopicEdits } from '../../utils/topics/edits';
import { topicCorrectionsItem, topicEditsItem } from '../../utils/topics/storage';

type Tagged = { topics: string[]; why: Record<string, string[]> };
/** The compiled tagger, and its answers per paper (a page revisited is not tagged again). */
let cached: { key: string; tagger: Tagger; answers: Map<string, { text: string; out: Tagged }> } | undefined;
const MAX_ANSWERS = 5000;

async function tagger(): Promise<NonNullable<typeof cached>> {
  const [rawEdits, rawCorrections] = await Promise.all([topicEditsItem.getValue(), topicCorrectionsItem.getValue()]);
  const key = JSON.stringify([rawEdits, rawCorrections]);
  if (cached?.key !== key) {
    const edits = parseTopicEdits(rawEdits).edits;
    const corrections = parseCorrections(rawCorrections).corrections;
    cached = { key, tagger: createTagger({ edits, corrections }), answers: new Map() };
  }
  return cached;
}

export async function classifyPapers(papers: PaperMeta[]): Promise<Array<{ id: string } & Tagged>> {
  const { tagger: t, answers } = await tagger();
  return papers.map((p) => {
    const text = `${p.title ?? ''}\u0000${p.summary ?? ''}\u0000${p.keywords?.join('\u0001') ?? ''}`;
    const hit = answers.get(p.id);
    if (hit?.text === text) return { id: p.id, ...hit.out };
    const out = t.classify({ id: p.id, title: p.title ?? '', abstract: p.summary, keywords: p.keywords });
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(p.id, { text, out });
    return { id: p.id, ...out };
  });
}

export function registerTopicsHandlers(): void {
  handle('topics.classify', ({ papers }) => classifyPapers(papers));
}
