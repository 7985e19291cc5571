import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://huggingface.co/papers*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-pc-status', 'loading');
  },
});
