import { InvalidArgumentError, Option, type Command } from 'commander';
import { CHANGE_KINDS, MATCH_THRESHOLD } from '../../query/diff/types.js';
import type { SetExit } from './index.js';
import type { GlobalOptions } from './options.js';

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

export function registerDiff(program: Command, setExit: SetExit): void {
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
Force scale: must = must-not > should = necessary = imperative > will > strive = encourage > may.

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
    .action(async (a: string, b: string | undefined, options: DiffCliOptions, cmd: Command) => {
      const { runDiff } = await import('./diff-run.js');
      setExit(await runDiff(a, b, options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
