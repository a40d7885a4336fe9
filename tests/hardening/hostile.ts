import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus, Directive, DocumentRecord } from '../../src/model/types.js';

/** What a hostile document may hold (issue 7, "Terminal safety"). */
export const C0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
export const C1 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(0x80 + code)).join('');
export const DEL = '\x7f';
export const CSI = '\x1b[2J\x1b[31mred\x1b[0m\x1b[?1049h';
export const OSC52 = '\x1b]52;c;aGVsbG8=\x07';
export const OSC8 = '\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\';
export const DCS = '\x1bPq#0;2;0;0;0\x1b\\';
export const BIDI = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
/** Everything at once, ending in a lone ESC that has no sequence to finish. */
export const HOSTILE = `${C0}${C1}${DEL}${CSI}${OSC52}${OSC8}${DCS}${BIDI}\x1b`;

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `directives-${prefix}-`));

/**
 * A corpus whose every free-text field carries the hostile string: the
 * document's source (so each directive's text), title, place, file, issuer,
 * event and participants, and each directive's cue, frame, addressee, actions,
 * purpose and themes. Offsets are computed, so it passes validation.
 */
export function hostileCorpus(): Corpus {
  const sentences = [`Localities ${HOSTILE} must strengthen food security ${HOSTILE}.`, `Schools ${HOSTILE} should deepen cooperation ${BIDI} with enterprises.`];
  const source = `${sentences[0]} ${sentences[1]}\n\nEnd of text ${OSC52}.\n`;
  const sha256 = createHash('sha256').update(source).digest('hex');
  const id = sha256.slice(0, 8);
  const document: DocumentRecord = {
    id,
    file: `evil${CSI}.txt`,
    title: `Title ${HOSTILE}`,
    date: '2024-01-22',
    place: `Place ${OSC8}`,
    issuer: `the meeting ${HOSTILE}`,
    event: `Event ${HOSTILE}`,
    participants: [{ name: `Name ${HOSTILE}`, titles: [`Title ${BIDI}`], role: `presided ${OSC52}` }],
    language: 'en',
    sha256,
    parserVersion: 'hostile',
    source,
  };
  let from = 0;
  const directives: Directive[] = sentences.map((sentence, i) => {
    const start = source.indexOf(sentence, from);
    const end = start + sentence.length - 1; // without the full stop
    from = end;
    return {
      id: `${id}-${i + 1}`,
      doc: id,
      start,
      end,
      text: source.slice(start, end),
      force: i === 0 ? 'must' : 'should',
      cue: `must ${CSI}`,
      reporting: `emphasize ${OSC52}`,
      issuer: `the meeting ${HOSTILE}`,
      addressee: i === 0 ? `localities ${HOSTILE}` : `schools ${BIDI}`,
      actions: [{ verb: `strengthen ${CSI}`, object: `food security ${HOSTILE}` }],
      purpose: `to win ${OSC8}`,
      themes: [`food ${HOSTILE}`, `security ${DCS}`],
      paragraph: 0,
      sentence: i,
    };
  });
  // a second document whose ids themselves are hostile: validation only asks that ids be non-empty strings
  const evilId = `e${OSC52}`;
  const evilSource = `Departments ${CSI} must act.`;
  const evil: DocumentRecord = { ...document, id: evilId, sha256: createHash('sha256').update(evilSource).digest('hex'), source: evilSource };
  const evilDirective: Directive = { ...directives[0]!, id: `${evilId}-1${CSI}`, doc: evilId, start: 0, end: evilSource.length - 1, text: evilSource.slice(0, -1) };
  return { schemaVersion: 1, documents: [document, evil], directives: [...directives, evilDirective] };
}
