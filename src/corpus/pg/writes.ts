import { addLinks, deleteLinksOf, deleteStaleLinks } from '../sqlite/links.js';
import { pgLinks } from './reads.js';
import { DataError } from '../../errors.js';
import { deletions, indexTokens, searchableText, takesTypoKeys } from '../../model/tokens.js';
import type { Directive, DocumentRecord, EditableField } from '../../model/types.js';
import type { AddItem, AddResult, Reparse } from '../../model/write.js';
import { forceRank } from '../../vocab/forces.js';
import { toDocument, withoutCount, type DocumentRow } from '../sqlite/rows.js';
import { lexeme } from '../sqlite/where.js';
import type { Statement, SyncPg } from './client.js';
import { countsOf, forceCountsOf } from './counts.js';

/** A lexeme may be at most 2047 bytes; a pasted run of letters longer than that is left out of the index (search scans for it). */
const MAX_LEXEME_BYTES = 2000;
/** tsvector positions stop at 16383; the rest of a very long directive shares the last one. */
const MAX_POSITION = 16383;

/** The directive's index tokens as a tsvector literal, with positions (ts_rank uses them). */
export function tsvectorOf(tokens: readonly string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (Buffer.byteLength(token) > MAX_LEXEME_BYTES) return;
    const list = positions.get(token);
    const at = Math.min(i + 1, MAX_POSITION);
    if (list === undefined) positions.set(token, [at]);
    else if (list.length < 256 && list[list.length - 1] !== at) list.push(at);
  });
  return [...positions].map(([token, at]) => `${lexeme(token)}:${at.join(',')}`).join(' ');
}

/**
 * One statement adding a document, its source, directives and themes (one
 * round trip); no row when the text or id is already there. The document's
 * keys are claimed first, in `document_keys`, and everything else is written
 * only when the claim succeeded: that table, not `documents`, holds the
 * uniqueness of the text and of the short id, so it holds on Citus too,
 * where `documents` is split over shards (docs/postgres-citus.sql).
 */
const INSERT_DOCUMENT = `
WITH claim AS (
  INSERT INTO document_keys (sha256, id, ord) VALUES (?, ?, nextval('documents_ord_seq'))
  ON CONFLICT DO NOTHING RETURNING ord
), doc AS (
  INSERT INTO documents (ord, id, sha256, file, title, date, place, issuer, event, participants, language, parser_version, source_url, directive_count, added_at, format, original_sha256, fetched, edited, force_counts)
  SELECT ord, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::integer[] FROM claim
  RETURNING ord
), src AS (
  INSERT INTO sources (doc_ord, source) SELECT ord, ? FROM doc
)`;

const INSERT_DIRECTIVES = `
dirs AS (
  INSERT INTO directives (doc_ord, id, start, "end", text, force, force_rank, cue, reporting, issuer, addressee, actions, purpose, themes, paragraph, sentence, confidence, signals, tsv)
  SELECT doc.ord, u.id, u.start, u.e, u.text, u.force, u.rank, u.cue, u.reporting, u.issuer, u.addressee, u.actions, u.purpose, u.themes, u.paragraph, u.sentence, u.confidence, u.signals, u.tsv::tsvector
  FROM doc, unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::smallint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::float8[], ?::text[], ?::text[])
    AS u(id, start, e, text, force, rank, cue, reporting, issuer, addressee, actions, purpose, themes, paragraph, sentence, confidence, signals, tsv)
  RETURNING doc_ord, rid, id
), th AS (
  INSERT INTO themes (doc_ord, rid, theme) SELECT dirs.doc_ord, dirs.rid, t.theme FROM dirs JOIN unnest(?::text[], ?::text[]) AS t(id, theme) ON t.id = dirs.id
), cnt AS (
  INSERT INTO doc_counts (doc_ord, dim, value, n) SELECT doc.ord, c.dim, c.value, c.n FROM doc, unnest(?::text[], ?::text[], ?::int[]) AS c(dim, value, n)
)`;

