import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/model/types.js';
import { buildCorpus, parseDocument } from '../../src/parse/index.js';
import { indexTokens } from '../../src/model/tokens.js';
import { renderBarChart } from '../../src/render/facets.js';
import { PLAIN_THEME } from '../../src/render/theme.js';

/**
 * Issue 7: `f(...list)` passes every element as an argument, and V8 runs out
 * of stack somewhere past 100,000 of them. Each of these took a list that
 * grows with the input and threw "Maximum call stack size exceeded".
 */
const MANY = 300_000;

describe('lists that grow with the input', () => {
  it('buildCorpus takes a document with 300,000 directives (a 50 MB text has 160,000)', () => {
    const parsed = parseDocument('We must act.');
    const directives: Directive[] = Array.from({ length: MANY }, (_, i) => ({ ...parsed.directives[0]!, id: `${parsed.document.id}-${i + 1}` }));
    expect(buildCorpus([{ document: parsed.document, directives }]).directives).toHaveLength(MANY);
  });

  it('indexTokens takes a run of 300,000 Han characters', () => {
    expect(indexTokens('要'.repeat(MANY))).toHaveLength(2 * MANY - 1);
  });

  it('the facet bar chart takes 300,000 values', () => {
    const counts = Array.from({ length: MANY }, (_, i) => ({ value: `addressee ${i}`, count: 1 + (i % 7) }));
    expect(renderBarChart(counts, 80, PLAIN_THEME).split('\n')).toHaveLength(MANY);
  });
});
