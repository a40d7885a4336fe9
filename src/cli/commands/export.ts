import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { corpusPath, type Context, type RegisterCommand } from '../context.js';
import { writeStream } from '../io.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'ig', 'ig-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  json?: boolean;
  ndjson?: boolean;
  format?: ExportFormat;
}

export const registerExport: RegisterCommand = (program, app) => {
  program
    .command('export')
    .description('print the whole corpus as JSON (the interchange format) or NDJSON, or its directives as Institutional Grammar statements')
    .addOption(new Option('--json', 'one JSON object {schemaVersion, documents, directives} (default)').conflicts(['ndjson', 'format']))
    .addOption(new Option('--ndjson', 'one record per line: documents first, then directives').conflicts(['json', 'format']))
    .addOption(new Option('--format <format>', 'json, ndjson, ig (IG Script) or ig-csv (the IG Parser\'s tabular CSV)').choices(EXPORT_FORMATS))
    .addHelpText(
      'after',
      `
--format ig writes each directive as an Institutional Grammar 2.0 statement in
IG Script, the notation the IG Parser reads: "ID<TAB>statement", one a line.
  A(addressee) D(cue) I(verb) Bdir(object) Cex(purpose)
Several actions become a component pair combination {I(a) Bdir(x) [AND] I(b)
Bdir(y)}; a purpose that says when the directive applies (if, when, upon, 当…)
is an activation condition Cac(…), any other an execution constraint Cex(…).
( ) [ ] { } inside the text are written fullwidth, as the notation reserves them.
--format ig-csv writes the IG Parser's tabular columns (Statement ID, Attributes,
Deontic, Aim, Direct Object, Activation Condition, Execution Constraint, Logical
Linkage (Statements), Original Statement, IG Script Encoding), one row per
atomic statement (ID.1, ID.2 for several actions).

Examples:
  $ directives export --corpus ~/readouts --json > readouts.json
  $ directives export --corpus ~/readouts --ndjson | jq -c 'select(.type == "directive")'
  $ directives export --format ig | cut -f2 > statements.ig
  $ directives export --format ig-csv > statements.csv`,
    )
    .action((options: ExportOptions, cmd: Command) => app.run(cmd, (ctx) => runExport(options, ctx)));
};

export async function runExport(options: ExportOptions, ctx: Context): Promise<number> {
  const format: ExportFormat = options.format ?? (options.ndjson ? 'ndjson' : 'json');
  if (options.format !== undefined && (options.json || options.ndjson)) throw new UsageError('choose one of --format, --json and --ndjson');
  const [{ openReader }, json, ig] = await Promise.all([import('../../query/open.js'), import('../../render/json.js'), format.startsWith('ig') ? import('../../render/ig.js') : null]);
  const chunks = {
    json: json.corpusJsonChunks,
    ndjson: json.corpusNdjsonChunks,
    ig: (_documents: unknown, directives: Iterable<import('../../model/types.js').Directive>) => ig!.igScriptChunks(directives),
    'ig-csv': ig?.igCsvChunks,
  }[format]!;
  // one snapshot: a write landing while a slow reader drains the export cannot tear it (issue 17)
  const reader = await openReader(corpusPath(ctx));
  try {
    await reader.snapshot((documents, directives, links) => writeStream(ctx.io, chunks(documents, directives, links)));
  } finally {
    reader.close();
  }
  return 0;
}
