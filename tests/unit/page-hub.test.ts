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

  it('runs a page view\'s cleanups once, when its signal aborts, after its listeners are gone', () => {
    const hub = new Hub<Events>();
    const view = new AbortController();
    const heard: string[] = [];
    hub.on('a', (n) => heard.push(`a${n}`), view.signal);
    // A cleanup that emits must not reach the ending view's own listeners.
    hub.onAbort(() => { heard.push('cleanup 1'); hub.emit('a', 9); }, view.signal);
    hub.onAbort(() => heard.push('cleanup 2'), view.signal);
    expect(heard).toEqual([]);
    view.abort();
    view.abort();
    expect(heard).toEqual(['cleanup 1', 'cleanup 2']);
  });

  it('runs a cleanup at once for a signal that already aborted, and one failing cleanup does not stop the rest', () => {
    const hub = new Hub<Events>();
    const ended = new AbortController();
    ended.abort();
    const now = vi.fn();
    hub.onAbort(now, ended.signal);
    expect(now).toHaveBeenCalledTimes(1);

    const view = new AbortController();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const second = vi.fn();
    hub.onAbort(() => { throw new Error('boom'); }, view.signal);
    hub.onAbort(second, view.signal);
    view.abort();
    expect(second).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('ends a page view its owner reports ended without an abort listener on its signal, and still ends other signals by theirs', () => {
    const view = new AbortController();
    const listen = vi.spyOn(view.signal, 'addEventListener');
    const hub = new Hub<Events>(view.signal);
    const heard: string[] = [];
    hub.on('a', (n) => heard.push(`view a${n}`), view.signal);
    hub.onAbort(() => heard.push('view cleanup'), view.signal);
    const other = new AbortController();
    hub.on('a', (n) => heard.push(`other a${n}`), other.signal);
    hub.onAbort(() => heard.push('other cleanup'), other.signal);
    expect(listen).not.toHaveBeenCalled();
    hub.emit('a', 1);
    other.abort();
    hub.emit('a', 2);
    view.abort();
    hub.end();
    hub.end();
    hub.emit('a', 3);
    expect(heard).toEqual(['view a1', 'other a1', 'other cleanup', 'view a2', 'view cleanup']);
  });
});
