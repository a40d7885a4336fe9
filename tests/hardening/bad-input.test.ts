import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/corpus/store.js';
import { validateCorpus } from '../../src/model/validate.js';
import type { Corpus } from '../../src/model/types.js';
import { EVAL, ROOT } from '../helpers/paths.js';
import { run } from '../helpers/cli.js';
import { BIN } from '../helpers/run.js';
import { CSI, OSC52, tempDir } from './hostile.js';

/**
 * Issue 7, the bad-input battery: one case each, the exit code, nothing on
 * stdout, and one `directives: …` line on stderr — never a stack trace. The
 * README's "Reliability" section lists these cases; keep the two in step.
 */

const SEED = `${ROOT}data/guangdong-vocational-education-conference.txt`;
const dir = tempDir('bad-input');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * The error contract: the first line is `directives: <message>`, and the only
 * other line allowed is a hint — commander's "(run with --help for usage)"
 * after a bad option, or show's "closest: …" ids.
 */
function expectOneError(result: { code: number | null; stdout: string; stderr: string }, code: number, message: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.replace(/\n$/, '').split('\n');
  expect(lines[0]).toMatch(/^directives: /);
  expect(lines[0]).toMatch(message);
  expect(lines.slice(1).every((line) => /^\(run with --help for usage\)$|^closest: /.test(line)), result.stderr).toBe(true);
  expect(result.stderr).not.toMatch(/^\s+at |Error: /m);
}

/** The seed's parse, as a corpus JSON to break in different ways. */
async function seedCorpus(): Promise<Corpus> {
  return JSON.parse((await run(['parse', SEED, '--json'])).stdout) as Corpus;
}

/** Real sentences, repeated: the shared corpus's English texts. */
function realText(): string {
  const en = `${EVAL}corpus/en`;
  return readdirSync(en)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(en, name), 'utf8'))
    .join('\n\n');
}

// Peak RSS of a run of the binary, read by a preload at exit: no /usr/bin/time needed.
const RSS_PRELOAD = `data:text/javascript,${encodeURIComponent(
  'import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(process.env.DIRECTIVES_TEST_RSS,String(process.resourceUsage().maxRSS)))',
)}`;

describe('files that are not usable text', () => {
  it('1. a missing file', async () => {
    expectOneError(await run(['parse', join(dir, 'nope.txt')]), 2, /nope\.txt: no such file$/);
  });

  it('2. a directory', async () => {
    // a folder is read file by file (issue 13); one with nothing in it is refused
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    expectOneError(await run(['parse', empty]), 2, /empty-folder: folder holds no files$/);
  });

  it('3. an empty file', async () => {
    expectOneError(await run(['parse', file('empty.txt', '')]), 2, /empty\.txt: file is empty$/);
  });

  it('4. a binary file (PNG bytes)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001080600000001f15c4a', 'hex');
    expectOneError(await run(['parse', file('image.png', png)]), 2, /image\.png: not a document \(an image\)$/);
  });

  it('5. invalid UTF-8 (Latin-1 bytes)', async () => {
    expectOneError(await run(['parse', file('latin1.txt', Buffer.from('We m\xfcst act.', 'latin1'))]), 2, /latin1\.txt: not valid UTF-8 text, and its encoding could not be told; name it with --encoding \(e\.g\. gb18030, big5, latin1\)$/);
  });
});

