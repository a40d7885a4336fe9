import type { Command, Option } from 'commander';
import { DIRECTIVE_FIELDS, DOCUMENT_FIELDS, LANGUAGES, SEARCH_FIELDS } from '../vocab/fields.js';
import { FORCES } from '../vocab/forces.js';

/**
 * Shell completion, worked out from the commander definitions themselves
 * (issue 14, item 15): the shell scripts hand the words typed so far to the
 * hidden `directives __complete`, which answers from the program's commands,
 * their flags and the vocabulary tables — and, for document ids and themes,
 * from the corpus the words name.
 */

/** Values of flags whose values come from a vocabulary table rather than commander `.choices()`. */
const FLAG_VALUES: Record<string, readonly string[]> = {
  '--force': FORCES,
  '--min-force': FORCES,
  '--lang': LANGUAGES,
};

/** `--fields` takes the fields of what the command prints. */
const FIELDS_OF: Record<string, readonly string[]> = {
  list: DIRECTIVE_FIELDS,
  parse: DIRECTIVE_FIELDS,
  search: SEARCH_FIELDS,
  docs: DOCUMENT_FIELDS,
};

/** What the corpus can tell: asked only when a word needs it. */
export interface CorpusValues {
  documentIds(): string[];
  directiveIds(prefix: string): string[];
  themes(): string[];
}

/** Values drawn from the corpus: for these flags, and for the arguments of these commands. */
const FROM_CORPUS_FLAG: Record<string, keyof CorpusValues> = { '--doc': 'documentIds', '--theme': 'themes' };
const FROM_CORPUS_ARG: Record<string, keyof CorpusValues> = { doc: 'documentIds', show: 'directiveIds', diff: 'documentIds' };

const visible = (command: Command): Command[] => command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
const longName = (option: Option): string | undefined => option.long ?? undefined;
const takesValue = (option: Option): boolean => option.required || option.optional;

function findOption(command: Command, program: Command, word: string): Option | undefined {
  return [...command.options, ...program.options].find((o) => o.long === word || o.short === word);
}

/** The corpus the words point at (`--corpus X`), if any: completion reads ids from it. */
export function corpusInWords(words: readonly string[]): string | undefined {
  const i = words.indexOf('--corpus');
  if (i >= 0 && i + 1 < words.length - 1) return words[i + 1];
  const inline = words.find((w) => w.startsWith('--corpus='));
  return inline?.slice('--corpus='.length);
}

/**
 * Candidates for the last word of `words` (the words after `directives`, the
 * last one being the word under the cursor, maybe empty). Every candidate
 * starts with that word.
 */
export function complete(program: Command, words: readonly string[], corpus: () => CorpusValues | null): string[] {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  let command = program;
  let expectValue: Option | undefined;
  for (const word of before) {
    if (expectValue) {
      expectValue = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const option = findOption(command, program, word.split('=')[0]!);
      if (option && takesValue(option) && !word.includes('=')) expectValue = option;
      continue;
    }
    const sub = visible(command).find((c) => c.name() === word || c.aliases().includes(word));
    if (sub) command = sub;
  }
  const starting = (values: readonly string[]): string[] => [...new Set(values)].filter((v) => v.startsWith(current));
  if (expectValue) {
    const flag = longName(expectValue) ?? '';
    if (flag === '--fields') {
      // a comma-separated list: complete its last item, keep the ones before
      const head = current.slice(0, current.lastIndexOf(',') + 1);
      return (FIELDS_OF[command.name()] ?? DIRECTIVE_FIELDS).map((f) => head + f).filter((v) => v.startsWith(current));
    }
    if (expectValue.argChoices) return starting(expectValue.argChoices);
    if (FLAG_VALUES[flag]) return starting(FLAG_VALUES[flag]);
    const source = FROM_CORPUS_FLAG[flag];
    if (source) return starting(corpusValues(corpus(), source, current));
    return []; // a path or free text: the shell's own completion
  }
  if (current.startsWith('-')) {
    const options = command === program ? program.options : [...command.options, ...program.options];
    return starting(options.map(longName).filter((name): name is string => name !== undefined).concat(['--help']));
  }
  if (command === program) return starting(visible(program).map((c) => c.name()));
  const source = FROM_CORPUS_ARG[command.name()];
  if (source) return starting(corpusValues(corpus(), source, current));
  if (command.name() === 'completion') return starting(SHELLS);
  if (command.name() === 'help') return starting(visible(program).map((c) => c.name()));
  return [];
}

function corpusValues(values: CorpusValues | null, source: keyof CorpusValues, prefix: string): string[] {
  if (values === null) return [];
  return source === 'directiveIds' ? values.directiveIds(prefix) : values[source]();
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The script each shell sources; each asks `directives __complete` for the words typed so far. */
export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return `# directives completion for bash: source <(directives completion bash)
_directives() {
  local IFS=$'\\n'
  COMPREPLY=($(directives __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _directives directives
`;
    case 'zsh':
      return `#compdef directives
# directives completion for zsh: source <(directives completion zsh), after compinit
_directives() {
  local -a candidates
  candidates=("\${(@f)$(directives __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=(\${candidates:#})
  if (( \${#candidates} )); then
    compadd -Q -- "\${candidates[@]}"
  else
    _files
  fi
}
if (( $+functions[compdef] )); then compdef _directives directives; fi
`;
    case 'fish':
      return `# directives completion for fish: directives completion fish | source
complete -c directives -f -a '(directives __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`;
  }
}
