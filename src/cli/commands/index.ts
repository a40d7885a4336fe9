import type { Command } from 'commander';
import { registerBrowse } from './browse.js';
import { registerCorpusCommands } from './corpus.js';
import { registerDocs } from './docs.js';
import { registerFacets } from './facets.js';
import { registerList } from './list.js';
import { registerMigrate } from './migrate.js';
import { registerParse } from './parse.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';

/** Each command's action resolves to its exit code and reports it here. */
export type SetExit = (code: number) => void;

export function registerCommands(program: Command, setExit: SetExit): void {
  registerParse(program, setExit);
  registerList(program, setExit);
  registerSearch(program, setExit);
  registerShow(program, setExit);
  registerDocs(program, setExit);
  registerFacets(program, setExit);
  registerCorpusCommands(program, setExit);
  registerMigrate(program, setExit);
  registerBrowse(program, setExit);
}
