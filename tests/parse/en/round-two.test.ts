import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';

// Issue 10, "What goes wrong on unseen text", items 1–7: one block per kind of error,
// every sentence constructed for the test.
function parse(text: string) {
  return parseDocument(text, { language: 'en' }).directives;
}

function brief(text: string) {
  return parse(text).map((d) => ({ text: d.text, force: d.force, reporting: d.reporting, issuer: d.issuer, addressee: d.addressee }));
}

describe('1. an introducing line with a cue and a colon', () => {
  it('is no directive; each item below it is, with the line’s cue, force and addressee', () => {
    const text = 'Provincial bureaus should:\nPublish their budgets every quarter;\nAnswer letters from residents within a week.';
    const ds = brief(text);
    expect(ds.map((d) => d.text)).toEqual(['Publish their budgets every quarter', 'Answer letters from residents within a week']);
    expect(ds.every((d) => d.force === 'should' && d.addressee === 'provincial bureaus')).toBe(true);
  });
});

describe('2. addressees inside recommended and required clauses', () => {
  it.each([
    ['It is recommended that we widen the cycle lanes.', 'we'],
    ['It is recommended that small lenders be allowed to pool their reserves.', 'small lenders'],
    ['All counties are to be held accountable for their water quality.', 'all counties'],
    ['The port authorities, as the main operators, must tighten customs checks.', 'the port authorities'],
  ])('%s → %s', (text, addressee) => {
    const ds = brief(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.addressee).toBe(addressee);
  });
});

describe('3. "requires" and "required" are no frames', () => {
  it('reads "X requires Y" as no frame and carries nothing over', () => {
    const ds = brief('Raising rural incomes requires that we invest in roads. We should also train farmers.');
    expect(ds.every((d) => d.reporting === null)).toBe(true);
  });
  it('carries no "require" over from a clause that mentions requirements', () => {
    const ds = brief('Every county must meet the required safety standards.\nWe will repair the old bridges.');
    expect(ds.map((d) => d.reporting)).toEqual([null, null]);
  });
  it('reads a frame with a comma before "that", and requirements on a topic as a frame only', () => {
    expect(brief('She stressed, that, for the coming year, we must cut fees.')[0]).toMatchObject({ reporting: 'stress', addressee: 'we' });
    const ds = brief('The minister put forward clear requirements on reducing flood risk. Every county must repair its dikes.');
    expect(ds.map((d) => [d.text, d.reporting])).toEqual([['Every county must repair its dikes', 'require']]);
  });
  it('reports "set out the following requirements" as require', () => {
    const ds = brief('The ministry put forward the following requirements:\n— hospitals must publish their waiting times;\n— clinics should open on Sundays.');
    expect(ds.map((d) => [d.reporting, d.force])).toEqual([
      ['require', 'must'],
      ['require', 'should'],
    ]);
  });
});

describe('4. two cues in one sentence are two directives', () => {
  it('splits at ", and" and "while" before a new subject', () => {
    expect(brief('Licence reviews will be simplified nationwide, and review times will be halved.').map((d) => d.text)).toEqual([
      'Licence reviews will be simplified nationwide',
      'review times will be halved',
    ]);
    expect(brief('The ministry will draft the standards, while provincial offices should enforce them.').map((d) => [d.force, d.addressee])).toEqual([
      ['will', 'the ministry'],
      ['should', 'provincial offices'],
    ]);
  });
  it('splits at each repeated modal that shares the subject', () => {
    const ds = brief('Inspectors must record every visit, must not accept gifts, and must not disclose their findings early.');
    expect(ds.map((d) => d.force)).toEqual(['must', 'must-not', 'must-not']);
    expect(ds.every((d) => d.addressee === 'inspectors')).toBe(true);
    expect(brief('Clinics should extend their hours and should hire more nurses.')).toHaveLength(2);
  });
  it('starts again after a clause that a "what" governs', () => {
    expect(brief('Officials must do what they ask of others, and they must refuse every gift.')).toHaveLength(2);
  });
  it('names no addressee by a modifier noun: the head of each conjunct decides', () => {
    expect(brief('Stricter self-discipline and progress in the Party must go hand in hand.')[0]!.addressee).toBeNull();
    expect(brief('Party committees and governments must act.')[0]!.addressee).toBe('Party committees and governments');
  });
  it('keeps "strive to" after another cue as one directive', () => {
    expect(brief('We must cut waiting times and strive to reach every village.')).toHaveLength(1);
    expect(brief('We must widen the roads, watch the bridges and the tunnels and work hard to cut delays.')).toHaveLength(1);
  });
});

