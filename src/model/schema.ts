import * as v from 'valibot';
import { FORCES } from '../vocab/forces.js';
import { SIGNALS } from '../vocab/signals.js';
import type { StoredLink } from './links.js';
import { DOCUMENT_FORMATS, type Corpus, type Directive, type DocumentRecord } from './types.js';

/**
 * The corpus JSON's shape, written once with valibot (issue 17, item 8): the
 * loader checks every field against it, and the types below are checked
 * against model/types.ts at compile time, so the two cannot drift apart.
 * Fields a newer writer adds are optional; a missing nullable field reads as null.
 */

const text = v.string();
const nullableText = v.optional(v.nullable(v.string()), null);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const ActionSchema = v.object({ verb: text, object: text });

const ParticipantSchema = v.object({
  name: text,
  titles: v.optional(v.array(text), []),
  role: nullableText,
});

export const DocumentSchema = v.object({
  id: v.pipe(text, v.minLength(1)),
  file: nullableText,
  title: nullableText,
  date: nullableText,
  place: nullableText,
  issuer: nullableText,
  event: nullableText,
  participants: v.array(ParticipantSchema),
  language: v.picklist(['en', 'zh']),
  sha256: text,
  parserVersion: text,
  source: text,
  sourceUrl: v.optional(v.nullable(text)),
  format: v.optional(v.picklist(DOCUMENT_FORMATS)),
  originalSha256: v.optional(text),
  fetched: v.optional(text),
  edited: v.optional(v.array(v.picklist(['title', 'date', 'place']))),
});

export const DirectiveSchema = v.object({
  id: v.pipe(text, v.minLength(1)),
  doc: text,
  start: offset,
  end: offset,
  text,
  force: v.picklist(FORCES),
  cue: nullableText,
  reporting: nullableText,
  issuer: nullableText,
  addressee: nullableText,
  actions: v.array(ActionSchema),
  purpose: nullableText,
  themes: v.array(text),
  paragraph: offset,
  sentence: offset,
  confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  signals: v.optional(v.array(v.picklist(SIGNALS))),
});

const nullableForce = v.nullable(v.picklist(FORCES));

export const LinkSchema = v.object({
  en: v.array(text),
  zh: v.array(text),
  force: v.tuple([nullableForce, nullableForce]),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  enDoc: text,
  zhDoc: text,
});

export const CorpusSchema = v.object({
  schemaVersion: v.number(),
  documents: v.array(DocumentSchema),
  directives: v.array(DirectiveSchema),
  links: v.optional(v.array(LinkSchema)),
});

// Compile-time: what the schema outputs is exactly what the rest of the code types (model/types.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(value: T): T => value;
agree<Same<v.InferOutput<typeof DirectiveSchema>, Directive>>(true);
agree<Same<v.InferOutput<typeof DocumentSchema>, DocumentRecord>>(true);
agree<Same<v.InferOutput<typeof LinkSchema>, StoredLink>>(true);
agree<Same<v.InferOutput<typeof CorpusSchema>, Corpus>>(true);

/** `directives[12].actions[0].verb`: where in the corpus an issue is. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  return path;
}

/** The first problem, as one line: `directives[12].actions[0].verb: expected string`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  const last = issue.path?.at(-1) as { key?: unknown } | undefined;
  const field = typeof last?.key === 'string' ? last.key : 'value';
  const where = path === '' ? 'the corpus' : path;
  if (issue.received === 'undefined') return `${where}: missing`;
  if (issue.type === 'picklist') return `${where}: unknown ${field} ${issue.received}`;
  if (issue.kind === 'schema') return `${where}: expected ${issue.expected ?? issue.type}, got ${issue.received}`;
  return `${where}: ${issue.message}`;
}

/** Check a parsed corpus JSON's shape; the first problem as one line, or the typed corpus. */
export function parseCorpusShape(value: unknown): { ok: true; corpus: Corpus } | { ok: false; problem: string } {
  const result = v.safeParse(CorpusSchema, value, { abortEarly: true });
  if (result.success) return { ok: true, corpus: result.output };
  return { ok: false, problem: describeIssue(result.issues[0]) };
}
