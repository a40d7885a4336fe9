import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { Context, RegisterCommand } from '../context.js';
import { EXIT_HELP, OUTPUT_HELP, QUERY_SYNTAX } from '../flags.js';
import { out } from '../io.js';
import { DIRECTIVES_DOC } from '../paths.js';

/** Topics beyond one command's --help (issue 14, item 16). */
const TOPICS: Record<string, { summary: string; text: () => string }> = {
  query: { summary: 'the search query syntax', text: () => QUERY_SYNTAX },
  directives: { summary: 'what counts as a directive: the contract the parser keeps', text: () => readFileSync(DIRECTIVES_DOC, 'utf8') },
  output: { summary: 'formats, colour, the pager, CSV safety', text: () => `${OUTPUT_HELP.trim()}\nLong output on a terminal goes through $DIRECTIVES_PAGER or $PAGER (default: less -FRX); --no-pager prints straight.\n${EXIT_HELP.trim()}` },
};

export const registerHelp: RegisterCommand = (program, app) => {
  program.helpCommand(false);
  program
    .command('help')
    .description(`help on a command, or on a topic: ${Object.keys(TOPICS).join(', ')}`)
    .argument('[topic]', 'a command or a topic')
    .action((topic: string | undefined, _options: unknown, cmd: Command) => app.run(cmd, (ctx) => runHelp(program, topic, ctx)));
};

export function runHelp(program: Command, topic: string | undefined, ctx: Context): Promise<number> {
  if (topic === undefined) {
    out(ctx.io, `${program.helpInformation()}\nTopics (directives help TOPIC):\n${Object.entries(TOPICS).map(([name, t]) => `  ${name.padEnd(12)}${t.summary}`).join('\n')}`);
    return Promise.resolve(0);
  }
  const command = program.commands.find((c) => c.name() === topic || c.aliases().includes(topic));
  if (command) {
    // helpInformation leaves out text added with addHelpText; outputHelp prints it all, through the configured output
    command.outputHelp();
    return Promise.resolve(0);
  }
  const entry = TOPICS[topic];
  if (!entry) throw new UsageError(`help: no command or topic ${JSON.stringify(topic)} (topics: ${Object.keys(TOPICS).join(', ')})`);
  out(ctx.io, entry.text());
  return Promise.resolve(0);
}