/**
 * The writes of a PostgreSQL corpus, each inside the caller's transaction
 * (PgStore.write). Concurrent writers are safe by the server's unique
 * constraints: a text added by two hosts at once lands once (the second
 * insert waits for the first, then finds it there); the typo vocabulary is
 * merged at the end under an advisory lock, so its upserts never deadlock.
 */
export class PgWrites {
  private readonly pendingTerms = new Map<string, number>();

  constructor(private readonly db: SyncPg) {}

  /** The connection, for the links code shared with corpus folders (sqlite/links.ts). */
  get connection(): SyncPg {
    return this.db;
  }

  /**
   * Documents in order, each one statement. The statements are pipelined: a
   * document's insert is posted, and the next document's statement is
   * prepared (tokens, tsvector, counts) while the server runs it; its answer
   * is taken before the next is posted, so everything happens in order.
   */
  add(items: Iterable<AddItem>, onItem?: (result: AddResult) => void): AddResult {
    const result: AddResult = { added: [], skipped: [], directives: 0 };
    // the ids documents were stored under (a lengthened one differs): an exported corpus's links follow them
    const storedIds = new Map<string, string>();
    let inFlight: { item: AddItem; terms: Map<string, number> } | null = null;
    const settle = (): void => {
      const { item, terms } = inFlight!;
      inFlight = null;
      let stored: DocumentRecord | null = item.document;
      if (this.db.receive()[0]!.length > 0) this.count(terms);
      else stored = this.resolve(item);
      if (stored === null) result.skipped.push(item.document);
      else {
        result.added.push(stored);
        result.directives += item.directives.length;
        storedIds.set(item.document.id, stored.id);
      }
      if (item.links) addLinks(pgLinks(this.db), item.links, storedIds);
      onItem?.(result);
    };
    try {
      for (const item of items) {
        const statement = this.insertStatement(item.document, item.directives);
        if (inFlight !== null) settle();
        this.db.send([statement]);
        inFlight = { item, terms: statement.terms };
      }
      if (inFlight !== null) settle();
    } catch (error) {
      // the caller rolls back: the insert still in flight is answered first, its outcome moot
      if (inFlight !== null) this.db.discard();
      throw error;
    }
    return result;
  }

