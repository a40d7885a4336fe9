import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { Language } from '../../model/types.js';
import type { ChangeKind } from '../../query/diff/index.js';
import { CHANGE_KINDS, MATCH_THRESHOLD } from '../../query/diff/types.js';
import { describeForceScale } from '../../vocab/forces.js';
import { colorLevel } from '../../render/color.js';
import { loadTheme, type Context, type RegisterCommand } from '../context.js';
import { documentArguments, type NamedDocument } from '../document-arg.js';
import type { Session } from '../context.js';
import type { DiffSide } from '../../render/diff.js';
import { err, out, terminalColumns } from '../io.js';

export interface DiffCliOptions {
  only?: string[];
  context?: boolean;
  by?: 'theme';
  threshold?: number;
  json?: boolean;
  ndjson?: boolean;
  tsv?: boolean;
}

/** `--only added,strengthened` and repeated `--only` both collect, each checked against the kinds. */
function collectKinds(value: string, previous: string[] | undefined): string[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(CHANGE_KINDS as readonly string[]).includes(kind)) throw new InvalidArgumentError(`"${kind}" is not a kind of change. Kinds: ${CHANGE_KINDS.join(', ')}.`);
  }
  return [...(previous ?? []), ...kinds];
}

function parseThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError('a similarity above 0 and at most 1, e.g. 0.5');
  return n;
}

export const registerDiff: RegisterCommand = (program, app) => {
  const formats = ['json', 'ndjson', 'tsv'];
  const others = (me: string): string[] => formats.filter((f) => f !== me);
  program
    .command('diff')
    .description('compare the directives of two documents: added, dropped, strengthened, weakened, reworded, moved')
    .argument('<a>', 'the earlier document: id or id prefix, file name or title words from the corpus, or a text file')
    .argument('[b]', 'the later document, the same way')
    .option('--only <kinds>', `list only these kinds (comma-separated or repeated): ${CHANGE_KINDS.join(', ')}`, collectKinds)
    .option('--context', 'show the paragraph around each directive')
    .option('--threshold <0-1>', `how alike two directives must be to count as one (default ${MATCH_THRESHOLD})`, parseThreshold)
    .addOption(new Option('--by <what>', 'summarise by theme: which themes gained or lost directives and force').choices(['theme']))
    .addOption(new Option('--json', 'print one JSON object: both documents, counts and every entry').conflicts(others('json')))
    .addOption(new Option('--ndjson', 'print one JSON object per entry').conflicts(others('ndjson')))
    .addOption(new Option('--tsv', 'print tab-separated lines (the default when piped)').conflicts(others('tsv')))
    .addHelpText(
      'after',
      `
Each directive of A is paired with at most one of B — the pairing that makes
the texts (without their cues), actions and themes most alike overall, order
in the document breaking ties — and a pair must be alike enough to count as
the same directive. Then each is:
  same          the same text and force
  reworded      the text changed (word by word in English, character by character in Chinese)
  strengthened  the force went up the scale, e.g. should → must (also when reworded)
  weakened      the force went down
  moved         same directive, out of its order among the others
  added         only in B;  dropped: only in A
Force scale: ${describeForceScale()}.

A terminal shows a summary line of counts, then the changes grouped by kind
(all but "same" unless --only names it), each with ids that \`directives show\`
takes; insertions and deletions are coloured, or marked {+new+} [-old-] without
colour. Piped: "kind  A id  B id  A force  B force  similarity  text" lines.
A file is parsed as \`directives parse\` would (its ids are its own, not in the corpus).
Comparing an English text with a Chinese one is not a diff: it is refused.

Exit status: 0 compared, 2 unknown or ambiguous document (candidates are listed) or unusable input.

Examples:
  $ directives diff gwr2021 gwr2022
  $ directives diff a1b2 c3d4 --only added,strengthened --context
  $ directives diff old.txt new.txt --by theme
  $ directives diff a1b2 c3d4 --json | jq '.counts'`,
    )
    .action((a: string, b: string | undefined, options: DiffCliOptions, cmd: Command) => app.run(cmd, (ctx) => runDiff(a, b, options, ctx)));
};

