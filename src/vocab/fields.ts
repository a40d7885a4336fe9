import type { Language } from '../model/types.js';

/**
 * Field names that `--fields` accepts, per kind of record. Directive fields are
 * the corpus record's own (shared/DIRECTIVES.md, "The fields") plus a few read
 * off its document; search adds its ranking.
 */
export const DIRECTIVE_FIELDS = [
  'id',
  'doc',
  'force',
  'cue',
  'reporting',
  'issuer',
  'addressee',
  'text',
  'actions',
  'purpose',
  'themes',
  'start',
  'end',
  'paragraph',
  'sentence',
  'date',
  'title',
  'lang',
  'confidence',
  'signals',
  'counterpart',
] as const;

/**
 * `relevance` runs from 1 (a perfect match) down to 0, higher is better as in
 * most tools (issue 14; fuse.js's own score runs the other way); `matched`
 * names the fields that matched, so a hit in the title alone says so.
 */
export const SEARCH_FIELDS = [...DIRECTIVE_FIELDS, 'relevance', 'matched', 'matches'] as const;

export const DOCUMENT_FIELDS = [
  'id',
  'date',
  'title',
  'place',
  'participants',
  'directives',
  'forces',
  'file',
  'issuer',
  'event',
  'language',
  'sha256',
] as const;

export type DirectiveField = (typeof DIRECTIVE_FIELDS)[number];
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** What `list` and `search` show in a table or TSV when `--fields` is not given. */
export const DEFAULT_DIRECTIVE_COLUMNS = ['id', 'force', 'reporting', 'addressee', 'text'] as const satisfies readonly DirectiveField[];
/** The table `list` draws for a person: the document and its date beside each directive (issue 14); TSV keeps the columns above. */
export const DEFAULT_LIST_TABLE_COLUMNS = ['id', 'doc', 'date', 'force', 'reporting', 'addressee', 'text'] as const satisfies readonly DirectiveField[];
export const DEFAULT_SEARCH_COLUMNS = ['id', 'relevance', 'force', 'addressee', 'text'] as const satisfies readonly SearchField[];
export const DEFAULT_DOCUMENT_COLUMNS = ['id', 'date', 'directives', 'place', 'title', 'participants'] as const satisfies readonly DocumentField[];

export const OUTPUT_FORMATS = ['table', 'tsv', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const LANGUAGES = ['en', 'zh'] as const satisfies readonly Language[];
