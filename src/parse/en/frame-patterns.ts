/** The shapes of reporting frames, compiled once from vocab/en: "<issuer> <verb> [that|:]", "It was <verb> that", assessments. */
import { EN_ASSESSMENT_VERBS, EN_REPORTING_VERBS } from '../../vocab/en/cues.js';
import type { Force } from '../../vocab/forces.js';

const reportingAlternation = EN_REPORTING_VERBS.map((v) => v.forms).join('|');

const REPORTING_FORMS = EN_REPORTING_VERBS.map((v) => ({ pattern: new RegExp(`^(?:${v.forms})$`, 'i'), base: v.base, force: v.force }));

/** The base form and force of a frame verb as written ("emphasized" → emphasize). */
export function reportingOf(verb: string): { base: string; force: Force | null } {
  const found = REPORTING_FORMS.find((f) => f.pattern.test(verb));
  return found ?? { base: verb.toLowerCase(), force: null };
}

/**
 * "<issuer>[, in his speech,] <verb> [that|:]" at the start of a sentence.
 * The issuer is short and holds no verb of its own; the verb may be followed by
 * "that", a colon, or an object ("called on all localities to …").
 */
export const FRAME_REGEX = new RegExp(
  `^(?<issuer>(?:[A-Z][\\w’'.-]*|the|The|it|It|He|She|he|she)(?:[\\s,]+[\\w’'().-]+){0,14}?)` +
    `(?<aside>,[^,]{1,80},)?\\s+(?:(?:has|have)\\s+)?(?:(?:also|further|again|particularly|specifically|clearly|repeatedly|always|long)\\s+)?` +
    `(?<verb>${reportingAlternation})\\b\\s*(?<tail>the need to\\b|that\\b|,\\s*that\\b|:|,)?\\s*`,
);

export const PASSIVE_FRAME_REGEX = new RegExp(
  `^(?:It|it) (?:was|is|has been) (?:also |further )?(?<verb>${reportingAlternation})\\s+(?:at the meeting\\s+)?(?:that\\b|:)\\s*`,
);

export const ASSESSMENT_REGEX = new RegExp(
  `^(?:[A-Z][\\w’'.-]*|The|the)(?:\\s+[\\w’'().-]+){0,10}?\\s+(?:${EN_ASSESSMENT_VERBS.join('|')})\\s+that\\b,?\\s*`,
);
