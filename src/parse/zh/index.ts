import type { LanguageParser } from '../types.js';
import { metadataOf } from './metadata.js';
import { chineseDirectives } from './passage.js';

/** The Chinese path of the parser (issue 6); pure functions over the text. */
export const chineseParser: LanguageParser = {
  language: 'zh',
  directives: chineseDirectives,
  metadata: metadataOf,
};
