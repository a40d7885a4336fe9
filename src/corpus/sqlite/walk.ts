import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Directive } from '../../model/types.js';
import { isForce } from '../../vocab/forces.js';
import { SIGNALS } from '../../vocab/signals.js';
import { hasColumn } from './schema.js';
import { salvageTable, type SalvageResult } from './salvage.js';
import { toDirective, toDocument, type DirectiveRow, type DocumentRow } from './rows.js';

/**
 * One pass over every row of a corpus database that can still be read, each
 * checked as the query layer will trust it (issue 17): JSON columns parse to
 * the right shapes, offsets lie inside the source, the text is the source's
 * slice, the force is known, the source hashes to the document's sha256.
 * `check` counts and reports; `check --repair` copies what passes.
 */

export interface StoredDirective {
  rid: number;
  docOrd: number;
  directive: Directive;
}

export interface WalkSink {
  document(row: DocumentRow, source: string): void;
  directive(stored: StoredDirective, title: string | null): void;
}

export interface WalkReport {
  /** One line per problem, at most MAX_PROBLEMS of them; `problemCount` counts all. */
  problems: string[];
  problemCount: number;
  documents: number;
  directives: number;
  /** Document rows read but unusable. */
  droppedDocuments: number;
  /** Directives that cannot be saved: those of dropped documents, and those the saved documents say they have but that are unreadable or unusable. */
  lostDirectives: number;
  /** Some rows could not be read at all: how many were there is unknown. */
  unreadableRows: boolean;
}

export const MAX_PROBLEMS = 200;

const SIGNAL_SET = new Set<string>(SIGNALS);
const isString = (value: unknown): value is string => typeof value === 'string';

