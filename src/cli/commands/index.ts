import type { RegisterCommand } from '../context.js';
import { registerAdd } from './add.js';
import { registerAlign } from './align.js';
import { registerBrowse } from './browse.js';
import { registerCompletion } from './completion.js';
import { registerConfig } from './config.js';
import { registerDiff } from './diff.js';
import { registerCheck } from './check.js';
import { registerDoc } from './doc.js';
import { registerDocs } from './docs.js';
import { registerEdit } from './edit.js';
import { registerExport } from './export.js';
import { registerFacets } from './facets.js';
import { registerHelp } from './help.js';
import { registerInit } from './init.js';
import { registerList } from './list.js';
import { registerMigrate } from './migrate.js';
import { registerParse } from './parse.js';
import { registerRemove } from './remove.js';
import { registerReparse } from './reparse.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerTrend } from './trend.js';

/** Every command, in the order `--help` lists them. A new command is one file here and one line below. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerParse,
  registerList,
  registerSearch,
  registerShow,
  registerDoc,
  registerDocs,
  registerFacets,
  registerDiff,
  registerTrend,
  registerAlign,
  registerInit,
  registerAdd,
  registerRemove,
  registerEdit,
  registerReparse,
  registerExport,
  registerMigrate,
  registerBrowse,
  registerCheck,
  registerCompletion,
  registerConfig,
  registerHelp,
];
