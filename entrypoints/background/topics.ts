// The topic tagger runs here, off the page's main thread: the content script gets each paper's
// topics with its history status. The compiled tagger is a cache keyed by the user's edits and
// corrections; a restarted worker simply compiles it again.
import { handle } from '../../utils/message-inputs';
import type { PaperMeta } from '../../utils/schema';
import { createTagger, type Tagger } from '../../utils/topics';
import { parseCorrections } from '../../utils/topics/corrections';
import { parseTopicEdits } from '../../utils/topics/edits';
import { topicCorrectionsItem, topicEditsItem } from '../../utils/topics/storage';

let cached: { key: string; tagger: Tagger } | undefined;

async function tagger(): Promise<Tagger> {
  const [rawEdits, rawCorrections] = await Promise.all([topicEditsItem.getValue(), topicCorrectionsItem.getValue()]);
  const key = JSON.stringify([rawEdits, rawCorrections]);
  if (cached?.key !== key) {
    const edits = parseTopicEdits(rawEdits).edits;
    const corrections = parseCorrections(rawCorrections).corrections;
    cached = { key, tagger: createTagger({ edits, corrections }) };
  }
  return cached.tagger;
}

export async function classifyPapers(papers: PaperMeta[]): Promise<Array<{ id: string; topics: string[]; why: Record<string, string[]> }>> {
  const t = await tagger();
  return papers.map((p) => ({ id: p.id, ...t.classify({ id: p.id, title: p.title ?? '', abstract: p.summary, keywords: p.keywords }) }));
}

export function registerTopicsHandlers(): void {
  handle('topics.classify', ({ papers }) => classifyPapers(papers));
}
