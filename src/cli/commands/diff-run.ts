import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readTextFile } from '../../corpus/read-text.js';
import { UsageError } from '../../errors.js';
import type { Directive, DocumentMeta, Language } from '../../model/types.js';
import { parseDocument } from '../../parse/index.js';
import { CHANGE_KINDS, diffDirectives, themeSummary, type ChangeKind } from '../../query/diff/index.js';
import type { CorpusReader } from '../../query/reader.js';
import { resolveDocument } from '../../query/resolve-document.js';
import { diffRecord, renderDiffReport, renderDiffTsv, type DiffSide } from '../../render/diff.js';
import { renderThemeTable, renderThemeTsv } from '../../render/diff-themes.js';
import { renderNdjson } from '../../render/json.js';
import { sanitize } from '../../render/sanitize.js';
import { colorLevel } from '../../render/color.js';
import { openSession, type Session } from '../context.js';
import { err, out, stdoutIsTTY, terminalColumns } from '../io.js';
import type { DiffCliOptions } from './diff.js';
import type { GlobalOptions } from './options.js';

interface Side extends DiffSide {
  meta: DocumentMeta;
  directives: Directive[];
  sha256: string;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: 'Chinese' };

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

function fromFile(path: string): Side {
  const { document, directives } = parseDocument(readTextFile(path), { file: basename(path) });
  const { source, ...meta } = document;
  return { meta, source, directives, sha256: document.sha256 };
}

function fromCorpus(wanted: string, label: string, reader: CorpusReader): Side {
  const found = resolveDocument(wanted, reader.documents());
  if (found.kind === 'ambiguous') {
    const short = (text: string | null): string => (text === null ? '' : text.length > 60 ? `${text.slice(0, 59)}…` : text);
    const list = found.candidates.slice(0, 10).map((d) => sanitize(`  ${d.id}  ${d.date ?? '—'}  ${[d.file, short(d.title)].filter(Boolean).join('  ')}`));
    const more = found.candidates.length > 10 ? `\n  … and ${found.candidates.length - 10} more` : '';
    throw new UsageError(`${label} ${sanitize(JSON.stringify(wanted))} matches ${found.candidates.length} documents; give more of the id or title:\n${list.join('\n')}${more}`);
  }
  if (found.kind === 'none') {
    throw new UsageError(`${label} ${sanitize(JSON.stringify(wanted))}: no such file, and no document in the corpus has that id, file name or title (list them with \`directives docs\`)`);
  }
  const record = reader.document(found.doc.id);
  const directives = reader.list({ doc: found.doc.id }).filter((d) => d.doc === found.doc.id);
  return { meta: found.doc, source: record?.source ?? null, directives, sha256: found.doc.sha256 };
}

function parseKinds(only: string[] | undefined): Set<ChangeKind> {
  if (only === undefined || only.length === 0) return new Set(CHANGE_KINDS.filter((k) => k !== 'same'));
  return new Set(only as ChangeKind[]);
}

export async function runDiff(a: string, b: string | undefined, options: DiffCliOptions, globals: GlobalOptions): Promise<number> {
  if (b === undefined) throw new UsageError('diff: compare A with what? Give two documents (corpus ids, titles or text files): directives diff A B');
  const only = parseKinds(options.only);
  let session: Session | null = null;
  const side = async (wanted: string, label: string): Promise<Side> => {
    if (isFile(wanted)) return fromFile(wanted);
    session ??= await openSession(globals);
    return fromCorpus(wanted, label, session.reader);
  };
  const sideA = await side(a, 'A');
  const sideB = await side(b, 'B');
  if (sideA.meta.language !== sideB.meta.language) {
    throw new UsageError(
      `A is ${LANGUAGE_NAMES[sideA.meta.language]} and B is ${LANGUAGE_NAMES[sideB.meta.language]}: comparing across languages is not a diff (\`directives align\` pairs a text with its translation)`,
    );
  }
  if (sideA.sha256 === sideB.sha256) err('directives: A and B are the same text: every directive is the same');
  for (const [label, s] of [['A', sideA], ['B', sideB]] as const) {
    if (s.directives.length === 0) err(`directives: ${label} has no directives: everything in the other reads as ${label === 'A' ? 'added' : 'dropped'}`);
  }
  const result = diffDirectives(sideA.directives, sideB.directives, { language: sideA.meta.language, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  const docJson = (s: Side) => ({ id: s.meta.id, title: s.meta.title, date: s.meta.date, file: s.meta.file, language: s.meta.language, directives: s.directives.length });
  const entries = result.entries.filter((e) => only.has(e.kind));
  const people = peopleView(session, globals);

  if (options.by === 'theme') {
    const rows = themeSummary(result);
    if (options.json) out(JSON.stringify({ a: docJson(sideA), b: docJson(sideB), themes: rows }, null, 2));
    else if (options.ndjson) out(renderNdjson(rows));
    else if (!options.tsv && people.person) out(renderThemeTable(rows, people.width, await people.theme()));
    else out(renderThemeTsv(rows));
    return 0;
  }
  if (options.json) out(JSON.stringify({ a: docJson(sideA), b: docJson(sideB), counts: result.counts, entries: entries.map(diffRecord) }, null, 2));
  else if (options.ndjson) out(renderNdjson(entries.map(diffRecord)));
  else if (!options.tsv && people.person) {
    out(renderDiffReport(result, { a: sideA, b: sideB }, { theme: await people.theme(), width: people.width, only, context: options.context === true }));
  } else out(renderDiffTsv(entries));
  return 0;
}

/** How to print for people: the session's decisions when a corpus was opened, else the same ones made for two files. */
function peopleView(session: Session | null, globals: GlobalOptions) {
  const tty = session?.tty ?? stdoutIsTTY();
  const level = session?.colorLevel ?? colorLevel(globals.color, process.env, tty);
  return {
    /** A terminal, or `--color always` through a pager. */
    person: tty || globals.color === 'always',
    width: session?.width ?? terminalColumns(),
    theme: async () => (await import('../../render/theme.js')).createTheme(level),
  };
}
