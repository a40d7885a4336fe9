import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import type { AlignInput } from '../../query/align/index.js';
import type { AlignedDocuments } from '../../render/align.js';
import { colorLevel } from '../../render/color.js';
import { sanitize } from '../../render/sanitize.js';
import type { Context, RegisterCommand } from '../context.js';
import { documentArguments } from '../document-arg.js';
import { out, terminalColumns } from '../io.js';
import { saveAlignment } from '../links.js';
import { targetFolder } from './corpus-folder.js';

export interface AlignCliOptions {
  json?: boolean;
  ndjson?: boolean;
  tsv?: boolean;
  only?: 'mismatched';
  forces?: boolean;
  save?: boolean;
}

export const registerAlign: RegisterCommand = (program, app) => {
  const formats = ['json', 'ndjson', 'tsv'];
  const others = (me: string): string[] => formats.filter((f) => f !== me);
  program
    .command('align')
    .description('pair the directives of an English translation with those of its Chinese original')
    .argument('<en>', 'the English document: a corpus document id (or prefix), or a text file parsed on the fly')
    .argument('<zh>', 'the Chinese document, the same way')
    .addOption(new Option('--json', 'print {"pairs": [{en, zh, force, confidence}]} with directive ids').conflicts(others('json')))
    .addOption(new Option('--ndjson', 'print one pair per line').conflicts(others('ndjson')))
    .addOption(new Option('--tsv', 'print tab-separated lines, no header (the default when piped)').conflicts(others('tsv')))
    .addOption(new Option('--only <which>', 'only pairs whose forces differ, or directives without counterpart').choices(['mismatched']))
    .option('--forces', 'print the force-pair table (English force × Chinese force) instead of the pairs')
    .option('--save', 'store the pairs as links in the corpus folder (both must be its documents), replacing their old links')
    .addHelpText(
      'after',
      `
The texts are aligned sentence by sentence (lengths, numbers, dates, list
markers, headings and a small bilingual word table), then each English
directive is paired with the Chinese directive(s) it translates: one to one,
one to many, or none. Documents that are not translations of each other are
reported as unrelated instead of being forced into pairs.

Directive ids are those \`directives parse FILE --json\` gives the same files.
TSV columns: en ids, zh ids, en force, zh force, confidence, en text, zh text.

Exit status: 0 pairs found, 1 no pair (unrelated documents), 2 usage or data error.

Examples:
  $ directives align report-en.txt report-zh.txt
  $ directives align report-en.txt report-zh.txt --only mismatched
  $ directives align report-en.txt report-zh.txt --json | jq '.pairs[0]'
  $ directives --corpus ./corpus align 3f2a 9c1b --forces
  $ directives --corpus ./corpus align 3f2a 9c1b --save`,
    )
    .action((en: string, zh: string, options: AlignCliOptions, cmd: Command) => app.run(cmd, (ctx) => runAlign(en, zh, options, ctx)));
};

const LANGUAGE_NAME = { en: 'English', zh: 'Chinese' } as const;

interface Resolved extends AlignInput {
  document: DocumentRecord;
  name: string;
}

export async function runAlign(enArg: string, zhArg: string, options: AlignCliOptions, ctx: Context): Promise<number> {
  const [{ alignDocuments }, { forcePairCounts, isMismatched }, { renderAlignJson, renderAlignNdjson, renderAlignReport, renderAlignTsv, renderForcePairs }] = await Promise.all([
    import('../../query/align/index.js'),
    import('../../query/align/forces.js'),
    import('../../render/align.js'),
  ]);
  // the corpus is opened only when an argument is not a file; links are stored only between its documents
  const dir = options.save ? targetFolder(ctx, 'align --save') : null;
  const named = documentArguments(ctx, dir === null ? {} : { corpusOnly: 'align --save' });
  const resolve = async (arg: string, label: string): Promise<Resolved> => {
    const { meta, source, directives } = await named.resolve(arg, label);
    const document: DocumentRecord = { ...meta, source: source ?? '' };
    return { document, directives: [...directives].sort((a: Directive, b: Directive) => a.start - b.start), name: meta.title ?? meta.file ?? meta.id };
  };
  try {
    let en = await resolve(enArg, 'EN');
    let zh = await resolve(zhArg, 'ZH');
    if (en.document.language === zh.document.language) {
      const language = LANGUAGE_NAME[en.document.language];
      throw new UsageError(`align: both documents are in ${language} (${sanitize(en.name)}, ${sanitize(zh.name)}); give an English translation and its Chinese original`);
    }
    // the order of the two arguments is a convention, not something to fail on
    if (en.document.language === 'zh') [en, zh] = [zh, en];
    const alignment = alignDocuments(en, zh);
    if (dir !== null) await saveAlignment(ctx, dir, en.document.id, zh.document.id, alignment);
    const docs: AlignedDocuments = {
      en: { id: en.document.id, name: en.name, directives: en.directives.length },
      zh: { id: zh.document.id, name: zh.name, directives: zh.directives.length },
    };
    const tty = ctx.io.stdout.isTTY;
    const forced = ctx.globals.color === 'always';
    const format = options.json ? 'json' : options.ndjson ? 'ndjson' : options.tsv || !(tty || forced) ? 'tsv' : 'table';
    const theme = format === 'table' ? (await import('../../render/theme.js')).createTheme(colorLevel(ctx.globals.color, ctx.io.env, tty)) : null;
    if (options.forces) {
      const counts = forcePairCounts(alignment.pairs);
      out(ctx.io, renderForcePairs(counts, format === 'ndjson' ? 'json' : format, theme ?? (await plainTheme())));
    } else {
      const pairs = options.only === 'mismatched' ? alignment.pairs.filter(isMismatched) : alignment.pairs;
      if (format === 'json') out(ctx.io, renderAlignJson(alignment, pairs, docs));
      else if (format === 'ndjson') out(ctx.io, renderAlignNdjson(pairs));
      else if (format === 'tsv') out(ctx.io, renderAlignTsv(pairs));
      else out(ctx.io, renderAlignReport(alignment, pairs, docs, terminalColumns(ctx.io), theme!));
    }
    return alignment.pairs.some((p) => p.en.length > 0 && p.zh.length > 0) ? 0 : 1;
  } finally {
    named.session()?.reader.close();
  }
}

async function plainTheme(): Promise<import('../../render/theme.js').Theme> {
  return (await import('../../render/theme.js')).PLAIN_THEME;
}
