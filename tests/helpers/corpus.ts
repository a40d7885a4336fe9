import { expect } from 'vitest';
import { Store } from '../../src/corpus/store.js';

export interface Totals {
  documents: number;
  directives: number;
  integrity: string;
}

/** A corpus folder's counts and SQLite's integrity verdict, read without writing. */
export function totals(dir: string): Totals {
  const store = Store.open(dir, { readonly: true });
  try {
    return { ...store.reads.totals(), integrity: store.reads.integrityCheck() };
  } finally {
    store.close();
  }
}

/**
 * After an interrupted add of `added` documents: the corpus is intact and holds
 * the old state or the new one, never a half. A new state is rolled back to the
 * old (removing all but the documents whose ids start with `keep`) so the next
 * round starts the same. Returns which state it found.
 */
export function expectOldOrNew(dir: string, old: Totals, added: number, keep: string): 'old' | 'new' {
  const now = totals(dir);
  expect(now.integrity).toBe('ok');
  if (now.documents === old.documents) {
    expect(now.directives).toBe(old.directives);
    return 'old';
  }
  expect(now.documents).toBe(old.documents + added);
  const store = Store.open(dir);
  store.remove(store.reads.documents().filter((d) => !d.id.startsWith(keep)).map((d) => d.id));
  store.close();
  return 'new';
}
