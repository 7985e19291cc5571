// Options-page editor for the topic taxonomy: rename, recolour or hide topics, add or remove phrases, add topics
// of your own. Every change is checked first (a clear message, nothing written, when it is invalid) and then
// written to the `sync:topicEdits` item; open pages follow through storage change events.
import { useRef, useState } from 'preact/hooks';
import { builtinPhrases, effectiveTopics, type TopicDef } from '../utils/topics';
import { LIMITS, PALETTE, editsBytes, parseTopicEdits, samePhrase, validateEdit, type TopicEdit, type TopicEdits } from '../utils/topics/edits';
import { topicEditsItem } from '../utils/topics/storage';
import { useStorageItem } from './use-storage-item';

type Message = { where: string; text: string; ok?: boolean };

export function TopicEditor() {
  const raw = useStorageItem(topicEditsItem);
  const [message, setMessage] = useState<Message | null>(null);
  if (raw === undefined) return <p class="pc-hint">Loading topics…</p>;
  const { edits, errors } = parseTopicEdits(raw);
  const topics = effectiveTopics(edits);

  /** Validates against the latest stored edits (another window may have changed them), then writes. */
  const commit = async (where: string, edit: TopicEdit, done?: string): Promise<boolean> => {
    const current = parseTopicEdits(await topicEditsItem.getValue()).edits;
    const r = validateEdit(current, edit, builtinPhrases);
    if (r.error !== undefined) {
      setMessage({ where, text: r.error });
      return false;
    }
    await topicEditsItem.setValue(r.edits);
    setMessage(done ? { where, text: done, ok: true } : null);
    return true;
  };

  const bytes = editsBytes(edits);
  return (
    <div class="pc-topic-editor">
      {errors.length > 0 && (
        <div class="pc-callout pc-callout-warn" role="status">
          <div>
            <p><strong>Some saved topic edits could not be used and were left out:</strong></p>
            <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
          </div>
        </div>
      )}
      <ul class="pc-topic-editor-list">
        {topics.map((t) => (
          <TopicRow key={t.id} topic={t} edits={edits} message={message?.where === t.id ? message : null} commit={commit} />
        ))}
      </ul>
      <AddTopicForm message={message?.where === 'new' ? message : null} commit={commit} />
      <p class="pc-hint pc-topic-editor-usage">
        Your edits use {bytes.toLocaleString()} of {LIMITS.bytes.toLocaleString()} bytes of browser sync space.
      </p>
    </div>
  );
}

