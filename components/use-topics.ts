// The user's topics (defaults plus their edits), following edits made in the options page.
import { useMemo } from 'preact/hooks';
import { defaultTopics, type TopicColor, type TopicDef } from '../utils/topics';

/** The 500 shades of the topic palette; chips tint them for light and dark (see ui.css). */
const COLOR_HEX: Record<TopicColor, string> = {
  blue: '#3b82f6', violet: '#8b5cf6', emerald: '#10b981', amber: '#f59e0b', rose: '#f43f5e', cyan: '#06b6d4',
  lime: '#84cc16', orange: '#f97316', fuchsia: '#d946ef', sky: '#0ea5e9', teal: '#14b8a6', indigo: '#6366f1',
};

export interface Topics {
  list: TopicDef[];
  /** Display name of a topic id; unknown ids show as themselves. */
  name(id: string): string;
  /** CSS colour of a topic, for chips. */
  color(id: string): string | undefined;
}

// TEMP until utils/topics exports effectiveTopics and ./storage the edits item (see /tmp/use-topics.contract.ts).
export function useTopics(): Topics {
  return useMemo(() => {
    const list = defaultTopics();
    const byId = new Map(list.map((t) => [t.id, t]));
    return { list, name: (id) => byId.get(id)?.name ?? id, color: (id) => COLOR_HEX[byId.get(id)?.color as TopicColor] };
  }, []);
}
