import type { StoredLink } from '../model/links.js';
import { SCHEMA_VERSION, type Directive, type DocumentRecord } from '../model/types.js';

/** JSON renderers: kept apart from the table code so `--json` start-up loads no layout or colour modules. */
export function renderJson(records: readonly unknown[]): string {
  return JSON.stringify(records, null, 2);
}

export function renderNdjson(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n');
}

/**
 * `JSON.stringify(object, null, 2)` and a newline, as chunks: one per element of
 * each top-level array, so a 50 MB text's parse is never held as one string
 * (issue 7). The bytes are exactly those of the one-string form.
 */
export function* prettyJsonChunks(object: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value)) yield* arrayChunks(value, '  ');
    else yield indent(JSON.stringify(value, null, 2), '  ');
  }
  yield first ? '{}\n' : '\n}\n';
}

function* arrayChunks(items: readonly unknown[], outer: string): Generator<string> {
  const inner = `${outer}  `;
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[' : ','}\n${inner}${indent(JSON.stringify(items[i], null, 2) ?? 'null', inner)}`;
  yield items.length === 0 ? '[]' : `\n${outer}]`;
}

// JSON.stringify escapes newlines inside strings, so every raw newline is layout
const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

/** One JSON record per line, each line ending in a newline. */
export function* ndjsonChunks(records: Iterable<unknown>): Generator<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

/**
 * A corpus as `export` writes it — `{schemaVersion, documents, directives}`,
 * and `links` when it has any (issue 16), one record a line — streamed from
 * iterables so a million directives are never one string; `loadCorpus` and
 * `add` read it back.
 */
export function* corpusJsonChunks(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink> = []): Generator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},"documents":[`;
  let first = true;
  for (const doc of documents) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(doc)}`;
    first = false;
  }
  yield '\n],"directives":[';
  first = true;
  for (const d of directives) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(d)}`;
    first = false;
  }
  yield '\n]';
  first = true;
  for (const link of links) {
    yield `${first ? ',"links":[\n' : ',\n'}${JSON.stringify(link)}`;
    first = false;
  }
  yield first ? '}\n' : '\n]}\n';
}

/** The same corpus as NDJSON: documents, then directives, then links, each tagged with its `type`. */
export function* corpusNdjsonChunks(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink> = []): Generator<string> {
  yield* ndjsonChunks((function* () {
    for (const doc of documents) yield { type: 'document', ...doc };
    for (const d of directives) yield { type: 'directive', ...d };
    for (const link of links) yield { type: 'link', ...link };
  })());
}
