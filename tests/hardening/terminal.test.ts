import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/types.js';
import { run } from '../helpers/cli.js';
import { CSI, hostileCorpus, OSC52, tempDir } from './hostile.js';

/**
 * Issue 7, "Terminal safety": a document full of controls, escape sequences
 * and bidi overrides is printed by every browse command, piped and on a
 * terminal, and the bytes written hold nothing a terminal would obey except
 * the SGR colours we emit ourselves. JSON stays exact. Run in process (the
 * bytes are those a process writes); tests/e2e/binary.test.ts shows the same on
 * a real pseudo-terminal.
 */

const OUR_SGR = /\x1b\[[0-9;]*m/g;
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/;

/**
 * What a terminal would act on, after our own colour codes are taken out;
 * tabs only where TSV needs them, CR only in CSV's CRLF line ends (RFC 4180).
 */
function dangerous(text: string, format: 'table' | 'tsv' | 'csv' = 'table'): string[] {
  const tabs = format === 'tsv';
  const rest = text.replace(OUR_SGR, '').replace(format === 'csv' ? /\r\n/g : /^$/, '\n');
  const found: string[] = [];
  for (const char of rest) {
    if (char === '\n' || (tabs && char === '\t')) continue;
    if (RAW_CONTROL.test(char) || BIDI.test(char)) found.push(`U+${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  }
  return [...new Set(found)];
}

let corpus: Corpus;
let jsonCorpus: string;
let folderCorpus: string;
const directiveId = (): string => corpus.directives[0]!.id;
const evilId = (): string => corpus.directives[2]!.id;

beforeAll(async () => {
  corpus = hostileCorpus();
  const dir = tempDir('terminal');
  jsonCorpus = join(dir, 'hostile.json');
  writeFileSync(jsonCorpus, JSON.stringify(corpus));
  // the same corpus in a folder: the SQLite path must be as safe as the JSON one
  folderCorpus = join(dir, 'folder');
  expect((await run(['init', folderCorpus])).code).toBe(0);
  expect((await run(['add', '--corpus', folderCorpus, jsonCorpus])).code).toBe(0);
});

const TABULAR = ['tsv', 'csv'] as const;
const COMMANDS: [string, () => string[], readonly ('tsv' | 'csv')[]][] = [
  ['list', () => ['list'], TABULAR],
  ['search', () => ['search', 'strengthen food'], TABULAR],
  ['show', () => ['show', directiveId()], []],
  ['show (a hostile id)', () => ['show', evilId()], []],
  ['show (an id not there, near a hostile one)', () => ['show', `${evilId()}x`], []],
  ['docs', () => ['docs'], TABULAR],
  ['facets --by addressee', () => ['facets', '--by', 'addressee'], []],
  ['facets --by doc', () => ['facets', '--by', 'doc'], []],
  ['diff', () => ['diff', corpus.documents[0]!.id, corpus.documents[1]!.id, '--only', 'added,dropped,same,reworded', '--context'], ['tsv']],
  ['diff --by theme', () => ['diff', corpus.documents[0]!.id, corpus.documents[1]!.id, '--by', 'theme'], ['tsv']],
  ['trend', () => ['trend', '--stack', 'force'], TABULAR],
];
const expectedCode = (args: string[]): number => (args[1]?.endsWith('x') ? 1 : 0);

describe.each([
  ['a corpus JSON', () => jsonCorpus],
  ['a corpus folder', () => folderCorpus],
])('hostile text from %s', (_, corpusPath) => {
  it.each(COMMANDS)('%s piped writes no raw control, escape or bidi character', async (_name, args, formats) => {
    const runs: [string[], 'table' | 'tsv' | 'csv'][] = [
      [[], formats.length > 0 ? 'tsv' : 'table'],
      [['--color', 'always'], formats.length > 0 ? 'tsv' : 'table'],
      ...formats.map((f): [string[], 'tsv' | 'csv'] => [[`--${f}`], f]),
    ];
    for (const [extra, format] of runs) {
      const result = await run(['--corpus', corpusPath(), ...args(), ...extra]);
      const decode = (bytes: Buffer): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const [stdout, stderr] = [decode(result.stdoutBytes), decode(result.stderrBytes)];
      expect(result.code, stderr).toBe(expectedCode(args()));
      expect(stdout + stderr).not.toBe('');
      expect(dangerous(stdout, format), `${args().join(' ')} ${extra.join(' ')}`).toEqual([]);
      expect(dangerous(stderr), 'stderr').toEqual([]);
      // the "closest" hint quotes ids from the corpus: shown, not obeyed
      if (expectedCode(args()) === 1) expect(stderr).toMatch(/^directives: no directive .*\nclosest: .*\\x1b\]52/);
      if (extra[0] !== '--color') expect(stdout).not.toMatch(OUR_SGR);
    }
  });

  it.each(COMMANDS)('%s on a terminal shows the payload but does not send it', async (_name, args) => {
    const { output: stdout, code } = await run(['--corpus', corpusPath(), '--color', 'always', ...args()], { tty: true });
    expect(code, stdout).toBe(expectedCode(args()));
    expect(dangerous(stdout)).toEqual([]);
    if (code === 0) expect(stdout).toMatch(OUR_SGR);
  });

  it('shows what was neutralised as visible escapes', async () => {
    const { output: stdout } = await run(['--corpus', corpusPath(), 'show', directiveId()], { tty: true });
    expect(stdout).toContain('\\x1b[2J');
    expect(stdout).toContain('\\x1b]52;c;aGVsbG8=\\x07');
    expect(stdout).toContain('\\u202e');
  });

  it('--json and --ndjson stay exact: they parse back to the original strings', async () => {
    const list = JSON.parse((await run(['--corpus', corpusPath(), 'list', '--json'])).stdout) as Corpus['directives'];
    expect(list.map(({ text, addressee, actions, themes, purpose }) => ({ text, addressee, actions, themes, purpose }))).toEqual(
      corpus.directives.map(({ text, addressee, actions, themes, purpose }) => ({ text, addressee, actions, themes, purpose })),
    );
    const ndjson = (await run(['--corpus', corpusPath(), 'list', '--ndjson'])).stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string });
    expect(ndjson.map((d) => [d.id, d.text])).toEqual(corpus.directives.map((d) => [d.id, d.text]));
    const shown = JSON.parse((await run(['--corpus', corpusPath(), 'show', evilId(), '--json'])).stdout) as { id: string; text: string; document: { title: string } };
    expect(shown).toMatchObject({ id: evilId(), text: corpus.directives[2]!.text, document: { title: corpus.documents[1]!.title } });
    const docs = JSON.parse((await run(['--corpus', corpusPath(), 'docs', '--json'])).stdout) as { id: string; title: string; place: string }[];
    expect(docs.map((d) => [d.id, d.title, d.place])).toEqual(corpus.documents.map((d) => [d.id, d.title, d.place]));
    const facets = JSON.parse((await run(['--corpus', corpusPath(), 'facets', '--by', 'addressee', '--json'])).stdout) as { value: string }[];
    expect(facets.map((f) => f.value).sort()).toEqual([...new Set(corpus.directives.map((d) => d.addressee))].sort());
    const search = JSON.parse((await run(['--corpus', corpusPath(), 'search', 'strengthen food', '--json'])).stdout) as { text: string }[];
    expect(search[0]!.text).toContain(CSI);
    expect(search[0]!.text).toContain(OSC52);
  });
});
