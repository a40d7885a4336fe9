import type { LanguageParser } from '../types.js';
import { chineseDirectives } from './directives.js';
import { metadataOf } from './metadata.js';

/** The Chinese path of the parser (issue 6); pure functions over the text. */
export const chineseParser: LanguageParser = {
  language: 'zh',
  directives: chineseDirectives,
  metadata: metadataOf,
};