function parseJson(text: string | null, what: string): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${what} is not valid JSON`);
  }
}

/** Why a document row cannot be trusted, or null. */
function documentProblem(row: DocumentRow, source: string): string | null {
  try {
    const participants = parseJson(row.participants, 'participants');
    if (!Array.isArray(participants) || !participants.every((p) => typeof p === 'object' && p !== null && isString((p as { name?: unknown }).name))) return 'participants is not a list of people';
    if (row.edited !== undefined && row.edited !== null && !Array.isArray(parseJson(row.edited, 'edited'))) return 'edited is not a list';
  } catch (error) {
    return (error as Error).message;
  }
  if (row.language !== 'en' && row.language !== 'zh') return `unknown language ${JSON.stringify(row.language)}`;
  if (!isString(row.id) || row.id === '') return 'no id';
  try {
    toDocument(row);
  } catch (error) {
    return (error as Error).message;
  }
  if (createHash('sha256').update(source).digest('hex') !== row.sha256) return 'its source text does not match its sha256';
  return null;
}

/** Why a directive row cannot be trusted, or null. */
function directiveProblem(row: DirectiveRow & { force_rank: number }, source: string): string | null {
  try {
    const actions = parseJson(row.actions, 'actions');
    if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'object' && a !== null && isString((a as { verb?: unknown }).verb) && isString((a as { object?: unknown }).object))) {
      return 'actions is not a list of {verb, object} strings';
    }
    const themes = parseJson(row.themes, 'themes');
    if (!Array.isArray(themes) || !themes.every(isString)) return 'themes is not a list of strings';
    const signals = parseJson(row.signals, 'signals');
    if (row.signals !== null && (!Array.isArray(signals) || !signals.every((s) => isString(s) && SIGNAL_SET.has(s)))) return 'signals holds an unknown signal';
  } catch (error) {
    return (error as Error).message;
  }
  if (!isForce(row.force)) return `unknown force ${JSON.stringify(row.force)}`;
  if (row.confidence !== null && !(typeof row.confidence === 'number' && row.confidence >= 0 && row.confidence <= 1)) return 'confidence is not between 0 and 1';
  const { start, end } = row;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > source.length) {
    return `offsets ${String(start)}–${String(end)} fall outside its document (${source.length} characters)`;
  }
  if (row.text !== source.slice(start, end)) return `text differs from the document source at ${start}–${end}`;
  return null;
}

const ranges = (result: SalvageResult): string => result.unreadable.slice(0, 5).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ') + (result.unreadable.length > 5 ? ', …' : '');

/** Read every row that can be read, check it, and hand each usable one to `sink`. */
export function walkCorpus(db: Database.Database, sink: WalkSink): WalkReport {
  const report: WalkReport = { problems: [], problemCount: 0, documents: 0, directives: 0, droppedDocuments: 0, lostDirectives: 0, unreadableRows: false };
  const droppedOrds = new Set<number>();
  const problem = (line: string): void => {
    report.problemCount++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(line);
  };
  let sourceOf: Database.Statement | null = null;
  try {
    sourceOf = db.prepare('SELECT source FROM sources WHERE doc_ord = ?').pluck();
  } catch {
    problem('the sources table cannot be read');
  }
  const readSource = (ord: number): string | null => {
    try {
      const source = sourceOf?.get(ord) as unknown;
      return isString(source) ? source : null;
    } catch {
      return null;
    }
  };

  const kept = new Map<number, { id: string; title: string | null; expected: number; found: number }>();
  const docs = salvageTable<DocumentRow>(db, 'documents', 'ord', '*', (row) => {
    const source = readSource(row.ord);
    const label = `document ${isString(row.id) ? row.id : `#${row.ord}`}`;
    const why = source === null ? 'its source text cannot be read' : documentProblem(row, source);
    if (why !== null || source === null) {
      problem(`${label}: ${why ?? 'unreadable'}`);
      report.droppedDocuments++;
      droppedOrds.add(row.ord);
      report.lostDirectives += Number.isInteger(row.directive_count) ? row.directive_count : 0;
      return;
    }
    kept.set(row.ord, { id: row.id, title: row.title, expected: row.directive_count, found: 0 });
    report.documents++;
    sink.document(row, source);
  });
  report.unreadableRows = docs.lostTable || docs.unreadable.length > 0;
  if (docs.lostTable) problem('the documents table cannot be read');
  else if (docs.unreadable.length > 0) problem(`documents at rows ${ranges(docs)} cannot be read`);

  let withConfidence = false;
  try {
    withConfidence = hasColumn(db, 'directives', 'confidence');
  } catch {
    // the table's definition cannot be read: its rows cannot either, and salvageTable says so
  }
  const confidence = withConfidence ? 'confidence, signals' : 'NULL AS confidence, NULL AS signals';
  const columns = `rid, id, doc_ord, start, "end", text, force, force_rank, cue, reporting, issuer, addressee, actions, purpose, themes, paragraph, sentence, ${confidence}`;
  let cached: { ord: number; source: string | null } = { ord: -1, source: null };
  const directives = salvageTable<DirectiveRow & { doc_ord: number; force_rank: number }>(db, 'directives', 'rid', columns, (row) => {
    const doc = kept.get(row.doc_ord);
    const label = `directive ${isString(row.id) ? row.id : `#${row.rid}`}`;
    if (!doc) {
      // a dropped document's directives are already counted by its directive_count
      if (!droppedOrds.has(row.doc_ord)) report.lostDirectives++;
      problem(`${label}: its document cannot be read`);
      return;
    }
    if (cached.ord !== row.doc_ord) cached = { ord: row.doc_ord, source: readSource(row.doc_ord) };
    const why = directiveProblem(row, cached.source ?? '');
    if (why !== null) {
      problem(`${label}: ${why}`);
      return;
    }
    let directive: Directive;
    try {
      directive = toDirective({ ...row, doc: doc.id });
    } catch (error) {
      problem(`${label}: ${(error as Error).message}`);
      return;
    }
    doc.found++;
    report.directives++;
    sink.directive({ rid: row.rid, docOrd: row.doc_ord, directive }, doc.title);
  });
  report.unreadableRows ||= directives.lostTable || directives.unreadable.length > 0;
  if (directives.lostTable) problem('the directives table cannot be read');
  else if (directives.unreadable.length > 0) problem(`directives at rows ${ranges(directives)} cannot be read`);

  for (const doc of kept.values()) {
    if (doc.found < doc.expected) {
      report.lostDirectives += doc.expected - doc.found;
      problem(`document ${doc.id}: ${doc.expected - doc.found} of its ${doc.expected} directives are missing or unusable`);
    }
  }
  return report;
}