  /**
   * A document whose insert added nothing, as stored after all (its id
   * lengthened), or null when its text is already there: the same text
   * (skip), or another text with the same short id (lengthen it and try
   * again). A text another writer is adding at this moment makes the key
   * claim wait for that writer's commit, then add nothing.
   */
  private resolve(first: AddItem): DocumentRecord | null {
    let item: AddItem = { document: first.document, directives: first.directives };
    for (;;) {
      const seen = this.db.query<{ sha: boolean; id: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM document_keys WHERE sha256 = ?) AS sha, EXISTS (SELECT 1 FROM document_keys WHERE id = ?) AS id',
        item.document.sha256,
        item.document.id,
      )[0]!;
      if (seen.sha) return null;
      if (seen.id) item = this.lengthenId(item);
      const statement = this.insertStatement(item.document, item.directives);
      if (this.db.batch([statement])[0]!.length > 0) {
        this.count(statement.terms);
        return item.document;
      }
    }
  }

  /** A colliding 8-digit id takes more digits of its hash (as corpus/sqlite/writes.ts does). */
  private lengthenId({ document, directives }: AddItem): AddItem {
    if (!document.sha256.startsWith(document.id)) throw new DataError(`document id ${document.id} is already used by another text; nothing was added`);
    let length = document.id.length + 1;
    while (length < document.sha256.length && this.db.value<number>('SELECT 1 FROM document_keys WHERE id = ?', document.sha256.slice(0, length)) !== undefined) length++;
    const id = document.sha256.slice(0, length);
    return { document: { ...document, id }, directives: directives.map((d) => ({ ...d, id: `${id}${d.id.slice(document.id.length)}`, doc: id })) };
  }

  /** The one statement that adds a document, its source, directives, themes and counts (no row back when its key is taken), and the words it indexes. */
  private insertStatement(document: DocumentRecord, directives: readonly Directive[]): Statement & { terms: Map<string, number> } {
    const docParams = [
      document.sha256, document.id,
      document.id, document.sha256, document.file, document.title, document.date, document.place, document.issuer, document.event,
      JSON.stringify(document.participants), document.language, document.parserVersion, document.sourceUrl ?? null, directives.length,
      new Date().toISOString(), document.format ?? null, document.originalSha256 ?? null, document.fetched ?? null,
      document.edited?.length ? JSON.stringify(document.edited) : null, forceCountsOf(directives), document.source,
    ];
    const { params, terms } = this.directiveParams(document.title, directives);
    return { sql: `${INSERT_DOCUMENT}, ${INSERT_DIRECTIVES} SELECT ord FROM doc`, params: [...docParams, ...params], terms };
  }

  /** Words the directives of a stored document index count towards the vocabulary. */
  private count(terms: ReadonlyMap<string, number>): void {
    for (const [term, n] of terms) this.pendingTerms.set(term, (this.pendingTerms.get(term) ?? 0) + n);
  }

  /** The unnest arrays of INSERT_DIRECTIVES, column by column, and how many directives index each word. */
  private directiveParams(title: string | null, directives: readonly Directive[]): { params: unknown[][]; terms: Map<string, number> } {
    const column = <T>(get: (d: Directive) => T): T[] => directives.map(get);
    const terms = new Map<string, number>();
    const tsv = directives.map((d) => {
      const tokens = indexTokens(searchableText(d, title));
      for (const term of new Set(tokens)) terms.set(term, (terms.get(term) ?? 0) + 1);
      return tsvectorOf(tokens);
    });
    const themes = directives.flatMap((d) => [...new Set(d.themes)].map((theme) => [d.id, theme] as const));
    const params = [
      column((d) => d.id), column((d) => d.start), column((d) => d.end), column((d) => d.text), column((d) => d.force), column((d) => forceRank(d.force)),
      column((d) => d.cue), column((d) => d.reporting), column((d) => d.issuer), column((d) => d.addressee), column((d) => JSON.stringify(d.actions)),
      column((d) => d.purpose), column((d) => JSON.stringify(d.themes)), column((d) => d.paragraph), column((d) => d.sentence),
      column((d) => d.confidence ?? null), column((d) => (d.signals === undefined ? null : JSON.stringify(d.signals))), tsv,
      themes.map(([id]) => id), themes.map(([, theme]) => theme),
      ...countsOf(directives),
    ];
    return { params, terms };
  }

  remove(docIds: readonly string[]): string[] {
    // the keys first (they are what add claims), then the document by its ord, which on Citus names its shard;
    // directives, themes and the source go with the document (ON DELETE CASCADE)
    const rows = this.db.query<{ id: string; ord: number }>('DELETE FROM document_keys WHERE id = ANY(?::text[]) RETURNING id, ord', [...new Set(docIds)]);
    if (rows.length > 0) this.db.query('DELETE FROM documents WHERE ord = ANY(?::bigint[])', rows.map((r) => r.ord));
    const removed = new Set(rows.map((r) => r.id));
    for (const id of removed) deleteLinksOf(pgLinks(this.db), id);
    return [...new Set(docIds)].filter((id) => removed.has(id));
  }

  edit(docId: string, changes: Partial<Record<EditableField, string | null>>): boolean {
    // the lock is on the key row: Citus takes FOR UPDATE only on one shard or a reference table (as reparse's)
    const ord = this.db.value<number>('SELECT ord FROM document_keys WHERE id = ? FOR UPDATE', docId);
    if (ord === undefined) return false;
    const row = this.db.query<{ ord: number; edited: string | null }>('SELECT ord, edited FROM documents WHERE ord = ?', ord)[0];
    if (!row) return false;
    const fields = (Object.keys(changes) as EditableField[]).filter((field) => changes[field] !== undefined);
    const edited = [...new Set([...(row.edited ? (JSON.parse(row.edited) as EditableField[]) : []), ...fields])];
    // column names come from the fixed EditableField set, never from input
    for (const field of fields) this.db.query(`UPDATE documents SET ${field} = ? WHERE ord = ?`, changes[field], row.ord);
    this.db.query('UPDATE documents SET edited = ? WHERE ord = ?', JSON.stringify(edited), row.ord);
    return true;
  }

  reparse(parse: Reparse, onDocument?: (done: number, total: number) => void): { documents: number; before: number; after: number } {
    this.db.query('SELECT ord FROM document_keys ORDER BY ord FOR UPDATE');
    const docs = this.db.query<DocumentRow>('SELECT * FROM documents ORDER BY ord');
    let before = 0;
    let after = 0;
    docs.forEach((row, index) => {
      const source = this.db.value<string>('SELECT source FROM sources WHERE doc_ord = ?', row.ord) ?? '';
      const parsed = parse(source, withoutCount(toDocument(row)));
      before += row.directive_count;
      after += parsed.directives.length;
      const p = parsed.document;
      this.db.query('DELETE FROM directives WHERE doc_ord = ?', row.ord);
      this.db.query('DELETE FROM doc_counts WHERE doc_ord = ?', row.ord);
      const { params, terms } = this.directiveParams(p.title, parsed.directives);
      this.count(terms);
      this.db.query(
        `WITH doc AS (UPDATE documents SET title = ?, date = ?, place = ?, issuer = ?, event = ?, participants = ?, language = ?, parser_version = ?, directive_count = ?, force_counts = ?::integer[] WHERE ord = ? RETURNING ord), ${INSERT_DIRECTIVES} SELECT ord FROM doc`,
        p.title, p.date, p.place, p.issuer, p.event, JSON.stringify(p.participants), p.language, p.parserVersion, parsed.directives.length, forceCountsOf(parsed.directives), row.ord,
        ...params,
      );
      onDocument?.(index + 1, docs.length);
    });
    deleteStaleLinks(pgLinks(this.db));
    return { documents: docs.length, before, after };
  }

  /**
   * The typo vocabulary brought up to date at the end of the transaction:
   * counts merged, new words' SymSpell keys added. One writer at a time does
   * this (a transaction-scoped advisory lock, held to commit), in term order.
   */
  flushVocabulary(): void {
    if (this.pendingTerms.size === 0) return;
    const terms = [...this.pendingTerms.keys()].sort();
    this.db.query("SELECT pg_advisory_xact_lock(hashtext('directives vocabulary'))");
    const inserted = this.db.query<{ term: string }>(
      `WITH v AS (
         INSERT INTO vocab (term, docs) SELECT * FROM unnest(?::text[], ?::int[]) ORDER BY 1
         ON CONFLICT (term) DO UPDATE SET docs = vocab.docs + EXCLUDED.docs RETURNING term, (xmax = 0) AS inserted
       ) SELECT term FROM v WHERE inserted`,
      terms,
      terms.map((t) => this.pendingTerms.get(t)!),
    );
    const keys: string[] = [];
    const owners: string[] = [];
    for (const { term } of inserted) {
      if (!takesTypoKeys(term)) continue;
      for (const key of deletions(term)) {
        keys.push(key);
        owners.push(term);
      }
    }
    if (keys.length > 0) this.db.query('INSERT INTO vocab_deletes (key, term) SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING', keys, owners);
    this.pendingTerms.clear();
  }

  discardPending(): void {
    this.pendingTerms.clear();
  }
}
