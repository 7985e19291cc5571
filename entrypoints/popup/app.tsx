// The popup: filters for the open papers page, and the saved list with export/import.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { filtersFor, filtersItem, forYouModelItem, parseSettings, settingsItem, syncStatusItem } from '../../utils/storage';
import { parseModel, readiness } from '../../utils/ranking';
import { DEFAULT_FILTERS, Filters, type ViewKind } from '../../utils/schema';
import type { SavedRecord, SavedState } from '../../utils/saved/model';
import { queueSaved } from '../../utils/saved/outbox';
import { useStorageItem } from '../../components/use-storage-item';
import { useTopics, type Topics } from '../../components/use-topics';
import { useSaved } from '../../components/use-saved';
import { querySaved, type SavedRow, type SavedSort } from '../../components/saved-query';
import { SavedList } from '../../components/saved-list';
import { FiltersFooter, FiltersPanel, viewName } from '../../components/filters-panel';
import { ExportMenu, useImport } from '../../components/import-export';
import { Icon } from '../../components/icons';
import { SyncLine } from '../../components/sync-status';
import { formatCount } from '../../components/format';
import { usePageState, type PageState } from './page-status';

type Tab = 'filters' | 'saved';

export function App() {
  const saved = useSaved();
  const { rows, dropped, loaded: savedLoaded, fresh } = saved;
  const topics = useTopics();
  const [page, refreshPage] = usePageState();
  const [tab, setTab] = useState<Tab | null>(null);
  // Until the tab's status is known (a few ms), no panel: showing Saved and then jumping to Filters would flicker.
  const shownTab: Tab | null = tab ?? (page.kind === 'loading' ? null : page.kind === 'ready' ? 'filters' : 'saved');

  // Ready = the saved list is loaded and the page status is known: the bench and tests wait for it.
  // (data-pc-fresh: the list now shows storage's value, not the snapshot.)
  const loaded = savedLoaded && page.kind !== 'loading';
  useEffect(() => {
    const root = document.documentElement;
    if (loaded && !root.dataset.pcReady) root.dataset.pcReady = String(Math.round(performance.now()));
    if (loaded && fresh && !root.dataset.pcFresh) root.dataset.pcFresh = String(Math.round(performance.now()));
  }, [loaded, fresh]);

  // After saving/unsaving (here or on the page), the page's hidden count may change ("saved only").
  useEffect(() => {
    if (fresh) refreshPage();
  }, [saved]);

  const tabs: { id: Tab; label: string; count?: number }[] = [
    { id: 'filters', label: 'Filters' },
    { id: 'saved', label: 'Saved', count: rows.length },
  ];
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next: Tab = shownTab === 'filters' ? 'saved' : 'filters';
    setTab(next);
    document.getElementById(`pc-tab-${next}`)?.focus();
  };

  return (
    <div class="pc-popup">
      <header class="pc-header">
        <img class="pc-logo" src="/icon/32.png" alt="" width={22} height={22} />
        <div class="pc-header-text">
          <h1>Papers Companion</h1>
          <PageLine page={page} />
        </div>
        <button type="button" class="pc-icon-btn" aria-label="Options" title="Options" onClick={() => void browser.runtime.openOptionsPage()}>
          <Icon name="gear" />
        </button>
      </header>

      <div class="pc-tabs" role="tablist" aria-label="Sections" onKeyDown={onTabKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`pc-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={shownTab === t.id}
            aria-controls={`pc-panel-${t.id}`}
            tabIndex={shownTab === t.id ? 0 : -1}
            class="pc-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {t.count !== undefined && <span class="pc-tab-count">{formatCount(t.count)}</span>}
          </button>
        ))}
      </div>

      {shownTab === null ? (
        <div class="pc-panel" />
      ) : shownTab === 'filters' ? (
        <div class="pc-panel" id="pc-panel-filters" role="tabpanel" aria-labelledby="pc-tab-filters">
          <FiltersTab page={page} topics={topics} onChanged={refreshPage} />
        </div>
      ) : (
        <div class="pc-panel pc-panel-saved" id="pc-panel-saved" role="tabpanel" aria-labelledby="pc-tab-saved">
          <SavedTab rows={rows} state={() => saved.state} dropped={dropped} topics={topics} loaded={savedLoaded} fresh={fresh} />
        </div>
      )}
    </div>
  );
}

function PageLine({ page }: { page: PageState }) {
  const text =
    page.kind === 'loading'
      ? 'Looking at this tab…'
      : page.kind === 'ready'
        ? `${viewName(page.info.kind)} · ${page.info.cards} papers${page.info.hidden ? ` · ${page.info.hidden} hidden` : ''}`
        : page.kind === 'not-papers'
          ? 'Not a papers page'
          : page.kind === 'no-script'
            ? 'Reload the page to connect'
            : 'Page not recognised';
  return (
    <p class={`pc-page-line pc-page-${page.kind}`} data-pc-page={page.kind}>
      <span class="pc-dot" aria-hidden="true" />
      {text}
    </p>
  );
}

function FiltersTab({ page, topics, onChanged }: { page: PageState; topics: Topics; onChanged(): void }) {
  const all = useStorageItem(filtersItem);
  const settings = parseSettings(useStorageItem(settingsItem));
  const model = useStorageItem(forYouModelItem);
  const forYou = useMemo(() => (model === undefined ? undefined : readiness(parseModel(model))), [model]);
  // The popup is the only writer of filters: once the user edits, its own copy leads, so a storage
  // echo of an older keystroke never rewinds the text box while typing.
  const [edited, setEdited] = useState<Filters | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  if (page.kind === 'loading') return <p class="pc-empty-line">Looking at this tab…</p>;
  if (page.kind === 'not-papers') {
    return (
      <div class="pc-state">
        <div class="pc-callout" data-pc-status="not-papers">
          <Icon name="info" />
          <div>
            <p>
              <strong>This tab is not a Hugging Face papers page.</strong>
            </p>
            <p>Filters work on huggingface.co/papers — trending, daily, weekly and monthly lists, and search.</p>
          </div>
        </div>
        <a class="pc-btn pc-btn-primary" href="https://huggingface.co/papers" target="_blank" rel="noreferrer">
          Open Daily Papers
        </a>
      </div>
    );
  }
  if (page.kind === 'no-script') {
    return (
      <div class="pc-state">
        <div class="pc-callout pc-callout-warn" data-pc-status="no-script">
          <Icon name="alert" />
          <p>
            <strong>Papers Companion is not running on this tab yet.</strong> Reload the page (it was probably open before the extension
            was installed or updated).
          </p>
        </div>
        <button type="button" class="pc-btn" onClick={() => void browser.tabs.reload(page.tabId).then(() => window.close())}>
          Reload the page
        </button>
      </div>
    );
  }
  if (page.kind === 'unrecognised') {
    return (
      <div class="pc-state">
        <div class="pc-callout pc-callout-warn" data-pc-status="unrecognised">
          <Icon name="alert" />
          <p>
            <strong>This page was not recognised.</strong> Hugging Face may have changed its layout, so Papers Companion left it alone and
            filters are off here. Your saved papers are still available.
          </p>
        </div>
      </div>
    );
  }
  if (page.info.kind === 'other' || page.info.kind === 'paper') {
    return (
      <div class="pc-state">
        <div class="pc-callout" data-pc-status="single-paper">
          <Icon name="info" />
          <p>Filters apply to lists of papers. Open a daily, weekly, monthly or trending list to use them.</p>
        </div>
      </div>
    );
  }

  const kind: ViewKind = page.info.kind;
  const filters = edited ?? (all === undefined ? DEFAULT_FILTERS : filtersFor(all, kind));
  const write = (next: Filters) => {
    setEdited(next);
    void filtersItem.getValue().then((cur) => filtersItem.setValue({ ...cur, [kind]: next }));
    // Ask the page for its new counts once the content script has applied the change.
    clearTimeout(timer.current);
    timer.current = setTimeout(onChanged, 150);
  };
  return (
    <>
      <div class="pc-scroll">
        <FiltersPanel
          info={page.info}
          filters={filters}
          topics={topics}
          order={{ forYou: settings.forYou && forYou ? forYou : null, rising: settings.momentum }}
          onChange={(patch) => write(Filters.parse({ ...filters, ...patch }))}
        />
      </div>
      {/* Reset clears what hides cards; the order and "show dismissed" are not filters. */}
      <FiltersFooter
        info={page.info}
        filters={filters}
        onReset={() => write({ ...DEFAULT_FILTERS, showDismissed: filters.showDismissed, sortForYou: filters.sortForYou, sortRising: filters.sortRising })}
      />
    </>
  );
}

/** `state` hands out every record by id (built on first use when the list came from the snapshot). */
function SavedTab(props: { rows: SavedRow[]; state(): SavedState; dropped: number; topics: Topics; loaded: boolean; fresh: boolean }) {
  const { rows, state, dropped, topics, loaded, fresh } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SavedSort>('saved');
  const shown = useMemo(() => querySaved(rows, query, sort, topics.name), [rows, query, sort, topics]);
  const [removed, setRemoved] = useState<SavedRecord | null>(null);
  const [error, setError] = useState('');
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;
  const imp = useImport(() => stateRef.current());
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const sync = useStorageItem(syncStatusItem);
  const localOnly = useMemo(() => new Set(sync?.localOnlyNotes ?? []), [sync]);
  const titleOf = (id: string) => state()[id]?.meta.v.title.trim() || `arXiv:${id}`;

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const remove = (rec: SavedRecord) => {
    setError('');
    // Through the storage outbox: the change lands even if the popup closes at once.
    queueSaved({ kind: 'set', data: { id: rec.id, saved: false } }).then(() => {
      setRemoved(rec);
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setRemoved(null), 8000);
    }, fail);
  };
  const undo = () => {
    if (!removed) return;
    // The stored record (whole, with its summary) once storage has answered; the list's copy before.
    const { savedAt: _date, ...meta } = (stateRef.current()[removed.id] ?? removed).meta.v;
    queueSaved({ kind: 'set', data: { id: removed.id, saved: true, meta } }).then(() => setRemoved(null), fail);
  };
  const note = (id: string, text: string) => queueSaved({ kind: 'note', data: { id, note: text } });

  return (
    <>
      <div class="pc-toolbar">
        <div class="pc-search">
          <Icon name="search" />
          <input
            class="pc-input pc-input-search"
            type="search"
            placeholder="Search saved papers…"
            aria-label="Search saved papers by title, authors, note and topics"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <select class="pc-select" aria-label="Sort saved papers" value={sort} onChange={(e) => setSort(e.currentTarget.value as SavedSort)}>
          <option value="saved">Date saved</option>
          <option value="published">Published</option>
        </select>
      </div>
      <div class="pc-toolbar pc-toolbar-2">
        <span class="pc-count-line" aria-live="polite">
          {query.trim() ? `${formatCount(shown.length)} of ${formatCount(rows.length)} match` : `${formatCount(rows.length)} saved`}
        </span>
        <div class="pc-toolbar-actions">
          <ExportMenu
            records={() => shownRef.current.map((r) => r.rec)}
            topicName={topics.name}
            disabled={!fresh}
            heading={query.trim() ? `Export the ${formatCount(shown.length)} matching “${query.trim()}”` : `Export all ${formatCount(rows.length)} saved`}
          />
          {imp.button}
        </div>
      </div>
      {imp.panel}
      {dropped > 0 && (
        <div class="pc-callout pc-callout-warn pc-dropped" role="status">
          <Icon name="alert" />
          <p>
            {dropped} saved {dropped === 1 ? 'item was' : 'items were'} unreadable (damaged data) and {dropped === 1 ? 'is' : 'are'} not shown.
          </p>
        </div>
      )}
      {error && (
        <div class="pc-callout pc-callout-error" role="alert">
          <Icon name="alert" />
          <p>{error}</p>
        </div>
      )}
      {/* An empty snapshot may just be old: say "nothing saved" only once storage agrees. */}
      {!loaded || (rows.length === 0 && !fresh) ? null : rows.length === 0 ? (
        <div class="pc-empty">
          <Icon name="bookmark" class="pc-empty-icon" />
          <p>
            <strong>No saved papers yet</strong>
          </p>
          <p>Use the bookmark button on a paper card to keep it here, or import a list.</p>
        </div>
      ) : shown.length === 0 ? (
        <p class="pc-empty-line">No saved paper matches “{query}”.</p>
      ) : (
        <SavedList rows={shown} topics={topics} localOnly={localOnly} onRemove={remove} onNote={note} />
      )}
      <SyncLine status={sync} titleOf={titleOf} />
      {removed && (
        <div class="pc-toast" role="status">
          <span>Removed “{removed.meta.v.title || removed.id}”</span>
          <button type="button" class="pc-btn pc-btn-sm pc-btn-ghost pc-undo" onClick={undo}>
            Undo
          </button>
        </div>
      )}
    </>
  );
}
