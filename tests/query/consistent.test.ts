import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/corpus/store.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { createReader } from '../../src/query/reader.js';
import { syntheticItem } from '../helpers/items.js';

/**
 * Issue 17, item 1, made deterministic: a write lands between two reads of a
 * command (documents, then their force counts, as `docs` reads them). Apart,
 * the reads disagree; inside `consistent` they see one state.
 */
function setup(): { reader: ReturnType<typeof createReader>; writer: Store; victim: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'directives-consistent-')), 'corpus');
  const writer = Store.open(dir, { create: true });
  const items = Array.from({ length: 3 }, (_, i) => syntheticItem(`cons${i}`, 2));
  writer.add(items);
  return { reader: createReader(sqliteBackend(Store.open(dir, { readonly: true }))), writer, victim: items[1]!.document.id };
}

describe('reads that must agree (issue 17)', () => {
  it('apart, a remove between them makes the counts miss a listed document', () => {
    const { reader, writer, victim } = setup();
    const documents = reader.documents();
    writer.remove([victim]);
    const forces = reader.forceCountsByDocument();
    expect(documents.map((d) => d.id)).toContain(victim);
    expect(forces.has(victim)).toBe(false);
    reader.close();
    writer.close();
  });

  it('inside consistent, every listed document has its counts, and a list has its documents', () => {
    const { reader, writer, victim } = setup();
    const { documents, forces, rows, docs } = reader.consistent(() => {
      const documents = reader.documents();
      writer.remove([victim]);
      const rows = reader.list({});
      return { documents, forces: reader.forceCountsByDocument(), rows, docs: reader.documentsOf(rows) };
    });
    for (const doc of documents) expect(forces.get(doc.id)).toEqual({ must: 2 });
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(docs.has(row.doc)).toBe(true);
    // the next read sees the write
    expect(reader.forceCountsByDocument().has(victim)).toBe(false);
    reader.close();
    writer.close();
  });
});
