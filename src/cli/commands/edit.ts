import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { EditableField } from '../../model/types.js';
import { sanitize } from '../../render/sanitize.js';
import type { Context, RegisterCommand } from '../context.js';
import { out } from '../io.js';
import { dateOption } from '../validate.js';
import { openFolderWriter, storedDocument, targetFolder } from './corpus-folder.js';

export interface EditOptions {
  title?: string;
  date?: string;
  place?: string;
}

export const registerEdit: RegisterCommand = (program, app) => {
  program
    .command('edit')
    .description("set a stored document's title, date or place (kept by reparse)")
    .argument('<doc>', 'document id (a unique prefix of at least 4 characters) or file name')
    .option('--title <title>', 'the title')
    .option('--date <date>', 'the date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .addHelpText(
      'after',
      `
The document stays where it is, with its directives; what you set is recorded
as set by a person, and \`reparse\` keeps it. An empty value ("") clears a field.

Examples:
  $ directives edit --corpus ~/readouts 4192be01 --date 2024-06-12
  $ directives edit --corpus ~/readouts notice.txt --title "State Council notice" --place Beijing`,
    )
    .action((doc: string, options: EditOptions, cmd: Command) => app.run(cmd, (ctx) => runEdit(doc, options, ctx)));
};

export async function runEdit(query: string, options: EditOptions, ctx: Context): Promise<number> {
  const dir = targetFolder(ctx, 'edit');
  const changes: Partial<Record<EditableField, string | null>> = {};
  if (options.title !== undefined) changes.title = options.title.trim() === '' ? null : options.title.trim();
  if (options.date !== undefined) changes.date = options.date.trim() === '' ? null : dateOption(options.date);
  if (options.place !== undefined) changes.place = options.place.trim() === '' ? null : options.place.trim();
  const fields = Object.keys(changes) as EditableField[];
  if (fields.length === 0) throw new UsageError('edit: nothing to change; give --title, --date or --place');
  const store = await openFolderWriter(dir);
  try {
    const id = storedDocument(store, query, dir);
    store.edit(id, changes);
    const said = fields.map((field) => `${field} ${changes[field] === null ? '(cleared)' : sanitize(JSON.stringify(changes[field]))}`);
    out(ctx.io, `edited ${sanitize(id)}: ${said.join(', ')}`);
  } finally {
    store.close();
  }
  return 0;
}
