import { Argument, type Command } from 'commander';
import type { CorpusValues, Shell } from '../completion.js';
import { corpusPath, type Context, type RegisterCommand } from '../context.js';
import { out } from '../io.js';

export const registerCompletion: RegisterCommand = (program, app) => {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh, fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      `
Completes commands, flags, their values (forces, languages, fields, facets)
and, from the corpus (--corpus or $DIRECTIVES_CORPUS), document ids, directive
ids and themes.

Install:
  bash   echo 'source <(directives completion bash)' >> ~/.bashrc
  zsh    echo 'source <(directives completion zsh)' >> ~/.zshrc   (after compinit)
  fish   directives completion fish > ~/.config/fish/completions/directives.fish`,
    )
    .action((shell: Shell, _options: unknown, cmd: Command) =>
      app.run(cmd, async (ctx) => {
        out(ctx.io, (await import('../completion.js')).completionScript(shell));
        return 0;
      }),
    );

  // what the scripts call: the words typed so far in, one candidate per line out
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[], _options: unknown, cmd: Command) => app.run(cmd, (ctx) => runComplete(program, words, ctx)));
};

export async function runComplete(program: Command, words: string[], ctx: Context): Promise<number> {
  // loaded only here: every other command starts without it
  const { complete, corpusInWords } = await import('../completion.js');
  const typed = words.length === 0 ? [''] : words;
  let wanted = false;
  const first = complete(program, typed, () => {
    wanted = true;
    return null;
  });
  if (!wanted) {
    out(ctx.io, first.join('\n'));
    return 0;
  }
  const values = await corpusValues(ctx, corpusInWords(typed));
  out(ctx.io, complete(program, typed, () => values).join('\n'));
  return 0;
}

/** A corpus that cannot be opened completes nothing: completion never prints an error into a prompt. */
async function corpusValues(ctx: Context, named: string | undefined): Promise<CorpusValues | null> {
  try {
    const { openReader } = await import('../../query/open.js');
    const reader = await openReader(named ?? corpusPath(ctx));
    return {
      documentIds: () => reader.documents().map((doc) => doc.id),
      directiveIds: (prefix) => {
        const docs = reader.documents().filter((doc) => doc.id.startsWith(prefix.split('-')[0]!) || prefix.startsWith(doc.id));
        return docs.slice(0, 20).flatMap((doc) => reader.list({ doc: doc.id }).map((d) => d.id));
      },
      themes: () => reader.facets('theme', {}).flatMap((c) => (c.value === null ? [] : [c.value])),
    };
  } catch {
    return null;
  }
}
