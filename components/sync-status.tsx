// The sync status as people read it: the words for each state and the bytes used, shared by the
// options page's Sync section and the popup's one-line footer (which also lists the notes kept local).
import { useState } from 'preact/hooks';
import type { SyncStatus } from '../utils/messages';
import { Icon } from './icons';
import { formatCount } from './format';

/** "512 B", "12.3 KB", "100 KB". */
export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
}

export const SYNC_STATE_TEXT: Record<SyncStatus['state'], string> = {
  ok: 'Syncing',
  off: 'Sync is off in this browser',
  error: 'Sync error',
  quota: 'Sync storage is full',
};

/** The popup's short words for the state: what happens to the user's data. */
const SHORT: Record<SyncStatus['state'], string> = {
  ok: 'Synced',
  off: 'Sync off — saved on this device',
  error: 'Sync error — saved on this device',
  quota: 'Sync full',
};

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What stays on this device when sync is full ("3 notes kept on this device only"). */
export function localOnlyText(s: SyncStatus): string | undefined {
  if (s.state !== 'quota') return undefined;
  return s.localOnlyNotes.length ? `${plural(s.localOnlyNotes.length, 'note')} kept on this device only` : 'some papers kept on this device only';
}

/**
 * The popup's sync line: state and bytes used; when sync is full, which notes stay on this device
 * (their papers' titles on expand); any other detail the background gave in `message`.
 */
export function SyncLine({ status, titleOf }: { status: SyncStatus | null | undefined; titleOf(id: string): string }) {
  const [open, setOpen] = useState(false);
  if (status === undefined) return null;
  if (status === null) {
    return (
      <div class="pc-sync-line" data-pc-sync="unknown">
        <span class="pc-dot" aria-hidden="true" />
        <span class="pc-sync-text">Sync has not run yet — saved on this device</span>
      </div>
    );
  }
  const local = localOnlyText(status);
  const details = status.state !== 'ok' || status.localOnlyNotes.length > 0;
  return (
    <div class={`pc-sync-line pc-sync-${status.state}`} data-pc-sync={status.state}>
      <div class="pc-sync-row">
        <span class="pc-dot" aria-hidden="true" />
        <span class="pc-sync-text" role="status">
          <strong>{SHORT[status.state]}</strong>
          {local && ` — ${local}`}
          <span class="pc-sync-bytes">
            {' · '}
            {fmtBytes(status.bytesUsed)} of {fmtBytes(status.bytesQuota)}
          </span>
        </span>
        {details && (
          <button type="button" class="pc-btn pc-btn-sm pc-btn-ghost pc-sync-more" aria-expanded={open} aria-controls="pc-sync-details" onClick={() => setOpen(!open)}>
            {status.localOnlyNotes.length ? 'Which?' : 'Why?'}
            <Icon name="chevron" class={`pc-icon pc-icon-xs pc-chevron${open ? ' pc-chevron-up' : ''}`} />
          </button>
        )}
      </div>
      {details && open && (
        <div class="pc-sync-details" id="pc-sync-details">
          {status.message && <p>{status.message}</p>}
          {status.localOnlyNotes.length > 0 && (
            <>
              <p>Notes too large for browser sync, kept on this device only:</p>
              <ul aria-label="Notes kept on this device only">
                {status.localOnlyNotes.map((id) => (
                  <li key={id}>{titleOf(id)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
