// @vitest-environment happy-dom
// Every selector must match on every page it lists: when HF's markup drifts, this fails loudly and
// names the selector and the page.
import { describe, expect, it } from 'vitest';
import { fixture } from '../fixtures/routes';
import { selectors } from '../../utils/page/selectors';

const docs = new Map<string, Document>();
const doc = (name: string) => {
  if (!docs.has(name)) docs.set(name, new DOMParser().parseFromString(fixture(name), 'text/html'));
  return docs.get(name)!;
};

describe('selectors match the pages they are written for', () => {
  for (const [name, { css, pages }] of Object.entries(selectors)) {
    for (const page of pages) {
      it(`${name} on ${page}`, () => {
        const d = doc(page);
        // :scope selectors are relative to a card copy (the title's parent column).
        const found = css.startsWith(':scope')
          ? [...d.querySelectorAll('article h3')].some((h) => h.parentElement!.querySelector(css) != null)
          : d.querySelector(css) != null;
        expect(found, `${name} (${css}) matches nothing on ${page}`).toBe(true);
      });
    }
  }
});