type Side = NamedDocument & DiffSide;

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: 'Chinese' };

function parseKinds(only: string[] | undefined): Set<ChangeKind> {
  if (only === undefined || only.length === 0) return new Set(CHANGE_KINDS.filter((k) => k !== 'same'));
  return new Set(only as ChangeKind[]);
}

export async function runDiff(a: string, b: string | undefined, options: DiffCliOptions, ctx: Context): Promise<number> {
  if (b === undefined) throw new UsageError('diff: compare A with what? Give two documents (corpus ids, titles or text files): directives diff A B');
  const only = parseKinds(options.only);
  const [{ diffDirectives, themeSummary }, { diffRecord, renderDiffReport, renderDiffTsv }, { renderThemeTable, renderThemeTsv }, { renderNdjson }] = await Promise.all([
    import('../../query/diff/index.js'),
    import('../../render/diff.js'),
    import('../../render/diff-themes.js'),
    import('../../render/json.js'),
  ]);
  const named = documentArguments(ctx);
  const sideA: Side = await named.resolve(a, 'A');
  const sideB: Side = await named.resolve(b, 'B');
  if (sideA.meta.language !== sideB.meta.language) {
    throw new UsageError(
      `A is ${LANGUAGE_NAMES[sideA.meta.language]} and B is ${LANGUAGE_NAMES[sideB.meta.language]}: comparing across languages is not a diff (\`directives align\` pairs a text with its translation)`,
    );
  }
  if (sideA.meta.sha256 === sideB.meta.sha256) err(ctx.io, 'directives: A and B are the same text: every directive is the same');
  for (const [label, s] of [['A', sideA], ['B', sideB]] as const) {
    if (s.directives.length === 0) err(ctx.io, `directives: ${label} has no directives: everything in the other reads as ${label === 'A' ? 'added' : 'dropped'}`);
  }
  const result = diffDirectives(sideA.directives, sideB.directives, { language: sideA.meta.language, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  const docJson = (s: Side) => ({ id: s.meta.id, title: s.meta.title, date: s.meta.date, file: s.meta.file, language: s.meta.language, directives: s.directives.length });
  const entries = result.entries.filter((e) => only.has(e.kind));
  const people = peopleView(named.session(), ctx);

  if (options.by === 'theme') {
    const rows = themeSummary(result);
    if (options.json) out(ctx.io, JSON.stringify({ a: docJson(sideA), b: docJson(sideB), themes: rows }, null, 2));
    else if (options.ndjson) out(ctx.io, renderNdjson(rows));
    else if (!options.tsv && people.person) out(ctx.io, renderThemeTable(rows, people.width, await people.theme()));
    else out(ctx.io, renderThemeTsv(rows));
    return 0;
  }
  if (options.json) out(ctx.io, JSON.stringify({ a: docJson(sideA), b: docJson(sideB), counts: result.counts, entries: entries.map(diffRecord) }, null, 2));
  else if (options.ndjson) out(ctx.io, renderNdjson(entries.map(diffRecord)));
  else if (!options.tsv && people.person) {
    out(ctx.io, renderDiffReport(result, { a: sideA, b: sideB }, { theme: await people.theme(), width: people.width, only, context: options.context === true }));
  } else out(ctx.io, renderDiffTsv(entries));
  return 0;
}

/** How to print for people: the session's decisions when a corpus was opened, else the same ones made for two files. */
function peopleView(session: Session | null, ctx: Context) {
  const tty = session?.tty ?? ctx.io.stdout.isTTY;
  const level = session?.colorLevel ?? colorLevel(ctx.globals.color, ctx.io.env, tty);
  return {
    /** A terminal, or `--color always` through a pager. */
    person: tty || ctx.globals.color === 'always',
    width: session?.width ?? terminalColumns(ctx.io),
    theme: () => loadTheme({ colorLevel: level }),
  };
}