describe('5. cues the table missed', () => {
  it('finds a modal interrupted by an aside', () => {
    expect(brief('We will, in accordance with the law, close illegal mines.')[0]).toMatchObject({ force: 'will', addressee: 'we' });
  });
  it('finds prohibitions without a modal', () => {
    expect(brief('There can be no tolerance for fake invoices.')[0]).toMatchObject({ force: 'must-not' });
    expect(brief('No factory shall discharge waste into rivers.')[0]).toMatchObject({ force: 'must-not' });
  });
  it('reads "The first is to … The second is to …" as list items', () => {
    const ds = brief('The county set three tasks. The first is to repair the schools. The second is to pave the village roads.');
    // the list word is the clause's first word (DIRECTIVES.md, The span)
    expect(ds.map((d) => [d.text, d.force])).toEqual([
      ['The first is to repair the schools', 'imperative'],
      ['The second is to pave the village roads', 'imperative'],
    ]);
  });
  it('takes a paragraph of bare imperatives that continues a directive passage', () => {
    const text = 'We must keep rivers clean.\n\nBe strict with polluters. Monitor every outlet each day. Adhere to the discharge limits.';
    expect(brief(text).map((d) => d.force)).toEqual(['must', 'imperative', 'imperative', 'imperative']);
  });
  it('ends a sentence at a closing quote after the full stop', () => {
    const ds = brief('We must finish the “green schools.” We should also plant trees.');
    expect(ds.map((d) => d.text)).toEqual(['We must finish the “green schools.”', 'We should also plant trees']);
  });
  it('takes "please" and a run-in command label as imperatives', () => {
    expect(brief('The plan is sent to you herewith, please carry it out carefully.').map((d) => d.text)).toEqual(['please carry it out carefully']);
    const text = 'Protect the wetlands. We should ban new drainage and restore the reed beds.';
    expect(brief(text).map((d) => d.force)).toEqual(['imperative', 'should']);
    const numbered = '1. Widen the bus network: Open ten new routes before winter.';
    expect(brief(numbered).map((d) => d.text)).toEqual(['Widen the bus network', 'Open ten new routes before winter']);
  });
  it('reads "it is of great importance that" as necessary', () => {
    expect(brief('It is of great importance that we train more nurses.')[0]).toMatchObject({ force: 'necessary' });
  });
});

describe('6. not directives', () => {
  it.each([
    'This year is crucial for the reform of rural credit.',
    'If we keep to this course, we will surely be able to double the harvest.',
    'If every county builds a clinic, the province can become healthier.',
    'Flood warnings will be triggered when the river rises.',
    'He said: “I will visit the farm next week.”',
    'The minister will visit three provinces next month.',
    'We expect that these measures will lower costs by 5 percent.',
    'Grain output will rise to 700 million tons by 2030, experts predict.',
    '“We will keep building roads,” said the county spokeswoman.',
    'The lender will keep its rates unchanged, its chairman said.',
    'Rents are likely to climb again, and tenants will have to pay more.',
    'Firefighters have rescued two hikers and the search will continue.',
    'Tenants can now pay their rent online.',
    'What should the county do about its debts?',
    'The research team said they will begin trials next year.',
    'Analysts say governments should buy more grain.',
    'Officials will hold a press conference on Thursday.',
  ])('%s', (text) => {
    expect(parse(text)).toEqual([]);
  });
  it('reads a hope as should', () => {
    expect(brief('I hope that young engineers will stay in the countryside.')[0]).toMatchObject({ force: 'should' });
  });
  it('reads "will have to" as must', () => {
    expect(brief('Pupils will have to sit an extra exam from next year.')[0]).toMatchObject({ force: 'must', addressee: null });
  });
  it('reads "should not only … but also …" as should', () => {
    expect(brief('Schools should not only teach skills but also build character.')[0]).toMatchObject({ force: 'should' });
  });
});

describe('7. addressees as written', () => {
  it('keeps the case of proper names', () => {
    expect(brief('Kenya and Peru should deepen their trade ties.')[0]!.addressee).toBe('Kenya and Peru');
  });
  it('never takes a clause fragment for an addressee', () => {
    const [d] = brief('Enrollment in nursing colleges will grow by 20,000.');
    expect(d?.addressee ?? null).toBeNull();
  });
  it('finds the head of the subject: after "kinds of", not in a prepositional phrase', () => {
    expect(brief('All other kinds of flat owners are encouraged to cut rents.')[0]!.addressee).toBe('all other kinds of flat owners');
    expect(brief('Loans to small firms by city banks will grow by a tenth.')[0]?.addressee ?? null).toBeNull();
    expect(brief('The public health system must respond faster.')[0]!.addressee).toBe('the public health system');
  });
  it('keeps a pronoun addressee under a passive', () => {
    expect(brief('We must be guided by the facts.')[0]!.addressee).toBe('we');
  });
  it('takes the object of "we encourage X to" as the addressee', () => {
    expect(brief('We encourage insurers to lower their premiums.')[0]).toMatchObject({ force: 'encourage', addressee: 'insurers' });
  });
});

describe('a line break inside a sentence', () => {
  it('does not end a directive after a comma or a function word', () => {
    const ds = brief('All counties must, before the rains,\nRepair their dikes and clear the\nDrainage channels.');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.text).toBe('All counties must, before the rains,\nRepair their dikes and clear the\nDrainage channels');
  });
});

