import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, type PageInfo } from '../../utils/messages';
import { startManager } from './manager';
import * as badges from './features/badges';
import * as saveButton from './features/save-button';
import * as seenTracker from './features/seen-tracker';
import * as openedTracker from './features/opened-tracker';
import * as topicChips from './features/topic-chips';
import * as newCount from './features/new-count';
import * as filters from './features/filters';
import * as keyboard from './features/keyboard';
import * as momentum from './features/momentum';
import * as forYou from './features/for-you';
import './style.css';

export default defineContentScript({
  matches: ['https://huggingface.co/papers*'],
  // The server-rendered list is complete at document_end: annotate before images and the load event.
  runAt: 'document_end',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Order matters only for what lands first in a card's slot: badge, save control, chips.
    const manager = startManager([badges, saveButton, topicChips, seenTracker, openedTracker, newCount, filters, momentum, forYou, keyboard], ctx.signal);

    onMessage('page.info', (): PageInfo => {
      const page = manager.current();
      const status = document.documentElement.getAttribute('data-pc-status');
      const topicCounts: Record<string, number> = {};
      for (const c of page?.cards.values() ?? []) for (const t of c.topics) topicCounts[t] = (topicCounts[t] ?? 0) + 1;
      return {
        kind: page?.kind ?? 'other',
        status: status === 'ready' || status === 'unrecognised' ? status : 'loading',
        url: location.href,
        cards: page?.cards.size ?? 0,
        hidden: page?.hidden ?? 0,
        topicCounts,
      };
    });
  },
});
