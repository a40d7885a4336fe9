import type { Focus, Overlay } from './state.js';

/** The status line's reminder of the keys that matter where one is; `?` lists them all. */
export function statusHints(overlay: Overlay, focus: Focus): string {
  if (overlay === 'facets') return '↑↓ move · Space toggle · Esc close';
  if (overlay === 'help') return '↑↓ scroll · any other key closes';
  if (overlay === 'document') return 'n/N next/previous directive · ↑↓ scroll · Esc close';
  if (focus === 'query') return '↑↓ move · Enter print id · Tab mark · Alt-h help · ^C quit';
  return '/ search · f facets · s sort · o document · ? help · q quit';
}
