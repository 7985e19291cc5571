import { describe, expect, it, vi } from 'vitest';
import { Hub } from '../../entrypoints/papers.content/page-model';

type Events = { a: number; b: string };

describe('Hub (the content script\'s feature events)', () => {
  it('stops calling a page view\'s listeners once its signal aborts, and no others', () => {
    const hub = new Hub<Events>();
    const old = new AbortController();
    const current = new AbortController();
    const oldA = vi.fn();
    const oldB = vi.fn();
    const curA = vi.fn();
    hub.on('a', oldA, old.signal);
    hub.on('b', oldB, old.signal);
    hub.on('a', curA, current.signal);
    hub.emit('a', 1);
    old.abort();
    hub.emit('a', 2);
    hub.emit('b', 'x');
    expect(oldA.mock.calls).toEqual([[1]]);
    expect(oldB).not.toHaveBeenCalled();
    expect(curA.mock.calls).toEqual([[1], [2]]);
  });

  it('ignores a listener added with an aborted signal', () => {
    const hub = new Hub<Events>();
    const c = new AbortController();
    c.abort();
    const fn = vi.fn();
    hub.on('a', fn, c.signal);
    hub.emit('a', 1);
    expect(fn).not.toHaveBeenCalled();
  });

  it('one listener\'s error does not stop the others', () => {
    const hub = new Hub<Events>();
    const signal = new AbortController().signal;
    const after = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    hub.on('a', () => { throw new Error('boom'); }, signal);
    hub.on('a', after, signal);
    hub.emit('a', 3);
    expect(after).toHaveBeenCalledWith(3);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
