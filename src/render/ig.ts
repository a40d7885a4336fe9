import type { Directive, DocumentRecord } from '../model/types.js';
import { renderCsv } from './delimited.js';

/**
 * Directives as Institutional Grammar 2.0 statements (issue 14, item 18), in
 * IG Script, the notation the IG Parser reads
 * (https://github.com/chrfrantz/IG-Parser, README "IG Script"):
 *
 *   A(addressee) D(cue) I(verb) Bdir(object) Cex(purpose)
 *
 * - Attribute A from the addressee, Deontic D from the cue (left out when the
 *   directive has none: a bare imperative);
 * - one Aim I and Direct object Bdir per action; several actions are a
 *   component pair combination `{I(a) Bdir(x) [AND] I(b) Bdir(y)}`, which the
 *   IG Parser expands into linked statements sharing A and D;
 * - the purpose as an Activation condition Cac when it states when the
 *   directive applies (if, when, upon, 如果, 当…), else as an Execution
 *   constraint Cex (a goal: "to …", "in order to …", 以…);
 * - a directive without parsed actions keeps its whole text as the Aim.
 *
 * The notation's own characters cannot appear inside a component (the IG
 * Parser cannot tell them from the encoding), so ( ) [ ] { } in the text are
 * written as their fullwidth forms （ ） ［ ］ ｛ ｝.
 */

const FULLWIDTH: Record<string, string> = { '(': '（', ')': '）', '[': '［', ']': '］', '{': '｛', '}': '｝' };

/** Component text the IG Parser reads as text: notation characters made fullwidth, whitespace runs (newlines, tabs) one space. */
export function igText(text: string): string {
  return text.replace(/[()[\]{}]/g, (c) => FULLWIDTH[c]!).replace(/\s+/g, ' ').trim();
}

const ACTIVATION = /^(if|when|whenever|where|once|upon|in case|in the event|as soon as|before|after|until|unless|如果|若|如|当|在.*时|凡|一旦)/i;

/** Which condition a purpose is: when the directive applies (Cac), or how and to what end it is carried out (Cex). */
export function conditionKind(purpose: string): 'Cac' | 'Cex' {
  return ACTIVATION.test(purpose.trim()) ? 'Cac' : 'Cex';
}

const component = (symbol: string, text: string | null | undefined): string | null => {
  const value = text == null ? '' : igText(text);
  return value === '' ? null : `${symbol}(${value})`;
};

/** The Aim and Direct object pairs of a directive. */
function pairs(directive: Directive): string[] {
  const actions = directive.actions.filter((a) => a.verb.trim() !== '');
  if (actions.length === 0) return [component('I', directive.text) ?? 'I()'];
  return actions.map((a) => [component('I', a.verb), component('Bdir', a.object)].filter(Boolean).join(' '));
}

/** One directive as one IG Script statement. */
export function igScript(directive: Directive): string {
  const aims = pairs(directive);
  const body = aims.length === 1 ? aims[0]! : `{${aims.join(' [AND] ')}}`;
  const purpose = directive.purpose?.trim() ? component(conditionKind(directive.purpose), directive.purpose) : null;
  return [component('A', directive.addressee), component('D', directive.cue), body, purpose].filter(Boolean).join(' ');
}

/** `export --format ig`: the directive id, a tab, its statement; one a line. */
export function* igScriptChunks(directives: Iterable<Directive>): Generator<string> {
  for (const d of directives) yield `${d.id}\t${igScript(d)}\n`;
}

/**
 * The IG Parser's tabular output (IG Core columns): one row per atomic
 * statement. A component pair combination expands into statements
 * `ID.1`, `ID.2`, … sharing Attribute, Deontic and conditions, each naming the
 * next in "Logical Linkage (Statements)" as the IG Parser does ({AND}[ID.2]).
 */
export const IG_CSV_HEADER = [
  'Statement ID',
  'Attributes',
  'Deontic',
  'Aim',
  'Direct Object',
  'Activation Condition',
  'Execution Constraint',
  'Logical Linkage (Statements)',
  'Original Statement',
  'IG Script Encoding',
] as const;

export function igRows(directive: Directive): string[][] {
  const actions = directive.actions.filter((a) => a.verb.trim() !== '');
  const aims = actions.length === 0 ? [{ verb: directive.text, object: '' }] : actions;
  const purpose = directive.purpose?.trim() ? igText(directive.purpose) : '';
  const kind = purpose === '' ? null : conditionKind(purpose);
  const script = igScript(directive);
  return aims.map((action, i) => {
    const id = aims.length === 1 ? directive.id : `${directive.id}.${i + 1}`;
    const next = i + 1 < aims.length ? `{AND}[${directive.id}.${i + 2}]` : '';
    return [
      id,
      igText(directive.addressee ?? ''),
      igText(directive.cue ?? ''),
      igText(action.verb),
      igText(action.object),
      kind === 'Cac' ? purpose : '',
      kind === 'Cex' ? purpose : '',
      next,
      i === 0 ? directive.text : '',
      i === 0 ? script : '',
    ];
  });
}

/** `export --format ig-csv`: the header, then the rows of every directive (CSV cells defused as every CSV is). */
export function* igCsvChunks(_documents: Iterable<DocumentRecord>, directives: Iterable<Directive>): Generator<string> {
  yield renderCsv(IG_CSV_HEADER, []);
  for (const d of directives) {
    const csv = renderCsv(IG_CSV_HEADER, igRows(d));
    yield csv.slice(csv.indexOf('\r\n') + 2);
  }
}
