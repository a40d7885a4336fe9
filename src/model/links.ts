import type { Force } from '../vocab/forces.js';

/**
 * Links that last (issue 16, item 2): what `align --save` and
 * `add --translation-of` store in a corpus folder (corpus/sqlite/links.ts),
 * corpus JSON carries (`links`), `show` prints as a counterpart and the
 * `aligned` and `force-pair` dimensions read.
 */

/** Two documents declared or found to be a translation pair. */
export interface TranslationLink {
  /** The English document's id. */
  en: string;
  /** The Chinese document's id (the original). */
  zh: string;
  /** `add --translation-of` declares it; `align --save` finds it. */
  source: 'declared' | 'aligned';
  /** The aligner's verdict when it was aligned; a declared link is taken on trust. */
  verdict: 'translation' | 'unrelated' | null;
  /** Version of the aligner that made its directive links, so a re-alignment can replace them. */
  alignerVersion: string | null;
}

/**
 * One English directive (or run of them) and the Chinese directive(s) it
 * translates. An unpaired directive is stored with an empty other side, so
 * `--unaligned` can tell "no counterpart" from "never aligned".
 */
export interface DirectiveLink {
  /** Directive ids, in document order; `<doc id>-<n>` as `directives parse` gives them. */
  en: string[];
  zh: string[];
  /** [English force, Chinese force]: the force pair `facets --by force-pair` counts. */
  force: [Force | null, Force | null];
  /** 0–1; 0 for an unpaired directive. */
  confidence: number;
}

/** Bumped when the aligner changes the links it makes. */
export const ALIGNER_VERSION = '1.0.0';

/**
 * A directive link as a corpus keeps it (issue 16, item 2): the aligner's
 * pair and the two documents it was found between, so an unpaired directive
 * still says which alignment left it alone. One English document is linked to
 * one Chinese document at a time, so each directive is in at most one link.
 */
export interface StoredLink extends DirectiveLink {
  /** The English and the Chinese document's ids. */
  enDoc: string;
  zhDoc: string;
}

/** Each linked directive's link, by directive id. */
export function linksByDirective(links: readonly StoredLink[]): Map<string, StoredLink> {
  const byId = new Map<string, StoredLink>();
  for (const link of links) for (const id of [...link.en, ...link.zh]) byId.set(id, link);
  return byId;
}

/** The directive ids on the other side of a directive's link (none when it has no counterpart). */
export function counterpartIds(link: StoredLink | undefined, directiveId: string): string[] {
  if (link === undefined) return [];
  return link.en.includes(directiveId) ? link.zh : link.zh.includes(directiveId) ? link.en : [];
}

/** Both sides hold directives: a directive of this link has a counterpart. */
export const isPaired = (link: StoredLink): boolean => link.en.length > 0 && link.zh.length > 0;

/** `should ↔ necessary`: the English force and the Chinese force of a paired link (`facets --by force-pair`). */
export const forcePairLabel = (link: StoredLink): string | null =>
  isPaired(link) && link.force[0] !== null && link.force[1] !== null ? `${link.force[0]} ↔ ${link.force[1]}` : null;
