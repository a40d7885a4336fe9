import { UsageError } from '../../errors.js';
import { snapshotItems, type AddResult } from '../../model/write.js';
import { openReader, openWriter } from '../../query/open.js';
import { renderAddSummary, renderProgress } from '../../render/progress.js';
import { sanitize } from '../../render/sanitize.js';
import { out, progressLine, stderrColumns } from '../io.js';

export async function runMigrate(from: string, to: string): Promise<number> {
  if (from === to) throw new UsageError('migrate: FROM and TO are the same corpus');
  const reader = await openReader(from);
  try {
    const writer = await openWriter(to, { create: true });
    try {
      const total = reader.documents().length;
      const started = performance.now();
      let lastDraw = 0;
      const result: AddResult = await reader.snapshot(async (documents, directives) =>
        writer.add(snapshotItems(documents, directives), (partial) => {
          const now = performance.now();
          if (now - lastDraw < 100) return;
          lastDraw = now;
          const done = partial.added.length + partial.skipped.length;
          progressLine(renderProgress({ files: done, totalFiles: total, directives: partial.directives, elapsedMs: now - started, unit: 'documents' }, stderrColumns()));
        }),
      );
      progressLine(null);
      out(renderAddSummary({ added: result.added.length, skipped: result.skipped.length, directives: result.directives, elapsedMs: performance.now() - started, corpus: sanitize(to) }));
    } finally {
      progressLine(null);
      writer.close();
    }
  } finally {
    reader.close();
  }
  return 0;
}
