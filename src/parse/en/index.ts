import type { LanguageParser } from '../types.js';
import { parseEnglishDirectives } from './directives.js';
import { englishMetadata } from './metadata.js';

export const englishParser: LanguageParser = {
  language: 'en',
  directives: parseEnglishDirectives,
  metadata: englishMetadata,
};
