// @vitest-environment happy-dom
// The options-page topic editor: what the user sees and what lands in storage.sync.
import { options, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicEditor } from '../../components/topic-editor';
import { parseTopicEdits } from '../../utils/topics/edits';
import { topicEditsItem } from '../../utils/topics/storage';

// Re-render synchronously after a state change, so an event handler always sees the state the user typed.
options.debounceRendering = (run) => run();

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount() {
  root = document.createElement('div');
  document.body.append(root);
  render(<TopicEditor />, root);
  await until(() => root.querySelectorAll('[data-pc-topic]').length === 24);
}
async function until(ok: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
const row = (id: string) => root.querySelector<HTMLElement>(`[data-pc-topic="${id}"]`)!;
async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
const submit = (form: HTMLFormElement) => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const stored = async () => parseTopicEdits(await topicEditsItem.getValue()).edits;

describe('TopicEditor', () => {
  it('lists the 24 built-in topics with their names and colours', async () => {
    await mount();
    expect(row('hep').querySelector('.pc-chip')!.textContent).toBe('High-energy & gravity');
    expect(row('hep').querySelector('.pc-chip')!.getAttribute('data-pc-color')).toMatch(/^[a-z]+$/);
    expect(row('hep').textContent).toContain('holography and AdS/CFT');
  });

  it('renames a topic and stores the new name', async () => {
    await mount();
    const form = row('hep').querySelector<HTMLFormElement>('.pc-topic-editor-rename')!;
    await type(form.querySelector('input')!, 'Strings & holography');
    submit(form);
    await until(() => row('hep').querySelector('.pc-chip')!.textContent === 'Strings & holography');
    expect((await stored()).builtin.hep).toEqual({ name: 'Strings & holography' });
  });

  it('shows a clear message for an invalid rename and stores nothing', async () => {
    await mount();
    const form = row('hep').querySelector<HTMLFormElement>('.pc-topic-editor-rename')!;
    await type(form.querySelector('input')!, 'Robotics');
    submit(form);
    await until(() => !!row('hep').querySelector('[role="alert"]'));
    expect(row('hep').querySelector('[role="alert"]')!.textContent).toBe('There is already a topic called “Robotics”.');
    expect(await stored()).toEqual({ v: 1, builtin: {}, custom: [] });
  });

  it('hides a topic with its switch', async () => {
    await mount();
    const box = row('astro').querySelector<HTMLInputElement>('.pc-switch input')!;
    expect(box.checked).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => row('astro').classList.contains('pc-topic-editor-item--hidden'));
    expect((await stored()).builtin.astro).toEqual({ hidden: true });
  });

  it('removes a built-in phrase and adds one of the user’s own', async () => {
    await mount();
    const details = row('condmat').querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await until(() => !!row('condmat').querySelector('[aria-label="Remove phrase “graphene”"]'));
    row('condmat').querySelector<HTMLButtonElement>('[aria-label="Remove phrase “graphene”"]')!.click();
    await until(() => !!row('condmat').querySelector('.pc-phrase--removed'));
    expect(row('condmat').querySelector('.pc-phrase--removed')!.textContent).toContain('graphene');
    const form = row('condmat').querySelector<HTMLFormElement>('.pc-topic-editor-add-phrase')!;
    await type(form.querySelector('input')!, 'kirigami');
    submit(form);
    await until(() => !!row('condmat').querySelector('.pc-phrase--yours'));
    expect(await stored()).toEqual({ v: 1, builtin: { condmat: { remove: ['graphene'], add: ['kirigami'] } }, custom: [] });
  });

  it('adds a topic of the user’s own, and refuses one without phrases', async () => {
    await mount();
    const form = root.querySelector<HTMLFormElement>('.pc-topic-editor-new')!;
    await type(form.querySelector('input')!, 'Tensor networks');
    submit(form);
    await until(() => !!form.querySelector('[role="alert"]'));
    expect(form.querySelector('[role="alert"]')!.textContent).toMatch(/at least one phrase/);
    await type(form.querySelector('textarea')!, 'tensor network, matrix product state*');
    submit(form);
    await until(() => !!row('u-tensor-networks'));
    expect((await stored()).custom).toEqual([
      { id: 'u-tensor-networks', name: 'Tensor networks', phrases: ['tensor network', 'matrix product state*'], color: 'blue' },
    ]);
  });

  it('follows edits made elsewhere, and says what it had to leave out of a bad stored value', async () => {
    await mount();
    await topicEditsItem.setValue({ v: 1, builtin: { llm: { name: 'LLMs' }, bogus: { hidden: true } }, custom: [] } as never);
    await until(() => row('llm').querySelector('.pc-chip')!.textContent === 'LLMs');
    expect(row('llm').querySelector<HTMLInputElement>('.pc-topic-editor-rename input')!.value).toBe('LLMs');
    expect(root.querySelector('.pc-callout-warn')!.textContent).toContain('unknown topic “bogus”');
  });
});
