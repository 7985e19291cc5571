// The on-device "for you" ranking and momentum helpers. Pure code: no browser APIs.
export * from './features';
export * from './model';
export * from './momentum';
