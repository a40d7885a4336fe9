import type Database from 'better-sqlite3';
import { DataError } from '../../errors.js';
import { indexText, searchableText, deletions, takesTypoKeys } from '../../model/tokens.js';
import type { Directive, DocumentRecord, EditableField } from '../../model/types.js';
import { forceRank } from '../../vocab/forces.js';
import type { StoreReads } from './reads.js';
import type { AddItem, AddResult, Reparse } from '../../model/write.js';
import { toDocument, withoutCount, type DocumentRow } from './rows.js';
import { addLinks, deleteLinksOf, deleteStaleLinks, writeLinks, sqliteLinks } from './links.js';
import type { DirectiveLink } from '../../model/links.js';

/**
 * The writes of a corpus folder. Each public method runs inside the caller's
 * transaction (Store.write); the typo vocabulary is brought up to date once
 * per transaction by flushVocabulary.
 */
export class StoreWrites {
  /** Words indexed by the current write and how many directives hold each. */
  private readonly pendingTerms = new Map<string, number>();

  constructor(
    private readonly db: Database.Database,
    private readonly reads: StoreReads,
  ) {}

  /** Add parsed documents; a text already present (same SHA-256) is skipped. `items` may be lazy. */
  add(items: Iterable<AddItem>, onItem?: (result: AddResult) => void): AddResult {
    const result: AddResult = { added: [], skipped: [], directives: 0 };
    // an exported corpus's document ids as they are stored here (a text already present keeps its id; a clashing one is lengthened)
    const storedIds = new Map<string, string>();
    for (const { document, directives, links } of items) {
      if (this.reads.hasDocument(document.sha256)) {
        result.skipped.push(document);
        storedIds.set(document.id, this.db.prepare('SELECT id FROM documents WHERE sha256 = ?').pluck().get(document.sha256) as string);
      } else {
        const unique = this.reads.hasDocumentId(document.id) ? this.lengthenId(document, directives) : { document, directives };
        this.insertDocument(unique.document, unique.directives);
        result.added.push(unique.document);
        result.directives += directives.length;
        storedIds.set(document.id, unique.document.id);
      }
      if (links) addLinks(sqliteLinks(this.db), links, storedIds);
      onItem?.(result);
    }
    return result;
  }

  /** Replace the links of two documents (see links.ts writeLinks); how many pairs were stored. */
  saveLinks(enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): number {
    return writeLinks(sqliteLinks(this.db), enDoc, zhDoc, pairs);
  }

  /**
   * Two texts whose SHA-256 share the first 8 hex digits (likely somewhere
   * past 60,000 documents, issue 17): the newcomer's id takes as many more
   * digits of its hash as it needs to be unique, as git abbreviates, and its
   * directive ids follow. Ids already stored never change.
   */
  private lengthenId(document: DocumentRecord, directives: readonly Directive[]): AddItem {
    if (!document.sha256.startsWith(document.id)) {
      throw new DataError(`document id ${document.id} is already used by another text; nothing was added`);
    }
    let length = document.id.length + 1;
    while (length < document.sha256.length && this.reads.hasDocumentId(document.sha256.slice(0, length))) length++;
    const id = document.sha256.slice(0, length);
    const renamed = directives.map((d) => ({ ...d, id: `${id}${d.id.slice(document.id.length)}`, doc: id }));
    return { document: { ...document, id }, directives: renamed };
  }

  /** Remove documents by exact id. Returns the ids that were there. */
  remove(docIds: readonly string[]): string[] {
    const removed: string[] = [];
    for (const docId of new Set(docIds)) {
      const row = this.db.prepare('SELECT ord FROM documents WHERE id = ?').get(docId) as { ord: number } | undefined;
      if (!row) continue;
      this.deleteDirectivesOf(row.ord);
      deleteLinksOf(sqliteLinks(this.db), docId);
      this.db.prepare('DELETE FROM sources WHERE doc_ord = ?').run(row.ord);
      this.db.prepare('DELETE FROM documents WHERE ord = ?').run(row.ord);
      removed.push(docId);
    }
    return removed;
  }

  /** Set a document's metadata as a person says it is; `reparse` keeps what was set. Returns false when there is no such document. */
  edit(docId: string, changes: Partial<Record<EditableField, string | null>>): boolean {
    const row = this.db.prepare('SELECT ord, edited FROM documents WHERE id = ?').get(docId) as { ord: number; edited: string | null } | undefined;
    if (!row) return false;
    const fields = (Object.keys(changes) as EditableField[]).filter((field) => changes[field] !== undefined);
    const edited = [...new Set([...(row.edited ? (JSON.parse(row.edited) as EditableField[]) : []), ...fields])];
    // column names come from the fixed EditableField set, never from input
    for (const field of fields) this.db.prepare(`UPDATE documents SET ${field} = ? WHERE ord = ?`).run(changes[field], row.ord);
    this.db.prepare('UPDATE documents SET edited = ? WHERE ord = ?').run(JSON.stringify(edited), row.ord);
    return true;
  }

