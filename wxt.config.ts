import { defineConfig } from 'wxt';

// Host access is huggingface.co only; nothing is fetched from anywhere else.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Papers Companion',
    description:
      'Turns Hugging Face Daily Papers into a personal research feed: topic chips, seen/new badges and saved papers that sync.',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://huggingface.co/*'],
    action: { default_title: 'Papers Companion' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // storage.sync needs a stable add-on id in Firefox.
              id: 'papers-companion@papers-companion.dev',
              // data_collection_permissions needs Firefox 140 (the current ESR) and 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: { name: 'papers-companion' },
});
