import { parseLimit } from '../../query/sort.js';
import { renderBarChart, renderCountLines } from '../../render/facets.js';
import { renderJson } from '../../render/json.js';
import type { FacetDimension } from '../../vocab/dimensions.js';
import { criteriaFrom, loadTheme, openSession } from '../context.js';
import { out } from '../io.js';
import type { FacetsOptions } from './facets.js';
import type { GlobalOptions } from './options.js';

export async function runFacets(options: FacetsOptions, globals: GlobalOptions): Promise<number> {
  const criteria = criteriaFrom(options);
  const top = options.top === undefined ? undefined : parseLimit(options.top, '--top');
  const session = await openSession(globals);
  // commander has checked --by against FACET_DIMENSIONS
  const counts = session.reader.facets(options.by as FacetDimension, criteria, top);
  if (options.json) out(renderJson(counts));
  else if (session.tty || session.colorForced) out(renderBarChart(counts, session.width, await loadTheme(session)));
  else out(renderCountLines(counts));
  return 0;
}