  /** Replace every document's directives with what `parse` makes of its stored source now. */
  reparse(parse: Reparse, onDocument?: (done: number, total: number) => void): { documents: number; before: number; after: number } {
    const docs = (this.db.prepare('SELECT * FROM documents ORDER BY ord').all() as DocumentRow[]).map((row) => ({ row, doc: withoutCount(toDocument(row)) }));
    let before = 0;
    let after = 0;
    docs.forEach(({ row, doc }, index) => {
      const parsed = parse(this.reads.source(row.ord), doc);
      before += row.directive_count;
      after += parsed.directives.length;
      this.deleteDirectivesOf(row.ord);
      const p = parsed.document;
      this.db
        .prepare('UPDATE documents SET title = ?, date = ?, place = ?, issuer = ?, event = ?, participants = ?, language = ?, parser_version = ?, directive_count = ? WHERE ord = ?')
        .run(p.title, p.date, p.place, p.issuer, p.event, JSON.stringify(p.participants), p.language, p.parserVersion, parsed.directives.length, row.ord);
      this.insertDirectives(row.ord, p.title, parsed.directives);
      onDocument?.(index + 1, docs.length);
    });
    deleteStaleLinks(sqliteLinks(this.db));
    return { documents: docs.length, before, after };
  }

  private insertDocument(document: DocumentRecord, directives: readonly Directive[]): void {
    const info = this.db
      .prepare(
        `INSERT INTO documents (id, sha256, file, title, date, place, issuer, event, participants, language, parser_version, source_url, directive_count, added_at, format, original_sha256, fetched, edited)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        document.id,
        document.sha256,
        document.file,
        document.title,
        document.date,
        document.place,
        document.issuer,
        document.event,
        JSON.stringify(document.participants),
        document.language,
        document.parserVersion,
        document.sourceUrl ?? null,
        directives.length,
        new Date().toISOString(),
        document.format ?? null,
        document.originalSha256 ?? null,
        document.fetched ?? null,
        document.edited?.length ? JSON.stringify(document.edited) : null,
      );
    const ord = Number(info.lastInsertRowid);
    this.db.prepare('INSERT INTO sources (doc_ord, source) VALUES (?, ?)').run(ord, document.source);
    this.insertDirectives(ord, document.title, directives);
  }

  private insertDirectives(ord: number, title: string | null, directives: readonly Directive[]): void {
    const insert = this.db.prepare(
      `INSERT INTO directives (id, doc_ord, start, "end", text, force, force_rank, cue, reporting, issuer, addressee, actions, purpose, themes, paragraph, sentence, confidence, signals)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const index = indexer(this.db);
    for (const d of directives) {
      const rid = Number(
        insert.run(
          d.id, ord, d.start, d.end, d.text, d.force, forceRank(d.force), d.cue, d.reporting, d.issuer, d.addressee,
          JSON.stringify(d.actions), d.purpose, JSON.stringify(d.themes), d.paragraph, d.sentence,
          d.confidence ?? null, d.signals === undefined ? null : JSON.stringify(d.signals),
        ).lastInsertRowid,
      );
      index(rid, d, title, this.pendingTerms);
    }
  }

  private deleteDirectivesOf(ord: number): void {
    const rids = this.db.prepare('SELECT rid FROM directives WHERE doc_ord = ?').pluck().all(ord) as number[];
    const fts = this.db.prepare('DELETE FROM fts WHERE rowid = ?');
    const themes = this.db.prepare('DELETE FROM themes WHERE rid = ?');
    for (const rid of rids) {
      fts.run(rid);
      themes.run(rid);
    }
    this.db.prepare('DELETE FROM directives WHERE doc_ord = ?').run(ord);
  }

  /**
   * The typo-tolerance vocabulary, kept up to date with each write: every
   * indexed word with (roughly) how many directives hold it, and its SymSpell
   * deletion keys. Removing a document leaves its words behind; a word with no
   * postings any more only makes an FTS query that matches nothing.
   */
  flushVocabulary(): void {
    writeVocabulary(this.db, this.pendingTerms);
    this.pendingTerms.clear();
  }

  /** A failed transaction's words are not the corpus's. */
  discardPending(): void {
    this.pendingTerms.clear();
  }
}

/**
 * What a directive adds besides its own row — its themes, its full-text
 * entry — with its words counted into `terms`; shared by writes and by
 * `check --repair`, which rebuilds these from the directive rows (issue 17).
 */
export function indexer(db: Database.Database): (rid: number, d: Directive, title: string | null, terms: Map<string, number>) => void {
  const theme = db.prepare('INSERT INTO themes (rid, theme) VALUES (?, ?)');
  const fts = db.prepare('INSERT INTO fts (rowid, body) VALUES (?, ?)');
  return (rid, d, title, terms) => {
    for (const t of new Set(d.themes)) theme.run(rid, t);
    const body = indexText(searchableText(d, title));
    fts.run(rid, body);
    for (const term of new Set(body.split(' '))) if (term !== '') terms.set(term, (terms.get(term) ?? 0) + 1);
  };
}

/** Add words and how many directives hold them to the typo vocabulary, with SymSpell deletion keys for new ones. */
export function writeVocabulary(db: Database.Database, terms: ReadonlyMap<string, number>): void {
  if (terms.size === 0) return;
  const insert = db.prepare('INSERT OR IGNORE INTO vocab (term, docs) VALUES (?, ?)');
  const bump = db.prepare('UPDATE vocab SET docs = docs + ? WHERE term = ?');
  const key = db.prepare('INSERT OR IGNORE INTO vocab_deletes (key, term) VALUES (?, ?)');
  for (const [term, count] of terms) {
    if (insert.run(term, count).changes === 0) {
      bump.run(count, term);
      continue;
    }
    if (!takesTypoKeys(term)) continue;
    for (const k of deletions(term)) key.run(k, term);
  }
}
