// The saved list, windowed: only the rows on screen (plus a few) are in the DOM, so 5,000 items
// scroll and open as fast as 50. Rows have a fixed height for that reason.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { noteOf, type SavedRecord } from '../utils/saved/model';
import { arxivUrl, hfUrl } from '../utils/export';
import type { SavedRow } from './saved-query';
import type { Topics } from './use-topics';
import { Icon } from './icons';

export const ROW_HEIGHT = 112;
const OVERSCAN = 4;

export interface SavedListProps {
  rows: SavedRow[];
  topics: Topics;
  /** Ids whose notes did not fit in browser sync (marked on their rows). */
  localOnly?: ReadonlySet<string>;
  onRemove(rec: SavedRecord): void;
  onNote(id: string, note: string): Promise<void>;
}

export function SavedList({ rows, topics, localOnly, onRemove, onNote }: SavedListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(4 * ROW_HEIGHT);
  // The first frame draws only the rows that fill the box (it decides how soon the popup is ready);
  // the rows kept ready above and below for scrolling follow right after it.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => setOverscan(OVERSCAN), []);

  // Four rows cover the popup's list (~410 px); a taller box (seen after layout, no forced layout at
  // open) gets more rows. A shorter one keeps the extra row: cheaper than a second render at open.
  useLayoutEffect(() => {
    const el = box.current!;
    const ro = new ResizeObserver(() => setHeight((h) => Math.max(h, el.clientHeight)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + overscan);

  return (
    <div class="pc-list" ref={box} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul class="pc-list-inner" aria-label="Saved papers" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {rows.slice(first, last).map((row, i) => (
          <SavedItem
            key={row.rec.id}
            row={row}
            index={first + i}
            total={rows.length}
            topics={topics}
            localOnly={localOnly}
            onRemove={onRemove}
            onNote={onNote}
          />
        ))}
      </ul>
    </div>
  );
}

const lastName = (name: string) => name.trim().split(/\s+/).pop() ?? name;
// Dates by hand, not Intl: the first Intl format in a page loads locale data (~5 ms of the popup's first paint).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
/** "Oct 5" this year, "Oct 5, 2025" before. */
function savedDate(ms: number): string {
  const d = new Date(ms);
  const day = `${MONTHS[d.getMonth()]} ${d.getDate()}`;
  return d.getFullYear() === new Date().getFullYear() ? day : `${day}, ${d.getFullYear()}`;
}
/** "2025-10-05 14:32", for the hover. */
const exactTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

function SavedItem({ row, index, total, topics, localOnly, onRemove, onNote }: { row: SavedRow; index: number; total: number } & Omit<SavedListProps, 'rows'>) {
  const { rec } = row;
  const m = rec.meta.v;
  const title = m.title.trim() || `arXiv:${rec.id}`;
  const topicIds = m.topics ?? [];
  const year = (m.publishedAt ?? row.published).slice(0, 4);
  return (
    <li
      class="pc-item"
      data-pc-saved-id={rec.id}
      aria-setsize={total}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
    >
      <div class="pc-item-top">
        <a class="pc-item-title" href={hfUrl(rec.id)} target="_blank" rel="noreferrer" title={title}>
          {title}
        </a>
        <div class="pc-item-actions">
          <a class="pc-link-pill" href={hfUrl(rec.id)} target="_blank" rel="noreferrer" aria-label={`Open ${title} on Hugging Face`}>
            HF
          </a>
          <a class="pc-link-pill" href={arxivUrl(rec.id)} target="_blank" rel="noreferrer" aria-label={`Open ${title} on arXiv`}>
            arXiv
          </a>
          <button type="button" class="pc-icon-btn pc-remove" aria-label={`Remove ${title} from saved`} title="Remove" onClick={() => onRemove(rec)}>
            <Icon name="trash" />
          </button>
        </div>
      </div>
      <div class="pc-item-meta">
        <span class="pc-item-date" title={`Saved ${exactTime(row.savedAt)}`}>Saved {savedDate(row.savedAt)}</span>
        <span aria-hidden="true" class="pc-sep">·</span>
        <span title={m.authors.join(', ')} class="pc-item-authors">
          {m.authors.length ? `${lastName(m.authors[0]!)}${m.authors.length > 1 ? ' et al.' : ''} ${year}` : year}
        </span>
        {topicIds.slice(0, 2).map((t) => (
          <span class={`pc-chip pc-topic pc-topic--${topics.color(t) ?? 'none'}`} key={t} title={topics.name(t)}>
            {topics.name(t)}
          </span>
        ))}
        {topicIds.length > 2 && (
          <span class="pc-chip pc-chip-more" title={topicIds.slice(2).map(topics.name).join(', ')}>
            +{topicIds.length - 2}
          </span>
        )}
      </div>
      <NoteField id={rec.id} title={title} note={noteOf(rec)} local={!!localOnly?.has(rec.id) && noteOf(rec) !== ''} onNote={onNote} />
    </li>
  );
}

/** Inline note editor: saves while you type (debounced), on Enter and on leaving the field. */
function NoteField({ id, title, note, local, onNote }: { id: string; title: string; note: string; local: boolean; onNote: SavedListProps['onNote'] }) {
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sent = useRef(note);

  // Follow changes made elsewhere (the page, another device) unless the user is typing here.
  useEffect(() => {
    if (!focused.current) setDraft(note);
    sent.current = note;
  }, [note]);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    if (value === sent.current) return;
    sent.current = value;
    setState('saving');
    onNote(id, value).then(
      () => setState('saved'),
      (e: unknown) => {
        sent.current = '';
        setState('error');
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div class={`pc-note pc-note-${state}${local ? ' pc-note-local' : ''}`}>
      <input
        class="pc-note-input"
        type="text"
        value={draft}
        maxLength={5000}
        placeholder="Add a note…"
        aria-label={`Note for ${title}`}
        title={state === 'error' ? `Not saved: ${error}` : draft}
        onFocus={() => (focused.current = true)}
        onBlur={(e) => {
          focused.current = false;
          commit(e.currentTarget.value);
        }}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setDraft(v);
          setState('idle');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(v), 800);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
          if (e.key === 'Escape' && draft !== sent.current) {
            // First Escape undoes the unsaved edit instead of closing the popup.
            e.preventDefault();
            clearTimeout(timer.current);
            setDraft(sent.current);
          }
        }}
      />
      <span class="pc-note-state" aria-live="polite">
        {state === 'saved' ? 'Saved' : state === 'error' ? 'Not saved' : local ? <span class="pc-local-tag" title="Too large for browser sync: this note stays on this device">This device only</span> : ''}
      </span>
    </div>
  );
}
