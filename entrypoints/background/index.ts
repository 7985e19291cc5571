// Wiring only. Every listener is registered synchronously on start, so a worker woken by an event
// (message, alarm, storage change) has its handler in place; no state lives in module globals.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHistoryHandlers, RETENTION_ALARM, applyRetention } from './history';
import { registerSavedHandlers } from './saved';
import { registerOutbox } from './outbox';
import { registerSync } from './sync';
import { registerRankingHandlers } from './ranking';
import { registerTopicsHandlers } from './topics';

export default defineBackground({
  type: 'module',
  main() {
    registerHistoryHandlers();
    registerSavedHandlers();
    registerOutbox();
    registerSync();
    registerRankingHandlers();
    registerTopicsHandlers();

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === RETENTION_ALARM) void applyRetention();
    });
    browser.runtime.onInstalled.addListener(() => {
      void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    });
  },
});
