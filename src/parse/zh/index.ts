import type { LanguageParser } from '../types.js';

// Work in progress: replaced by the real parser.
export const chineseParser: LanguageParser = {
  language: 'zh',
  directives: () => [],
  metadata: () => ({ title: null, date: null, place: null, issuer: null, event: null, participants: [] }),
};
