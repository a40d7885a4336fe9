import { NotFoundError } from '../../errors.js';
import { renderDetail } from '../../render/detail.js';
import { sanitize } from '../../render/sanitize.js';
import { loadTheme, openSession } from '../context.js';
import { out } from '../io.js';
import type { GlobalOptions } from './options.js';
import type { ShowOptions } from './show.js';

export async function runShow(id: string, options: ShowOptions, globals: GlobalOptions): Promise<number> {
  const session = await openSession(globals);
  const { reader } = session;
  const directive = reader.directive(id);
  if (!directive) {
    const close = reader.closestIds(id);
    const hint = close.length ? `\nclosest: ${close.join(', ')}` : '';
    throw new NotFoundError(`no directive ${sanitize(id)}${hint}`);
  }
  const doc = reader.document(directive.doc) ?? undefined;
  if (options.json) {
    // The document without its full source: the directive's text and offsets point into it.
    const document = doc ? (({ source: _source, ...meta }) => meta)(doc) : null;
    out(JSON.stringify({ ...directive, document }, null, 2));
    return 0;
  }
  out(renderDetail(directive, doc, { theme: await loadTheme(session), wrap: session.tty ? Math.min(session.width, 100) : null }));
  return 0;
}
