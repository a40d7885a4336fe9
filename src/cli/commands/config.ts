import type { Command } from 'commander';
import { COLOR_MODES } from '../../vocab/fields.js';
import { colorSource, loadConfig } from '../config.js';
import { corpusSetting, type Context, type RegisterCommand } from '../context.js';
import { out } from '../io.js';
import { DEFAULT_PAGER } from '../pager.js';

export interface ConfigOptions {
  json?: boolean;
}

export const registerConfig: RegisterCommand = (program, app) => {
  program
    .command('config')
    .description('show the settings in effect (corpus, color, pager, fields) and where each comes from')
    .option('--json', 'print them as JSON')
    .addHelpText(
      'after',
      `
The optional config file is $XDG_CONFIG_HOME/directives/config.json (default
~/.config/directives/config.json), a JSON object with any of:
  corpus   the corpus to read (a corpus folder or JSON) when --corpus and
           $DIRECTIVES_CORPUS are not given
  color    ${COLOR_MODES.join(', ')}: used when --color is not given
  pager    the pager for long output on a terminal ("" or "cat": none);
           $DIRECTIVES_PAGER wins over it, $PAGER does not
  fields   default --fields of list and search (table, TSV and CSV)

Example:
  {"corpus": "~/readouts", "color": "auto", "pager": "less -FRX", "fields": "id,force,addressee,text"}`,
    )
    .action((options: ConfigOptions, cmd: Command) => app.run(cmd, (ctx) => runConfig(cmd, options, ctx)));
};

interface Setting {
  name: string;
  value: string | null;
  source: string;
}

export function runConfig(command: Command, options: ConfigOptions, ctx: Context): Promise<number> {
  const { path, found, config } = loadConfig(ctx.io.env);
  const env = ctx.io.env;
  const corpus = corpusSetting(ctx);
  const colorGiven = colorSource(command) === 'cli';
  const pagerEnv = env.DIRECTIVES_PAGER !== undefined ? '$DIRECTIVES_PAGER' : config.pager !== undefined ? 'config file' : env.PAGER !== undefined ? '$PAGER' : 'default';
  const pagerValue = env.DIRECTIVES_PAGER ?? config.pager ?? env.PAGER ?? DEFAULT_PAGER;
  const settings: Setting[] = [
    { name: 'config', value: path, source: path === null ? 'no $HOME or $XDG_CONFIG_HOME' : found ? 'found' : 'not found (optional)' },
    { name: 'corpus', value: corpus.value, source: corpus.source },
    { name: 'color', value: ctx.globals.color, source: colorGiven ? '--color' : config.color !== undefined ? 'config file' : 'default (NO_COLOR, FORCE_COLOR and TERM still apply)' },
    { name: 'pager', value: ctx.globals.pager === false ? null : pagerValue, source: ctx.globals.pager === false ? '--no-pager' : pagerEnv },
    { name: 'fields', value: config.fields ?? null, source: config.fields !== undefined ? 'config file' : 'default (each command its own)' },
  ];
  if (options.json) out(ctx.io, JSON.stringify(Object.fromEntries(settings.map((s) => [s.name, { value: s.value, source: s.source }])), null, 2));
  else out(ctx.io, settings.map((s) => `${s.name}\t${s.value ?? ''}\t${s.source}`).join('\n'));
  return Promise.resolve(0);
}
