import type { Force } from '../vocab/forces.js';

/**
 * Links that last (issue 16, item 2): what `align --save` stores in a corpus
 * folder and `add --translation-of` declares. Storage, `show`'s counterpart,
 * the `--aligned` filters and export are the store's to build; this is the
 * record they share.
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