describe('files that are text in an unusual shape', () => {
  it.each([
    ['6. UTF-16 LE with a BOM', 'utf16le'],
    ['7. UTF-16 BE with a BOM', 'utf16be'],
  ] as const)('%s is decoded', async (_, encoding) => {
    const text = 'The meeting stressed that all localities must protect farmland.';
    const le = Buffer.from(text, 'utf16le');
    const body = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const bom = encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const result = await run(['parse', file(`${encoding}.txt`, Buffer.concat([Buffer.from(bom), body])), '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const corpus = JSON.parse(result.stdout) as Corpus;
    expect(corpus.documents[0]!.source).toBe(text);
    expect(corpus.directives.map((d) => d.text)).toEqual(['all localities must protect farmland']);
  });

  it('8. a 50 MB text parses in bounded memory', () => {
    const path = join(dir, 'big.txt');
    const sentences = realText();
    const fd = openSync(path, 'w');
    let size = 0;
    for (; size < 50 * 1024 * 1024; size += Buffer.byteLength(sentences)) writeSync(fd, sentences);
    closeSync(fd);
    const output = join(dir, 'big.json');
    const rssFile = join(dir, 'rss');
    const outFd = openSync(output, 'w');
    const started = performance.now();
    const result = spawnSync(process.execPath, [`--import=${RSS_PRELOAD}`, BIN, 'parse', path, '--json'], {
      env: { ...process.env, DIRECTIVES_TEST_RSS: rssFile },
      stdio: ['ignore', outFd, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(outFd);
    const seconds = (performance.now() - started) / 1000;
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    console.info(`50 MB parse --json: peak RSS ${peakMb.toFixed(0)} MB, ${seconds.toFixed(1)} s, ${(statSync(output).size / 1e6).toFixed(0)} MB of JSON`);
    // The parse itself holds about 10× the text (one string, every directive's
    // record); the JSON is streamed, not built as one string (it was 1.9 GB).
    expect(peakMb).toBeLessThan(1200);
    expect(seconds).toBeLessThan(180);
    // the output is whole: it ends the corpus, and its last directive is in the text
    const tail = readFileSync(output).subarray(-4096).toString('utf8');
    expect(tail).toMatch(/\n {2}\]\n\}\n$/);
    rmSync(output);
    rmSync(path);
  }, 300_000);

  it('9. one 2 MB line with no newline', async () => {
    const line = realText().replace(/\s+/g, ' ');
    const text = line.repeat(Math.ceil((2 * 1024 * 1024) / line.length)).slice(0, 2 * 1024 * 1024);
    const result = await run(['parse', file('one-line.txt', text), '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const corpus = validateCorpus(JSON.parse(result.stdout), 'one-line.json');
    expect(corpus.documents[0]!.source).toBe(text);
    expect(corpus.directives.length).toBeGreaterThan(1000);
  }, 60_000);
});

describe('corpus JSON that is broken', () => {
  it('10. truncated', async () => {
    const whole = JSON.stringify(await seedCorpus());
    const path = file('truncated.json', whole.slice(0, whole.length / 2));
    expectOneError(await run(['--corpus', path, 'list']), 2, new RegExp(`^directives: ${path}: not valid JSON \\(`));
  });

  it('11. of an unknown schemaVersion', async () => {
    const path = file('v99.json', JSON.stringify({ ...(await seedCorpus()), schemaVersion: 99 }));
    expectOneError(await run(['--corpus', path, 'list']), 2, new RegExp(`^directives: ${path}: unknown schemaVersion 99 \\(this version reads 1\\)$`));
  });

  it('12. with a directive whose offsets fall outside its source', async () => {
    const corpus = await seedCorpus();
    const last = corpus.directives.at(-1)!;
    last.end = corpus.documents[0]!.source.length + 10;
    const path = file('offsets.json', JSON.stringify(corpus));
    expectOneError(await run(['--corpus', path, 'list']), 2, new RegExp(`^directives: ${path}: directive ${last.id}: offsets \\d+–\\d+ fall outside its document \\(\\d+ characters\\)$`));
    // add reads the same validation: nothing is stored
    const folder = join(dir, 'offsets-corpus');
    await run(['init', folder]);
    expectOneError(await run(['add', '--corpus', folder, path]), 2, /offsets .* fall outside its document/);
  });

  it('13. broken, and quoting escape sequences in its message: they are shown, not sent', async () => {
    const path = file('hostile-broken.json', `{"schemaVersion":1,"documents":[${OSC52}${CSI}`);
    const result = await run(['--corpus', path, 'list']);
    expectOneError(result, 2, /not valid JSON/);
    expect(result.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });
});

describe('option values', () => {
  it.each([
    ['14. list --force bogus', ['list', '--force', 'bogus'], /"bogus" is not a force/],
    ['15. facets --by bogus', ['facets', '--by', 'bogus'], /argument 'bogus' is invalid. Allowed choices are force, /],
    ['16. --color sometimes', ['--color', 'sometimes', 'list'], /argument 'sometimes' is invalid. Allowed choices are auto, always, never/],
    ['17. --since not a date', ['list', '--since', 'last tuesday'], /^directives: --since: not a date: "last tuesday"/],
  ])('%s', async (_, args, message) => {
    expectOneError(await run([...args]), 2, message);
  });
});

describe('corpus folders', () => {
  // Root writes through chmod, so a read-only folder is only honest for an
  // unprivileged process: as root, the binary runs as "nobody" instead.
  const root = process.getuid?.() === 0;
  const NOBODY = 65534;
  // "nobody" must also be able to read the checkout (a clone inside a 0700 temp folder is not)
  const canDrop = !root || spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY }).status === 0;

  it.skipIf(!canDrop)('18. add to a read-only corpus folder: exit 3, the corpus untouched', async () => {
    const parent = join(dir, 'readonly');
    mkdirSync(parent);
    const folder = join(parent, 'corpus');
    expect((await run(['init', folder])).code).toBe(0);
    expect((await run(['add', '--corpus', folder, SEED])).code).toBe(0);
    const text = file('notice.txt', 'All departments must report on time.\n');
    for (const path of [dir, parent, text]) chmodSync(path, 0o755);
    chmodSync(join(folder, 'corpus.sqlite'), 0o444);
    chmodSync(folder, 0o555);
    try {
      const spawned = spawnSync(process.execPath, [BIN, 'add', '--corpus', folder, text], { encoding: 'utf8', ...(root ? { uid: NOBODY, gid: NOBODY } : {}) });
      expectOneError({ stdout: spawned.stdout, stderr: spawned.stderr, code: spawned.status }, 3, /: cannot write to the corpus \(read-only or no permission\)$/);
    } finally {
      chmodSync(folder, 0o755);
      chmodSync(join(folder, 'corpus.sqlite'), 0o644);
    }
    const store = Store.open(folder, { readonly: true });
    expect({ ...store.reads.totals(), integrity: store.reads.integrityCheck() }).toEqual({ documents: 1, directives: 9, integrity: 'ok' });
    store.close();
  });

  it('19. a file whose name holds escape sequences, in a folder given to add', async () => {
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, `evil${OSC52}.txt`), '');
    const folder = join(dir, 'inbox-corpus');
    await run(['init', folder]);
    const result = await run(['add', '--corpus', folder, inbox]);
    expectOneError(result, 2, /evil\\x1b\]52;c;aGVsbG8=\\x07\.txt: file is empty$/);
  });

  it('20. a Chinese text whose one run of Han characters is 400,000 long', async () => {
    const clause = '各地区各部门要加强粮食安全和乡村振兴工作推动高质量发展';
    const path = file('han-run.txt', `${clause.repeat(Math.ceil(400_000 / clause.length))}。\n`);
    const folder = join(dir, 'han-corpus');
    await run(['init', folder]);
    const result = await run(['add', '--corpus', folder, path]);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^added 1 document/) });
    expect(JSON.parse((await run(['--corpus', folder, 'search', '粮食安全', '--json'])).stdout)).toHaveLength(1);
  }, 60_000);
});

describe('nothing found', () => {
  it('22. search for one pasted 2,000-letter word in a corpus folder: exit 1, promptly', async () => {
    const folder = join(dir, 'long-word-corpus');
    await run(['init', folder]);
    await run(['add', '--corpus', folder, SEED]);
    let seed = 7;
    const word = Array.from({ length: 2000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const started = performance.now();
    const result = await run(['--corpus', folder, 'search', word]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    // the typo lookup grew with the cube of the word's length: 1,600 letters took 160 s
    expect(performance.now() - started).toBeLessThan(10_000);
  });


  it('21. show of an id that does not exist: exit 1', async () => {
    expectOneError(await run(['show', 'nope-1']), 1, /^directives: no directive nope-1$/);
    expectOneError(await run(['show', '4192be01-99']), 1, /^directives: no directive 4192be01-99$/);
  });
});

