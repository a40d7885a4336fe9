import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';
import { SIGNALS } from '../../../src/vocab/signals.js';

function parse(text: string) {
  return parseDocument(text, { language: 'en' }).directives;
}

describe('English confidence and signals', () => {
  it('gives every directive known signals and a confidence between 0 and 1', () => {
    const ds = parse('The council stressed that all counties must publish their budgets. Protect the wetlands. We should restore the reed beds.');
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      expect(d.signals!.length).toBeGreaterThan(0);
      expect(d.signals!.every((s) => (SIGNALS as readonly string[]).includes(s))).toBe(true);
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is surest of an explicit cue with an addressee, less of a run-in label', () => {
    const [label, cue] = parse('Protect the wetlands. Local governments should restore the reed beds.');
    expect(cue!.signals).toEqual(expect.arrayContaining(['explicit-cue', 'agent-subject']));
    expect(cue!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(label!.signals).toContain('run-in-label');
    expect(label!.confidence).toBeLessThan(cue!.confidence!);
  });

  it('doubts a weak cue and a will without an agent', () => {
    const [can] = parse('Small firms can apply for the new loans.');
    expect(can!.signals).toContain('weak-cue');
    expect(can!.confidence).toBeLessThan(0.9);
    const [passive] = parse('The old quota will be abolished next year.');
    expect(passive!.signals).toContain('non-agent-will');
    expect(passive!.confidence).toBeLessThan(0.9);
  });

  it('puts the few directives of a news text in a low band', () => {
    const news = Array.from({ length: 24 }, (_, i) => `Station ${i + 1} reported ${i + 3} millimetres of rain on Tuesday.`);
    news.splice(12, 0, 'Local governments should open shelters for stranded travellers.');
    const ds = parse(news.join('\n'));
    expect(ds).toHaveLength(1);
    expect(ds[0]!.signals).toContain('mixed-document');
    expect(ds[0]!.confidence).toBeLessThan(0.7);
  });
});
