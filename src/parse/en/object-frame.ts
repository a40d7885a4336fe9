/** Pass 6a, frame-carried cues: "X stressed the need to …", "called on all localities to …" — the frame verb is the cue. */
import type { Force } from '../../vocab/forces.js';
import type { Signal } from '../../vocab/signals.js';
import type { DraftDirective } from '../types.js';
import { clip } from './clauses.js';
import { makeDraft } from './draft.js';
import type { Frame } from './frames.js';
import { hasMainVerb, startsWithVerb } from './lexicon.js';
import type { Sentence } from './segment.js';
import { isAgent, normaliseAddressee } from './addressees.js';

export function frameCarriedDirective(
  text: string,
  sentence: Sentence,
  bodyStart: number,
  frame: Frame | null,
  how: { needTo: boolean; objectFrame: boolean },
): DraftDirective | null {
  const span = clip(text, { start: bodyStart, end: sentence.end });
  if (span.end <= span.start) return null;
  let addressee: string | null = null;
  let actionsFrom = span.start;
  if (how.objectFrame) {
    // "decided to extend the relief": the infinitive is the action
    const infinitive = /^to\s+(?=[a-z])/.exec(text.slice(span.start, span.end));
    if (infinitive) span.start += infinitive[0].length;
    const body = text.slice(span.start, span.end);
    const m = infinitive ? null : /^(?:on\s+|upon\s+)?(.{1,120}?)\s+to\s+(?=[a-z])/.exec(body);
    if (m && isAgent(m[1]!) && !hasMainVerb(m[1]!)) {
      addressee = normaliseAddressee(m[1]!);
      const leading = /^(?:on|upon)\s+/.exec(body);
      if (leading) span.start += leading[0].length;
      actionsFrom = span.start + m[0].length - (leading?.[0].length ?? 0);
    } else if (!/^(?:for|on|upon)\b/i.test(body) && !startsWithVerb(body) && !calledFor(frame, body)) {
      return null;
    } else {
      const leading = /^(?:for|on|upon)\s+/i.exec(body);
      if (leading) span.start += leading[0].length;
      actionsFrom = span.start;
    }
  }
  const force: Force = how.needTo ? 'necessary' : (frame?.force ?? 'should');
  const signals: Signal[] = how.needTo ? ['explicit-cue', 'frame'] : ['frame', 'object-frame'];
  if (addressee !== null) signals.push('agent-subject');
  return makeDraft(text, span, sentence, { force, cue: how.needTo ? 'the need to' : null, addressee, frame, signals }, actionsFrom);
}

/** "called for efforts to expand consumption": what is called for is the directive. */
function calledFor(frame: Frame | null, body: string): boolean {
  return frame?.reporting === 'call for' && /^(?:efforts|measures|steps|work|action|actions|more|greater|stronger|continued|the)\b/i.test(body);
}
