// Export the saved list as a file, and import one after a preview of what it will change.
import { useRef, useState } from 'preact/hooks';
import type { SavedRecord, SavedState } from '../utils/saved/model';
import { EXPORT_FILES, exportFileName, exportText, type ExportKind } from '../utils/export';
// The import parser (and its schemas) is loaded when a file is chosen, not with the popup.
import type { ImportPreview } from '../utils/import';
import { sendMessage } from '../utils/messages';
import { MenuButton } from './menu-button';
import { Icon } from './icons';

function download(name: string, mime: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `records` is called on export, so the file holds exactly what the list shows then; `heading` says what that is. */
export function ExportMenu({ records, topicName, heading, disabled }: { records: () => SavedRecord[]; topicName(id: string): string; heading?: string; disabled?: boolean }) {
  const save = (kind: ExportKind) => {
    const f = EXPORT_FILES[kind];
    download(exportFileName(kind), f.mime, exportText(kind, records(), topicName));
  };
  return (
    <MenuButton
      label="Export saved papers"
      heading={heading}
      disabled={disabled}
      items={(Object.keys(EXPORT_FILES) as ExportKind[]).map((k) => ({ label: EXPORT_FILES[k].label, hint: `.${EXPORT_FILES[k].ext}`, onSelect: () => save(k) }))}
    >
      <Icon name="download" />
      Export
    </MenuButton>
  );
}

/** The preview, with its problems already put into words. */
type Previewed = { file: string; preview: ImportPreview; problems: string[] };
type ImportState =
  | ({ step: 'preview' } & Previewed)
  | ({ step: 'importing' } & Previewed)
  | { step: 'done'; file: string; added: number; updated: number }
  | { step: 'failed'; file: string; message: string };

/** The Import button and, once a file is chosen, its preview panel (rendered where `children` asks). */
export function useImport(current: () => SavedState) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState | null>(null);

  const onFile = async (file: File) => {
    try {
      const [text, { previewImport, describeError }] = await Promise.all([file.text(), import('../utils/import')]);
      const preview = previewImport(text, current());
      setState({ step: 'preview', file: file.name, preview, problems: preview.errors.map(describeError) });
    } catch (e) {
      setState({ step: 'failed', file: file.name, message: e instanceof Error ? e.message : String(e) });
    }
  };
  const confirm = async () => {
    if (state?.step !== 'preview') return;
    setState({ ...state, step: 'importing' });
    try {
      const res = await sendMessage('saved.import', { items: state.preview.items });
      setState({ step: 'done', file: state.file, added: res.added, updated: res.updated });
    } catch (e) {
      setState({ step: 'failed', file: state.file, message: e instanceof Error ? e.message : String(e) });
    }
  };
  const close = () => setState(null);

  const button = (
    <>
      <button type="button" class="pc-btn pc-btn-sm" onClick={() => input.current?.click()}>
        <Icon name="upload" />
        Import
      </button>
      <input
        ref={input}
        type="file"
        class="pc-sr-only"
        tabIndex={-1}
        aria-label="Import saved papers from a file (Papers Companion JSON, or a list of arXiv ids or URLs)"
        accept=".json,.txt,.md,.csv,.bib,application/json,text/plain"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) void onFile(f);
        }}
      />
    </>
  );
  const panel = state && <ImportPanel state={state} onConfirm={confirm} onClose={close} />;
  return { button, panel };
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function ImportPanel({ state, onConfirm, onClose }: { state: ImportState; onConfirm(): void; onClose(): void }) {
  if (state.step === 'done') {
    return (
      <div class="pc-callout pc-callout-ok pc-import" role="status">
        <Icon name="check" />
        <p>
          Imported from <strong>{state.file}</strong>: {plural(state.added, 'paper')} added, {state.updated} updated.
        </p>
        <button type="button" class="pc-icon-btn" aria-label="Dismiss" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
    );
  }
  if (state.step === 'failed') {
    return (
      <div class="pc-callout pc-callout-error pc-import" role="alert">
        <Icon name="alert" />
        <p>
          Import failed, nothing changed: {state.message}
        </p>
        <button type="button" class="pc-icon-btn" aria-label="Dismiss" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
    );
  }
  const p = state.preview;
  if (state.problems.length) {
    return (
      <div class="pc-callout pc-callout-error pc-import" role="alert" data-pc-import="error">
        <Icon name="alert" />
        <div class="pc-import-body">
          <p>
            <strong>Nothing imported.</strong> {state.file} has {plural(state.problems.length, 'problem')}:
          </p>
          <ul>
            {state.problems.slice(0, 8).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
            {state.problems.length > 8 && <li>…and {state.problems.length - 8} more</li>}
          </ul>
        </div>
        <button type="button" class="pc-icon-btn" aria-label="Dismiss" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
    );
  }
  const changes = p.add.length + p.update.length;
  return (
    <div class="pc-callout pc-import" role="region" aria-label="Import preview" data-pc-import="preview">
      <Icon name="upload" />
      <div class="pc-import-body">
        <p>
          <strong>{state.file}</strong> ({p.format === 'json' ? 'Papers Companion JSON' : 'list of papers'}):
        </p>
        <p class="pc-import-counts">
          <span data-count="add">{plural(p.add.length, 'new paper')}</span> · <span data-count="update">{p.update.length} updated</span> ·{' '}
          <span data-count="unchanged">{p.unchanged.length} already saved</span>
        </p>
        {changes === 0 ? (
          <p>Nothing to import: you already have everything in this file.</p>
        ) : (
          <p class="pc-hint">Merges into your saved papers; nothing is removed.</p>
        )}
        <div class="pc-import-actions">
          {changes > 0 && (
            <button type="button" class="pc-btn pc-btn-primary pc-btn-sm" onClick={onConfirm} disabled={state.step === 'importing'}>
              {state.step === 'importing' ? 'Importing…' : `Import ${plural(changes, 'paper')}`}
            </button>
          )}
          <button type="button" class="pc-btn pc-btn-sm" onClick={onClose}>
            {changes === 0 ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </div>
  );
}