describe('frames and statements in readouts', () => {
  it('reads "X said <clause>" without "that" as a frame, and starts the directive after a statement', () => {
    const [d] = brief('The provincial government said the harvest was good, and the province will build new granaries.');
    expect(d).toMatchObject({ text: 'the province will build new granaries', reporting: 'say', issuer: 'the provincial government' });
  });
  it('takes what a frame calls for as the directive', () => {
    expect(brief('The meeting called for efforts to widen access to credit.')[0]).toMatchObject({
      text: 'efforts to widen access to credit',
      force: 'should',
      reporting: 'call for',
    });
  });
  it('names no addressee for a passive with an irregular participle', () => {
    expect(brief('They must be made stronger.')[0]!.addressee).toBeNull();
  });
});

describe('a frame at the end of its sentence', () => {
  it('frames its own sentence when a body speaks, and stays outside the span', () => {
    const ds = brief('Every county should open a flood shelter, the meeting said.\nTeachers must report absences.');
    expect(ds.map((d) => [d.text, d.reporting, d.issuer])).toEqual([
      ['Every county should open a flood shelter', 'say', 'the meeting'],
      ['Teachers must report absences', null, null],
    ]);
  });
});

describe('reported decisions', () => {
  it('reads "decided to …" and "decided that … would …" as will', () => {
    expect(brief('The council decided to extend the rent relief by six months.')[0]).toMatchObject({
      text: 'extend the rent relief by six months',
      force: 'will',
      reporting: 'decide',
    });
    expect(brief('The ministry decided that all counties would publish their budgets.')[0]).toMatchObject({ force: 'will', addressee: 'all counties' });
  });
});

describe('work-report shapes', () => {
  it.each([
    ['There should be no hesitation about reform and no delay in opening up.', 'must-not'],
    ['Land swaps, conducted in a way consistent with the law, should be accelerated.', 'should'],
    ['The village model, based on self-rule, law, and virtue, should be improved.', 'should'],
  ])('%s → %s', (text, force) => {
    const ds = brief(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.force).toBe(force);
    expect(ds[0]!.text).toBe(text.slice(0, -1));
  });
  it('finds a cue after ", and" that a relative clause before it does not govern', () => {
    expect(brief('A new plan is needed to cut soot from lorries that exceed limits, and work should continue on scrapping old buses.').map((d) => d.text)).toEqual([
      'work should continue on scrapping old buses',
    ]);
    expect(brief('We are committed to open trade, and must act on the summit’s outcomes.').map((d) => d.text)).toEqual(['must act on the summit’s outcomes']);
  });
});

describe('bare imperatives in a passage', () => {
  it('takes commands, even with an ambiguous verb, but not statements that open with a noun', () => {
    const text = 'We must protect farmland. Support small farms in buying seed. Continue to do a good job in flood control.\nReform of the pension system is a long task.';
    expect(brief(text).map((d) => d.force)).toEqual(['must', 'imperative', 'imperative']);
  });
  it('reads a cue inside "the requirement that …" as the content of a noun, not a directive of its own', () => {
    const ds = brief('We must:\n— heed the requirement that growth must be green;\n— cut coal use.');
    expect(ds.map((d) => [d.text, d.force])).toEqual([
      ['heed the requirement that growth must be green', 'must'],
      ['cut coal use', 'must'],
    ]);
  });
});

describe('more shapes of readouts and regulations', () => {
  it.each([
    ['It is necessary not only to prevent risks but also to seize chances.', 'necessary', 'It is necessary not only to prevent risks but also to seize chances'],
    ['First, there is the need to strengthen leadership.', 'necessary', 'First, there is the need to strengthen leadership'],
    ['Road building takes hard work, and it must be done step by step.', 'must', 'it must be done step by step'],
    ['The key is that we must protect lives.', 'must', 'we must protect lives'],
    ['She chaired the meeting, emphasizing that we must save water.', 'must', 'we must save water'],
  ])('%s', (text, force, span) => {
    const ds = brief(text);
    expect(ds.map((d) => [d.force, d.text])).toEqual([[force, span]]);
  });
  it('reads "it must be noted that" as no directive, and "has indicated that" as a frame', () => {
    expect(parse('At the meeting, it must be recognized that the economy is the foundation.')).toEqual([]);
    expect(brief('The premier has indicated that we should cut fees.')[0]).toMatchObject({ reporting: 'indicate', issuer: 'the premier', addressee: 'we' });
  });
});

describe('stories in a mixed document', () => {
  it('starts a story at a dateline: no frame carries into it, and the dateline is no part of the issuer', () => {
    const text = 'The meeting stressed that all cities must save water.\nHANGZHOU, May 2 (Xinhua) -- Schools should open earlier.\nLUOYANG, May 2 (Xinhua) -- The county board stressed that clinics must open on Sundays.';
    expect(brief(text).map((d) => [d.reporting, d.issuer])).toEqual([
      ['stress', 'the meeting'],
      [null, null],
      ['stress', 'the county board'],
    ]);
  });
});

describe('"can" as permission', () => {
  it('permits a named subject, not an inverted condition', () => {
    expect(brief('Other firms facing cash shortages can ask their banks for longer terms.')[0]).toMatchObject({ force: 'may', addressee: 'other firms facing cash shortages' });
    expect(parse('Only by raising rural incomes, widening credit and training workers can we lift demand.')).toEqual([]);
  });
});
