import { EXIT } from '../../errors.js';
import { checkCorpus, repairCorpus } from '../../query/open.js';
import { renderCheck, renderRepair } from '../../render/check.js';
import { corpusPath } from '../context.js';
import { out } from '../io.js';
import type { CheckOptions } from './check.js';
import type { GlobalOptions } from './options.js';

export async function runCheck(options: CheckOptions, globals: GlobalOptions): Promise<number> {
  const path = corpusPath(globals);
  if (options.repair) {
    const report = await repairCorpus(path);
    out(options.json ? JSON.stringify(report, null, 2) : renderRepair(report));
    const sound = (report.after ?? report.before).problemCount === 0;
    const lost = report.before.lostDocuments + report.before.lostDirectives > 0 || report.before.unreadableRows;
    return sound && !lost ? EXIT.ok : EXIT.data;
  }
  const report = await checkCorpus(path);
  out(options.json ? JSON.stringify(report, null, 2) : renderCheck(report));
  return report.problemCount === 0 ? EXIT.ok : EXIT.data;
}
