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
  // the directive and its document in one read transaction: a concurrent `remove` cannot part them (issue 17)
  const { directive, doc } = reader.consistent(() => {
    const found = reader.directive(id);
    return { directive: found, doc: found ? (reader.document(found.doc) ?? undefined) : undefined };
  });
  if (!directive) {
    const close = reader.closestIds(id);
    const hint = close.length ? `\nclosest: ${close.join(', ')}` : '';
    throw new NotFoundError(`no directive ${sanitize(id)}${hint}`);
  }
  if (options.json) {
    // The document without its full source: the directive's text and offsets point into it.
    const document = doc ? (({ source: _source, ...meta }) => meta)(doc) : null;
    out(JSON.stringify({ ...directive, document }, null, 2));
    return 0;
  }
  out(renderDetail(directive, doc, { theme: await loadTheme(session), wrap: session.tty ? Math.min(session.width, 100) : null }));
  return 0;
}
