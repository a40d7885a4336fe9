import { createHash } from 'node:crypto';
import { DataError } from '../errors.js';
import { parseCorpusShape } from './schema.js';
import { SCHEMA_VERSION, type Corpus, type DocumentRecord } from './types.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Check that parsed JSON is a corpus this version can browse, so the query and
 * render layers can trust every field. The shape of every field is the
 * schema's (model/schema.ts, valibot); what a schema cannot say is checked
 * here: unique ids, each directive's document, offsets inside its source,
 * `text === source.slice(start, end)` (docs/DIRECTIVES.md, "The span"), and
 * that each source hashes to its document's sha256 (issue 17: a wrong hash
 * made the real text a false "collision" later). `name` (the file) prefixes each message.
 */
export function validateCorpus(value: unknown, name: string): Corpus {
  const fail = (problem: string): never => {
    throw new DataError(`${name}: ${problem}`);
  };
  if (!isObject(value)) return fail('not a corpus (expected a JSON object with schemaVersion, documents, directives)');
  if (value.schemaVersion !== SCHEMA_VERSION) {
    return fail(`unknown schemaVersion ${JSON.stringify(value.schemaVersion) ?? 'undefined'} (this version reads ${SCHEMA_VERSION})`);
  }
  const shape = parseCorpusShape(value);
  if (!shape.ok) return fail(shape.problem);
  const corpus = shape.corpus;

  const documents = new Map<string, DocumentRecord>();
  corpus.documents.forEach((doc, index) => {
    if (documents.has(doc.id)) return fail(`document id ${doc.id} appears twice`);
    if (createHash('sha256').update(doc.source, 'utf8').digest('hex') !== doc.sha256) {
      return fail(`documents[${index}].sha256: does not match the document's source (document ${doc.id})`);
    }
    documents.set(doc.id, doc);
  });

  const ids = new Map<string, string>();
  for (const directive of corpus.directives) {
    const where = `directive ${directive.id}`;
    if (ids.has(directive.id)) return fail(`${where} appears twice`);
    ids.set(directive.id, directive.doc);
    const doc = documents.get(directive.doc);
    if (!doc) return fail(`${where}: unknown document ${JSON.stringify(directive.doc)}`);
    const { start, end, text } = directive;
    if (start > end || end > doc.source.length) {
      return fail(`${where}: offsets ${start}–${end} fall outside its document (${doc.source.length} characters)`);
    }
    if (text !== doc.source.slice(start, end)) return fail(`${where}: text differs from the document source at ${start}–${end}`);
  }
  checkLinks(corpus, documents, ids, fail);
  return corpus;
}

/** Links join an English and a Chinese document of this corpus, through their directives, each directive in one link at most (issue 16). */
function checkLinks(corpus: Corpus, documents: ReadonlyMap<string, DocumentRecord>, directiveDocs: ReadonlyMap<string, string>, fail: (problem: string) => never): void {
  const linked = new Set<string>();
  (corpus.links ?? []).forEach((link, index) => {
    const where = `links[${index}]`;
    for (const side of ['en', 'zh'] as const) {
      const docId = side === 'en' ? link.enDoc : link.zhDoc;
      const doc = documents.get(docId);
      if (!doc) return fail(`${where}: unknown document ${JSON.stringify(docId)}`);
      if (doc.language !== side) return fail(`${where}: document ${docId} is not in ${side === 'en' ? 'English' : 'Chinese'}`);
      for (const id of link[side]) {
        if (directiveDocs.get(id) !== docId) return fail(`${where}: ${JSON.stringify(id)} is not a directive of document ${docId}`);
        if (linked.has(id)) return fail(`${where}: directive ${id} is in two links`);
        linked.add(id);
      }
    }
    if (link.en.length === 0 && link.zh.length === 0) return fail(`${where}: links no directive`);
  });
}
