// What is open in the tab the popup is about: a papers page (and what the content script says about
// it), a papers page the script could not read, or something else.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type PageInfo } from '../../utils/messages';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; info: PageInfo }
  | { kind: 'unrecognised'; tabId: number; info: PageInfo }
  /** A papers URL whose content script does not answer (opened before install, or still loading). */
  | { kind: 'no-script'; tabId: number }
  | { kind: 'not-papers' };

function isPapersUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname === 'huggingface.co' && u.pathname.startsWith('/papers');
  } catch {
    return false;
  }
}

/** `?tab=<id>` (used when the popup is opened in a tab of its own, e.g. in tests) wins over the active tab. */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function askPage(tabId: number): Promise<PageState> {
  for (let attempt = 0; ; attempt++) {
    try {
      const info = await withTimeout(sendMessage('page.info', {}, tabId), 1500);
      if (info.status === 'loading' && attempt < 8) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      return { kind: info.status === 'unrecognised' ? 'unrecognised' : 'ready', tabId, info };
    } catch {
      if (attempt < 2) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      return { kind: 'no-script', tabId };
    }
  }
}

async function firstState(): Promise<PageState> {
  const tab = await targetTab().catch(() => undefined);
  if (tab?.id === undefined || !isPapersUrl(tab.url)) return { kind: 'not-papers' };
  return askPage(tab.id);
}
// Asked as soon as the popup's script runs, not after its first paint: the answer decides the tab shown.
let first: Promise<PageState> | undefined;
let settled: PageState | undefined;

function pageState(): Promise<PageState> {
  return (first ??= firstState().then((s) => (settled = s)));
}

/** Starts asking about the tab (main.tsx calls it before the first render). */
export function startPageState(): void {
  void pageState();
}

/** The page's state, and `refresh()` to ask again (after a filter change, for new counts). */
export function usePageState(): [PageState, () => void] {
  const [state, setState] = useState<PageState>(() => settled ?? { kind: 'loading' });
  const tabId = useRef<number | undefined>(undefined);
  // A layout effect, so the answer is taken as soon as it comes: a passive effect would only start
  // listening after the first frame, which put a whole frame between the answer and the list.
  useLayoutEffect(() => {
    void pageState().then((s) => {
      if ('tabId' in s) tabId.current = s.tabId;
      setState(s);
    });
  }, []);
  const refresh = useCallback(() => {
    const id = tabId.current;
    if (id === undefined) return;
    void withTimeout(sendMessage('page.info', {}, id), 1500).then(
      (info) => setState({ kind: info.status === 'unrecognised' ? 'unrecognised' : 'ready', tabId: id, info }),
      () => {},
    );
  }, []);
  return [state, refresh];
}
