// The user's topics (defaults plus their edits), following edits made in the options page.
import { useMemo } from 'preact/hooks';
import { effectiveTopics, type TopicDef } from '../utils/topics/catalog';
import type { TopicColor } from '../utils/topics/edits';
import { topicEditsItem } from '../utils/topics/storage';
import { useStorageItem } from './use-storage-item';

export interface Topics {
  list: TopicDef[];
  /** Display name of a topic id; unknown ids show as themselves. */
  name(id: string): string;
  /** Palette colour of a topic (chips use the class pc-topic--<colour>, see ui.css). */
  color(id: string): TopicColor | undefined;
}

export function useTopics(): Topics {
  const raw = useStorageItem(topicEditsItem);
  return useMemo(() => {
    // effectiveTopics validates the stored edits itself.
    const list = effectiveTopics(raw);
    const byId = new Map(list.map((t) => [t.id, t]));
    return { list, name: (id) => byId.get(id)?.name ?? id, color: (id) => byId.get(id)?.color };
  }, [raw]);
}
