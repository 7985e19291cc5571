// TEMP: read-only list until components/topic-editor.tsx (TopicEditor) lands; then app.tsx mounts it directly.
import { useTopics } from '../../components/use-topics';

export function TopicsSection() {
  const topics = useTopics();
  return (
    <ul class="pc-topic-list">
      {topics.list.map((t) => (
        <li key={t.id}>
          <span class="pc-chip pc-topic" style={{ '--topic': topics.color(t.id) }}>
            {t.name}
          </span>
        </li>
      ))}
    </ul>
  );
}