function TopicRow({ topic: t, edits, message, commit }: {
  topic: TopicDef;
  edits: TopicEdits;
  message: Message | null;
  commit: (where: string, edit: TopicEdit, done?: string) => Promise<boolean>;
}) {
  const [name, setName] = useState(t.name);
  const [phrase, setPhrase] = useState('');
  // Phrase lists are long: render them only once the user opens them.
  const [open, setOpen] = useState(false);
  // Follow renames made elsewhere (another options window, a reset), without touching what the user is typing.
  const shownName = useRef(t.name);
  if (shownName.current !== t.name) {
    shownName.current = t.name;
    if (name !== t.name) setName(t.name);
  }
  const own = t.builtin ? undefined : edits.custom.find((c) => c.id === t.id);
  const b = t.builtin ? edits.builtin[t.id] : undefined;
  const removed = b?.remove ?? [];
  const builtin = t.builtin ? builtinPhrases(t.id) : [];
  const added = t.builtin ? b?.add ?? [] : own?.phrases ?? [];
  const isRemoved = (p: string) => removed.some((r) => samePhrase(r, p));
  const msgId = `pc-topic-msg-${t.id}`;

  const rename = (e: Event) => {
    e.preventDefault();
    if (name.trim() === t.name) return;
    void commit(t.id, { kind: 'rename', id: t.id, name }, `Renamed to “${name.trim()}”.`).then((ok) => { if (!ok) setName(t.name); });
  };
  const addPhrase = (e: Event) => {
    e.preventDefault();
    void commit(t.id, { kind: 'add-phrase', id: t.id, phrase }, `Added “${phrase.trim()}”.`).then((ok) => ok && setPhrase(''));
  };

  return (
    <li class={`pc-topic-editor-item${t.hidden ? ' pc-topic-editor-item--hidden' : ''}`} data-pc-topic={t.id}>
      <div class="pc-topic-editor-head">
        <span class={`pc-chip pc-topic pc-topic--${t.color}`} data-pc-color={t.color}>{t.name}</span>
        {!t.builtin && <span class="pc-hint">your topic</span>}
        <form class="pc-topic-editor-rename" onSubmit={rename}>
          <label class="pc-sr-only" for={`pc-name-${t.id}`}>Name of {t.name}</label>
          <input
            id={`pc-name-${t.id}`}
            class="pc-input"
            value={name}
            maxLength={LIMITS.nameMax + 10}
            aria-describedby={message ? msgId : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button class="pc-btn pc-btn-sm" type="submit" disabled={name.trim() === t.name}>Rename</button>
        </form>
        <label class="pc-topic-editor-color">
          <span class="pc-sr-only">Colour of {t.name}</span>
          <select class="pc-select" value={t.color} onChange={(e) => void commit(t.id, { kind: 'color', id: t.id, color: e.currentTarget.value as TopicDef['color'] })}>
            {PALETTE.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label class="pc-switch">
          <input type="checkbox" checked={!t.hidden} onChange={(e) => void commit(t.id, { kind: 'hide', id: t.id, hidden: !e.currentTarget.checked })} />
          <span>Show on cards</span>
        </label>
        {t.builtin && b && (
          <button class="pc-btn pc-btn-sm pc-btn-ghost" type="button" onClick={() => void commit(t.id, { kind: 'reset-topic', id: t.id }, `“${t.name}” is back to its defaults.`)}>
            Reset
          </button>
        )}
        {!t.builtin && (
          <button class="pc-btn pc-btn-sm pc-btn-danger" type="button" onClick={() => void commit(t.id, { kind: 'delete-topic', id: t.id })}>
            Delete
          </button>
        )}
      </div>
      {t.definition && <p class="pc-hint pc-topic-editor-definition">{t.definition}</p>}
      {message && (
        <p id={msgId} class={message.ok ? 'pc-done' : 'pc-error-text'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>
      )}
      <details class="pc-topic-editor-phrases" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Phrases ({builtin.length - removed.length + added.length}{added.length ? `, ${added.length} yours` : ''}{removed.length ? `, ${removed.length} removed` : ''})
        </summary>
        {open && added.length > 0 && (
          <ul class="pc-phrase-list pc-phrase-list--yours" aria-label={`Your phrases for ${t.name}`}>
            {added.map((p) => (
              <li key={p} class="pc-phrase pc-phrase--yours">
                <span>{p}</span>
                <button class="pc-icon-btn" type="button" aria-label={`Remove phrase “${p}”`} onClick={() => void commit(t.id, { kind: 'remove-phrase', id: t.id, phrase: p })}>×</button>
              </li>
            ))}
          </ul>
        )}
        {open && builtin.length > 0 && (
          <ul class="pc-phrase-list" aria-label={`Built-in phrases for ${t.name}`}>
            {builtin.map((p) =>
              isRemoved(p) ? (
                <li key={p} class="pc-phrase pc-phrase--removed">
                  <s>{p}</s>
                  <button class="pc-btn pc-btn-sm pc-btn-ghost" type="button" aria-label={`Restore phrase “${p}”`} onClick={() => void commit(t.id, { kind: 'restore-phrase', id: t.id, phrase: p })}>Restore</button>
                </li>
              ) : (
                <li key={p} class="pc-phrase">
                  <span>{p}</span>
                  <button class="pc-icon-btn" type="button" aria-label={`Remove phrase “${p}”`} onClick={() => void commit(t.id, { kind: 'remove-phrase', id: t.id, phrase: p })}>×</button>
                </li>
              ),
            )}
          </ul>
        )}
        <form class="pc-topic-editor-add-phrase" onSubmit={addPhrase}>
          <label for={`pc-phrase-${t.id}`}>Add a phrase</label>
          <input
            id={`pc-phrase-${t.id}`}
            class="pc-input"
            placeholder="e.g. tensor network, superconduct*"
            value={phrase}
            onInput={(e) => setPhrase(e.currentTarget.value)}
          />
          <button class="pc-btn pc-btn-sm" type="submit" disabled={!phrase.trim()}>Add</button>
        </form>
        <p class="pc-hint">A phrase matches whole words, plurals included; end a word with * to match its longer forms.</p>
      </details>
    </li>
  );
}

function AddTopicForm({ message, commit }: { message: Message | null; commit: (where: string, edit: TopicEdit, done?: string) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [phrases, setPhrases] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const list = phrases.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
    void commit('new', { kind: 'add-topic', name, phrases: list }, `Added the topic “${name.trim()}”.`).then((ok) => {
      if (ok) { setName(''); setPhrases(''); }
    });
  };
  return (
    <form class="pc-topic-editor-new" onSubmit={submit} aria-label="Add a topic">
      <h3>Add a topic</h3>
      <label for="pc-new-topic-name">Name</label>
      <input id="pc-new-topic-name" class="pc-input" value={name} placeholder="e.g. Tensor networks" onInput={(e) => setName(e.currentTarget.value)} />
      <label for="pc-new-topic-phrases">Phrases (comma or line separated)</label>
      <textarea
        id="pc-new-topic-phrases"
        class="pc-input pc-textarea"
        rows={3}
        value={phrases}
        placeholder="tensor network, matrix product state*, DMRG"
        onInput={(e) => setPhrases(e.currentTarget.value)}
      />
      {message && <p class={message.ok ? 'pc-done' : 'pc-error-text'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <button class="pc-btn pc-btn-primary" type="submit">Add topic</button>
    </form>
  );
}
