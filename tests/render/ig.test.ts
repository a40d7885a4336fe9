import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus, Directive } from '../../src/model/types.js';
import { conditionKind, IG_CSV_HEADER, igRows, igScript, igText } from '../../src/render/ig.js';
import { ROOT } from '../helpers/paths.js';
import { corpus as fixture } from '../fixtures/load.js';

/**
 * Issue 14, item 18: directives as IG Script. A small parser of the notation,
 * written from the IG Parser's documentation (README "IG Script": component
 * coding `Sym(text)`, component pair combinations `{… [AND] …}`, logical
 * operators in brackets, text outside components ignored), reads every
 * statement back.
 */

const SYMBOLS = ['A,p', 'A', 'D', 'I', 'Bdir,p', 'Bdir', 'Bind,p', 'Bind', 'Cac', 'Cex', 'E', 'M', 'F', 'P', 'O'] as const;
type Components = Partial<Record<(typeof SYMBOLS)[number], string[]>>;
interface Parsed {
  shared: Components;
  /** Component pairs combined by an operator; one pair when the statement has no combination. */
  pairs: Components[];
  operators: string[];
}

function parseIgScript(input: string): Parsed {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${at} in ${input}`);
  };
  const skipSpace = (): void => {
    while (at < input.length && /\s/.test(input[at]!)) at++;
  };
  // a pair inside braces stops at an operator or the closing brace: read components up to either
  function pairComponents(into: Components): void {
    for (;;) {
      skipSpace();
      if (input[at] === '[' || input[at] === '}') return;
      const symbol = SYMBOLS.find((s) => input.startsWith(`${s}(`, at));
      if (!symbol) fail('not a component in a pair');
      at += symbol!.length + 1;
      const end = input.indexOf(')', at);
      if (end < 0) fail('unclosed (');
      const text = input.slice(at, end);
      if (/[([{}\]]/.test(text)) fail('notation character inside a component');
      (into[symbol!] ??= []).push(text);
      at = end + 1;
    }
  }
  function pairCombinationStrict(parsed: Parsed): void {
    for (;;) {
      const pair: Components = {};
      pairComponents(pair);
      parsed.pairs.push(pair);
      if (input[at] === '}') {
        at++;
        return;
      }
      const op = /^\[(AND|OR|XOR|NOT)\]/.exec(input.slice(at));
      if (!op) fail('expected an operator or }');
      parsed.operators.push(op![1]!);
      at += op![0].length;
    }
  }
  const parsed: Parsed = { shared: {}, pairs: [], operators: [] };
  for (;;) {
    skipSpace();
    if (at >= input.length) break;
    if (input[at] === '{') {
      if (parsed.pairs.length > 0) fail('a second pair combination');
      at++;
      pairCombinationStrict(parsed);
      continue;
    }
    const symbol = SYMBOLS.find((s) => input.startsWith(`${s}(`, at));
    if (!symbol) fail('not a component');
    at += symbol!.length + 1;
    const end = input.indexOf(')', at);
    if (end < 0) fail('unclosed (');
    const text = input.slice(at, end);
    if (/[([{}\]]/.test(text)) fail('notation character inside a component');
    const into: Components = symbol === 'I' || symbol === 'Bdir' ? (parsed.pairs[0] ??= {}) : parsed.shared;
    (into[symbol!] ??= []).push(text);
    at = end + 1;
  }
  return parsed;
}

/** What a directive should read back as. */
function expected(d: Directive): Parsed {
  const shared: Components = {};
  if (d.addressee) shared.A = [igText(d.addressee)];
  if (d.cue) shared.D = [igText(d.cue)];
  if (d.purpose?.trim()) shared[conditionKind(d.purpose)] = [igText(d.purpose)];
  const actions = d.actions.filter((a) => a.verb.trim() !== '');
  const pairs: Components[] =
    actions.length === 0
      ? [{ I: [igText(d.text)] }]
      : actions.map((a) => (igText(a.object) === '' ? { I: [igText(a.verb)] } : { I: [igText(a.verb)], Bdir: [igText(a.object)] }));
  return { shared, pairs, operators: pairs.slice(1).map(() => 'AND') };
}

const base: Directive = {
  id: 't-1', doc: 't', start: 0, end: 10, text: 'x', force: 'must', cue: 'must', reporting: null, issuer: null, addressee: 'local governments',
  actions: [{ verb: 'strengthen', object: 'flood control' }], purpose: null, themes: [], paragraph: 0, sentence: 0,
};

describe('IG Script', () => {
  it('the parts of a directive become A, D, I, Bdir and a condition', () => {
    expect(igScript(base)).toBe('A(local governments) D(must) I(strengthen) Bdir(flood control)');
    const two = { ...base, actions: [{ verb: 'strengthen', object: 'A' }, { verb: 'improve', object: 'B' }], purpose: 'to ensure safety' };
    expect(igScript(two)).toBe('A(local governments) D(must) {I(strengthen) Bdir(A) [AND] I(improve) Bdir(B)} Cex(to ensure safety)');
    expect(igScript({ ...base, purpose: 'when floods come' })).toMatch(/ Cac\(when floods come\)$/);
    expect(igScript({ ...base, addressee: null, cue: null, actions: [], text: 'Embody new responsibilities' })).toBe('I(Embody new responsibilities)');
  });

  it('notation characters in the text are written fullwidth, so the statement still parses', () => {
    const hostile = { ...base, addressee: 'provinces (and cities)', actions: [{ verb: 'report', object: 'figures [monthly] {all}' }], purpose: 'if (a) applies' };
    const script = igScript(hostile);
    expect(script).toBe('A(provinces （and cities）) D(must) I(report) Bdir(figures ［monthly］ ｛all｝) Cac(if （a） applies)');
    expect(parseIgScript(script)).toEqual(expected(hostile));
  });

  it('every directive of the fixture and the built-in corpus round-trips through the parser', () => {
    const builtin = JSON.parse(readFileSync(`${ROOT}data/corpus.json`, 'utf8')) as Corpus;
    const all = [...fixture.directives, ...builtin.directives];
    expect(all.length).toBeGreaterThan(10);
    for (const d of all) expect(parseIgScript(igScript(d)), d.id).toEqual(expected(d));
  });

  it('the parser of the notation rejects what the IG Parser would', () => {
    expect(() => parseIgScript('A(x (y)) I(z)')).toThrow();
    expect(() => parseIgScript('{I(a) [AND] I(b)')).toThrow();
    expect(() => parseIgScript('I(a) [AND] I(b)')).toThrow();
  });
});

describe("the IG Parser's tabular CSV", () => {
  it('one row per atomic statement, linked in order, the encoding on the first', () => {
    const two = { ...base, actions: [{ verb: 'strengthen', object: 'A' }, { verb: 'improve', object: 'B' }], purpose: 'to ensure safety' };
    const rows = igRows(two);
    expect(rows.map((r) => r[0])).toEqual(['t-1.1', 't-1.2']);
    expect(rows[0]!.slice(1, 8)).toEqual(['local governments', 'must', 'strengthen', 'A', '', 'to ensure safety', '{AND}[t-1.2]']);
    expect(rows[1]![7]).toBe('');
    expect(rows[0]![9]).toBe(igScript(two));
    expect(rows[0]).toHaveLength(IG_CSV_HEADER.length);
  });
});

describe('export --format ig | ig-csv', () => {
  it('writes a statement per directive of the corpus, and the tabular CSV with its header', async () => {
    const { run } = await import('../helpers/cli.js');
    const { FIXTURE } = await import('../helpers/run.js');
    const ig = await run(['--corpus', FIXTURE, 'export', '--format', 'ig']);
    expect(ig.code).toBe(0);
    const lines = ig.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(fixture.directives.map((d) => d.id));
    for (const line of lines) expect(() => parseIgScript(line.split('\t')[1]!)).not.toThrow();
    const csv = await run(['--corpus', FIXTURE, 'export', '--format', 'ig-csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(IG_CSV_HEADER.join(','));
    expect((await run(['--corpus', FIXTURE, 'export', '--format', 'ig', '--json'])).code).toBe(2);
  });
});
