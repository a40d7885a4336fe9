/** `directives diff` and what the browser's "what changed" view reuses (issue 12). */
export { diffDirectives, countKinds } from './align.js';
export { counterpartInPrevious, previousDocument, type Counterpart, type CounterpartSource } from './counterparts.js';
export { themeSummary, type ThemeChange } from './themes.js';
export { MATCH_THRESHOLD } from './similarity.js';
export * from './types.js';
