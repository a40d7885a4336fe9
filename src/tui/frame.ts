import type { Theme } from '../render/theme.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth } from '../render/text.js';
import { isForce } from '../vocab/forces.js';
import { DIMENSION_LABEL, type FacetRow } from './facets.js';
import { fit, fitSpans, type Span } from './lines.js';
import { windowTop } from './state.js';

/**
 * A screen line: pieces already fitted; `inverse` marks the selected row,
 * `accent` the focused pane's title, `dim` the others' (issue 15.2).
 */
export interface Part {
  text: string;
  inverse?: boolean;
  accent?: boolean;
  dim?: boolean;
}
export interface Line {
  key: string;
  parts: Part[];
}

/**
 * A pane's title bar: the focused one heavy (━, ▶) and bold in the accent
 * colour, the others light (─) and dim, so focus shows without colour too (NO_COLOR).
 */
export function title(text: string, width: number, focused: boolean): Part {
  const rule = focused ? '━' : '─';
  const label = sanitize(focused ? `${rule}${rule} ▶ ${text} ` : `${rule}${rule} ${text} `);
  const room = width - displayWidth(label);
  return { text: room >= 0 ? label + rule.repeat(room) : fit(label, width), accent: focused, dim: !focused };
}

/** The facet picker's rows, `height` of them, as a pane `width` wide, the cursor's row in view. */
export function pickerLines(facets: readonly FacetRow[], cursor: number, width: number, height: number, theme: Theme): Part[] {
  const first = windowTop(0, cursor, height, facets.length);
  const parts: Part[] = [];
  for (let row = 0; row < height; row++) {
    const facet = facets[first + row];
    let text = '';
    if (facet?.kind === 'heading') text = pad(theme.header(fit(DIMENSION_LABEL[facet.dimension], width).trimEnd()), width);
    else if (facet) {
      const force = facet.dimension === 'force' || facet.dimension === 'minForce' ? facet.value : null;
      const spans: Span[] = [
        { text: first + row === cursor ? '› ' : '  ' },
        { text: facet.active ? (facet.dimension === 'minForce' ? '(•) ' : '[x] ') : facet.dimension === 'minForce' ? '( ) ' : '[ ] ' },
        { text: `${facet.count.toLocaleString('en')}`.padStart(7), paint: theme.dim },
        { text: '  ' },
        force !== null && isForce(force) ? { text: facet.label, paint: (t) => theme.force(force, t) } : { text: sanitize(facet.label) },
      ];
      text = fitSpans(spans, width);
    }
    parts.push({ text: text === '' ? ' '.repeat(Math.max(0, width)) : text, inverse: first + row === cursor });
  }
  return parts;
}

/** Painted text already narrower than `width`, padded to it (display columns; colour codes count nothing). */
export const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Lines of text shown from `scroll`, `height` of them, each fitted to `width` with a one-column margin. */
export function paneLines(text: readonly string[], scroll: number, width: number, height: number): Part[] {
  const parts: Part[] = [];
  for (let row = 0; row < height; row++) {
    const line = text[scroll + row];
    parts.push({ text: pad(line === undefined || line === '' ? '' : ` ${line}`, width) });
  }
  return parts;
}

/** The query line: a prompt (▶ when it has focus), the query with the cursor where it is, the end of a long query in view. */
export function queryLine(query: string, cursor: number, focused: boolean, columns: number, theme: Theme): Part[] {
  const prompt = focused ? '▶ ' : '  ';
  const label = 'search: ';
  const chars = [...query];
  const before = sanitize(chars.slice(0, cursor).join(''));
  const after = sanitize(chars.slice(cursor).join(''));
  const room = Math.max(2, columns - displayWidth(prompt + label) - 1);
  let shownBefore = before;
  while (displayWidth(shownBefore) > room - 1 && shownBefore !== '') shownBefore = [...shownBefore].slice(1).join('');
  if (shownBefore !== before) shownBefore = `…${[...shownBefore].slice(1).join('')}`;
  const caret = focused ? theme.match('▏') : '';
  const tail = fit(after, Math.max(0, room - displayWidth(shownBefore))).trimEnd();
  return [{ text: prompt, accent: focused }, { text: label, accent: focused, dim: !focused }, { text: pad(`${shownBefore}${caret}${tail}`, 0) }];
}
