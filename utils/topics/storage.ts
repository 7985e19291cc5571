// Storage items of the topic tagger. Edits are small and follow the user (sync); corrections carry paper
// fingerprints and can grow to a few hundred papers, so they stay on this device (local).
import { defineLazyItem } from '../storage-item';
import { EMPTY_EDITS, type TopicEdits } from './edits';
import type { Corrections } from './corrections';

/** The user's taxonomy edits. Read through parseTopicEdits: the stored value may come from another version. */
export const topicEditsItem = defineLazyItem<TopicEdits>('sync:topicEdits', EMPTY_EDITS);

/** Per-paper chip corrections plus the fingerprints the nudge model uses. Read through parseCorrections. */
export const topicCorrectionsItem = defineLazyItem<Corrections>('local:topicCorrections', {});
