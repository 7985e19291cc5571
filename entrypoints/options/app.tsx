// Options: topics, what counts as seen, private windows, history, saved papers, sync status.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { forYouModelItem, parseSettings, settingsItem, syncStatusItem, updateSettings } from '../../utils/storage';
import { parseModel } from '../../utils/ranking';
import type { Settings } from '../../utils/schema';
import { request, sendMessage, type SyncStatus } from '../../utils/messages';
import { useStorageItem } from '../../components/use-storage-item';
import { useTopics } from '../../components/use-topics';
import { useSaved } from '../../components/use-saved';
import { ExportMenu, useImport } from '../../components/import-export';
import { Icon } from '../../components/icons';
import { TopicEditor } from '../../components/topic-editor';
import { fmtBytes, SYNC_STATE_TEXT } from '../../components/sync-status';

const SECTIONS = [
  ['topics', 'Topics'],
  ['page', 'On the page'],
  ['seen', 'Seen papers'],
  ['private', 'Private windows'],
  ['history', 'History'],
  ['saved', 'Saved papers'],
  ['sync', 'Sync'],
] as const;

export function App() {
  const raw = useStorageItem(settingsItem);
  const settings = parseSettings(raw);
  const [error, setError] = useState('');
  const set = (patch: Partial<Settings>) => {
    setError('');
    updateSettings(patch).catch((e: unknown) => setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`));
  };
  if (raw === undefined) return null;

  return (
    <div class="pc-options">
      <header class="pc-options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1>Papers Companion</h1>
          <p>Settings are saved as you change them.</p>
        </div>
      </header>
      <div class="pc-options-body">
        <nav class="pc-nav" aria-label="Sections">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
        <main class="pc-sections">
          {error && (
            <div class="pc-callout pc-callout-error" role="alert">
              <Icon name="alert" />
              <p>{error}</p>
            </div>
          )}
          <Section id="topics" title="Topics" lead="Rename, hide, recolour or add topics. Chips on the page and the popup's filters use these.">
            <TopicEditor />
          </Section>

          <Section id="page" title="On the page" lead="What Papers Companion adds to huggingface.co/papers.">
            <Toggle label="Topic chips on cards" checked={settings.showTopics} onChange={(v) => set({ showTopics: v })} />
            <Toggle label="Keyboard shortcuts on the papers page" checked={settings.keyboard} onChange={(v) => set({ keyboard: v })} />
            <Toggle label="For-you ordering option" checked={settings.forYou} onChange={(v) => set({ forYou: v })} />
            <ForgetInterests />
            <Toggle label="Momentum badge (upvotes gained since your last visit)" checked={settings.momentum} onChange={(v) => set({ momentum: v })} />
            {settings.momentum && (
              <label class="pc-field">
                <span>Show momentum from</span>
                <input
                  class="pc-input pc-input-num"
                  type="number"
                  min={1}
                  value={settings.momentumMin}
                  onChange={(e) => set({ momentumMin: Math.max(1, Math.round(Number(e.currentTarget.value) || 1)) })}
                />
                <span class="pc-hint">new upvotes</span>
              </label>
            )}
          </Section>

          <Section id="seen" title="Seen papers" lead="A card counts as seen when enough of it stays on screen long enough.">
            <Range
              label="Share of the card on screen"
              min={10}
              max={100}
              step={5}
              value={Math.round(settings.seenThreshold * 100)}
              format={(v) => `${v}%`}
              onChange={(v) => set({ seenThreshold: v / 100 })}
            />
            <Range
              label="For at least"
              min={0}
              max={5000}
              step={250}
              value={settings.seenDwellMs}
              format={(v) => (v === 0 ? 'any time' : `${(v / 1000).toFixed(v % 1000 ? 2 : 0).replace(/0$/, '')} s`)}
              onChange={(v) => set({ seenDwellMs: v })}
            />
          </Section>

          <Section id="private" title="Private windows" lead="By default nothing is recorded in private (incognito) windows.">
            <Toggle label="Record seen and opened papers in private windows" checked={settings.recordInPrivate} onChange={(v) => set({ recordInPrivate: v })} />
            <p class="pc-hint">
              The browser runs extensions in private windows only if you allow it on its extensions page (“Allow in Incognito” / “Run in
              Private Windows”).
            </p>
          </Section>

          <Section id="history" title="History" lead="Which papers you have seen and opened. Stored on this device only.">
            <HistorySection retentionDays={settings.retentionDays} onRetention={(d) => set({ retentionDays: d })} />
          </Section>

          <Section id="saved" title="Saved papers">
            <SavedSection />
          </Section>

          <Section id="sync" title="Sync" lead="Saved papers and settings sync through your browser account's sync storage.">
            <SyncSection />
          </Section>
        </main>
      </div>
    </div>
  );
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ComponentChildren }) {
  return (
    <section class="pc-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <p class="pc-lead">{lead}</p>}
      <div class="pc-section-body">{children}</div>
    </section>
  );
}

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label class="pc-switch">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

function Range(props: { label: string; min: number; max: number; step: number; value: number; format(v: number): string; onChange(v: number): void }) {
  // Shows the value while dragging; writes storage when the thumb is released.
  const [v, setV] = useState(props.value);
  useEffect(() => setV(props.value), [props.value]);
  return (
    <label class="pc-range">
      <span>{props.label}</span>
      <input
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={v}
        aria-valuetext={props.format(v)}
        onInput={(e) => setV(Number(e.currentTarget.value))}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
      <output>{props.format(v)}</output>
    </label>
  );
}

/** What the on-device "for you" model has learned, and the button that forgets it. */
function ForgetInterests() {
  const model = useStorageItem(forYouModelItem);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const n = model === undefined ? undefined : parseModel(model).n;
  const forget = async () => {
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    try {
      await request('ranking.reset', {});
      setDone('Forgotten: the “for you” order starts again from your next saves and opens.');
    } catch (e) {
      setDone(`Could not forget: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div class="pc-row pc-foryou-reset">
      <p class="pc-stat" data-pc-foryou-signals={n}>
        {n === undefined ? 'Counting…' : n === 0 ? 'Nothing learned yet.' : `Learned from ${n.toLocaleString()} ${n === 1 ? 'signal' : 'signals'} (saves, opens, dismissals), on this device only.`}
      </p>
      <button type="button" class="pc-btn pc-btn-danger" disabled={!n && !confirming} onClick={() => void forget()} onBlur={() => setConfirming(false)}>
        {confirming ? 'Click again to forget' : 'Forget my interests'}
      </button>
      {done && (
        <p class="pc-done" role="status">
          {done}
        </p>
      )}
    </div>
  );
}

const RETENTION = [
  [0, 'Keep everything'],
  [30, '30 days'],
  [90, '90 days'],
  [180, '6 months'],
  [365, '1 year'],
] as const;

function HistorySection({ retentionDays, onRetention }: { retentionDays: number; onRetention(d: number): void }) {
  const [stats, setStats] = useState<{ papers: number; oldest?: number } | null | 'error'>(null);
  const [confirming, setConfirming] = useState<'all' | 'old' | null>(null);
  const [done, setDone] = useState('');
  const [olderThan, setOlderThan] = useState(30);
  const load = () => sendMessage('history.stats', {}).then(setStats, () => setStats('error'));
  useEffect(() => void load(), []);

  const clear = async (which: 'all' | 'old') => {
    if (confirming !== which) return setConfirming(which);
    setConfirming(null);
    try {
      const n = await sendMessage('history.clear', which === 'all' ? {} : { olderThanDays: olderThan });
      setDone(`Cleared ${n.toLocaleString()} ${n === 1 ? 'paper' : 'papers'} from history.`);
      void load();
    } catch (e) {
      setDone(`Could not clear history: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <p class="pc-stat" aria-live="polite">
        {stats === null
          ? 'Counting…'
          : stats === 'error'
            ? 'History is not available right now.'
            : `${stats.papers.toLocaleString()} papers in history${stats.oldest ? `, since ${new Date(stats.oldest).toLocaleDateString()}` : ''}.`}
      </p>
      <label class="pc-field">
        <span>Forget papers after</span>
        <select class="pc-select" value={retentionDays} onChange={(e) => onRetention(Number(e.currentTarget.value))}>
          {RETENTION.map(([d, label]) => (
            <option key={d} value={d}>
              {label}
            </option>
          ))}
          {!RETENTION.some(([d]) => d === retentionDays) && <option value={retentionDays}>{retentionDays} days</option>}
        </select>
      </label>
      <div class="pc-row">
        <label class="pc-field">
          <span>Clear papers not seen for</span>
          <input class="pc-input pc-input-num" type="number" min={1} value={olderThan} onChange={(e) => setOlderThan(Math.max(1, Math.round(Number(e.currentTarget.value) || 1)))} />
          <span>days</span>
        </label>
        <button type="button" class="pc-btn" onClick={() => void clear('old')} onBlur={() => confirming === 'old' && setConfirming(null)}>
          {confirming === 'old' ? 'Click again to clear' : 'Clear'}
        </button>
      </div>
      <div class="pc-row">
        <button type="button" class="pc-btn pc-btn-danger" onClick={() => void clear('all')} onBlur={() => confirming === 'all' && setConfirming(null)}>
          {confirming === 'all' ? 'Click again to clear all history' : 'Clear all history'}
        </button>
        <span class="pc-hint">Saved papers and notes are kept.</span>
      </div>
      {done && (
        <p class="pc-done" role="status">
          {done}
        </p>
      )}
    </>
  );
}

function SavedSection() {
  const { state, dropped, records, fresh } = useSaved();
  const topics = useTopics();
  const stateRef = useRef(state);
  stateRef.current = state;
  const imp = useImport(() => stateRef.current);
  return (
    <>
      <div class="pc-row">
        <p class="pc-stat">{records.length.toLocaleString()} saved papers.</p>
        <ExportMenu records={() => records} topicName={topics.name} disabled={!fresh} heading={`Export all ${records.length.toLocaleString()} saved`} />
        {imp.button}
      </div>
      <p class="pc-hint">Export as BibTeX, Markdown or JSON. Import a Papers Companion JSON file or a list of arXiv ids or URLs; imports merge, nothing is removed.</p>
      {dropped > 0 && (
        <div class="pc-callout pc-callout-warn" role="status">
          <Icon name="alert" />
          <p>
            {dropped} saved {dropped === 1 ? 'item was' : 'items were'} unreadable (damaged data) and left out.
          </p>
        </div>
      )}
      {imp.panel}
    </>
  );
}

function SyncSection() {
  const stored = useStorageItem(syncStatusItem);
  const [asked, setAsked] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    sendMessage('sync.status', {}).then(setAsked, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  // The stored status is the freshest once the background writes it again.
  const status = stored ?? asked;
  const now = async () => {
    setBusy(true);
    setError('');
    try {
      setAsked(await sendMessage('sync.now', {}));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  if (!status) return <p class="pc-stat">{error ? 'Sync status is not available right now.' : 'Checking…'}</p>;
  const pct = status.bytesQuota ? Math.min(100, (status.bytesUsed / status.bytesQuota) * 100) : 0;
  return (
    <>
      <p class={`pc-sync pc-sync-${status.state}`} data-pc-sync={status.state}>
        <span class="pc-dot" aria-hidden="true" />
        <strong>{SYNC_STATE_TEXT[status.state]}</strong>
        {status.lastSyncAt ? <span class="pc-hint"> · last synced {new Date(status.lastSyncAt).toLocaleString()}</span> : null}
      </p>
      {status.message && <p class="pc-hint">{status.message}</p>}
      <div class="pc-meter" role="meter" aria-label="Sync storage used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}>
        <div class="pc-meter-fill" style={{ width: `${pct}%` }} />
      </div>
      <p class="pc-hint">
        {fmtBytes(status.bytesUsed)} of {fmtBytes(status.bytesQuota)} used · {status.items.toLocaleString()} items
      </p>
      {status.localOnlyNotes.length > 0 && (
        <div class="pc-callout pc-callout-warn">
          <Icon name="info" />
          <p>
            {status.localOnlyNotes.length} {status.localOnlyNotes.length === 1 ? 'note is' : 'notes are'} too large for sync and
            {status.localOnlyNotes.length === 1 ? ' stays' : ' stay'} on this device only.
          </p>
        </div>
      )}
      <div class="pc-row">
        <button type="button" class="pc-btn" onClick={() => void now()} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        {error && <span class="pc-error-text">{error}</span>}
      </div>
    </>
  );
}
