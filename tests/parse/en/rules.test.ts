import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';

function parse(text: string) {
  return parseDocument(text, { language: 'en' }).directives;
}

function brief(text: string) {
  return parse(text).map((d) => ({ text: d.text, force: d.force, reporting: d.reporting, issuer: d.issuer, addressee: d.addressee }));
}

describe('cues and force', () => {
  it.each([
    ['All departments must report every quarter.', 'must', 'all departments'],
    ['Enterprises shall not discharge untreated water.', 'must-not', 'enterprises'],
    ['No unit or individual shall obstruct inspections.', 'must-not', null],
    ['Local governments should publish their budgets.', 'should', 'local governments'],
    ['It is recommended that cities expand bus lanes.', 'should', null],
    ['It is essential to stabilize employment.', 'necessary', null],
    ['We need to cut red tape.', 'necessary', 'we'],
    ['We will build 500 new schools.', 'will', 'we'],
    ['The plan is to be completed by June.', 'will', null],
    ['We will strive to raise incomes.', 'will', 'we'],
    ['Schools may set their own timetables.', 'may', 'schools'],
  ] as const)('%s → %s', (text, force, addressee) => {
    const [d, ...rest] = parse(text);
    expect(rest).toHaveLength(0);
    expect(d!.force).toBe(force);
    expect(d!.addressee).toBe(addressee);
    expect(d!.text).toBe(text.slice(0, -1));
  });

  it('does not take facts, predictions or embedded modals for directives', () => {
    expect(parse('GDP grew 6 percent last year. The meeting summarized the work of the past year.')).toEqual([]);
    expect(parse('These initiatives will enable us to save energy.')).toEqual([]);
    expect(parse('Corruption is a struggle that we cannot lose and must not lose.')).toEqual([]);
    const [d] = parse('We will set a deadline by which enterprises must meet the standards.');
    expect(d!.force).toBe('will');
    expect(parse('We will set a deadline by which enterprises must meet the standards.')).toHaveLength(1);
  });

  it('reads "will" as a noun, and modals in clauses a main verb governs, as no cue', () => {
    expect(parse('It has unified the thinking and will of the whole Party.')).toEqual([]);
    expect(parse('This arrangement shows that our Party will lead the people to victory.')).toEqual([]);
    expect(parse('This pandemic may intensify counter-globalization trends.')).toEqual([]);
    expect(parse('Anyone who fails to perform their duties must be held accountable.')).toHaveLength(1);
  });

  it('leaves the addressee empty for passive and non-agent subjects', () => {
    expect(brief('Illegal dischargers must be punished in accordance with law.')[0]!.addressee).toBeNull();
    expect(brief('Emissions should drop by 2 percent this year.')[0]!.addressee).toBeNull();
  });

  it('starts a new directive at each cue with its own subject', () => {
    expect(brief('The epidemic must be kept under control, the economy must be kept stable, and we must protect jobs.').map((d) => d.text)).toEqual([
      'The epidemic must be kept under control',
      'the economy must be kept stable',
      'we must protect jobs',
    ]);
    expect(parse('All localities should strengthen A, consolidate B, and improve C.')[0]!.actions.map((a) => a.verb)).toEqual([
      'strengthen',
      'consolidate',
      'improve',
    ]);
  });
});

describe('reporting frames', () => {
  it('carries a frame over the following sentences and paragraphs until a non-directive paragraph', () => {
    const text = [
      'The council emphasized that we must cut costs. It is necessary to raise quality.',
      'Officials should answer letters within a week.',
      'The delegates then visited a factory.',
      'We will open the archive.',
    ].join('\n');
    expect(brief(text).map((d) => [d.reporting, d.issuer])).toEqual([
      ['emphasize', 'the council'],
      ['emphasize', 'the council'],
      ['emphasize', 'the council'],
      [null, null],
    ]);
    expect(brief(text)[0]!.text).toBe('we must cut costs');
  });

  it('reads named speakers, asides and passive frames', () => {
    expect(brief('Li Ming, in his speech, stressed that we must act.')[0]).toMatchObject({ reporting: 'stress', issuer: 'Li Ming', text: 'we must act' });
    expect(brief('The meeting decided. It was pointed out that all cities should report.')[0]).toMatchObject({
      reporting: 'point out',
      addressee: 'all cities',
    });
  });

  it('turns "instructed X to …" and "stressed the need to …" into directives', () => {
    expect(brief('The committee instructed all localities to align their plans.')[0]).toMatchObject({
      text: 'all localities to align their plans',
      force: 'must',
      reporting: 'instruct',
      addressee: 'all localities',
    });
    expect(brief('The premier stressed the need to protect farmland.')[0]).toMatchObject({
      text: 'protect farmland',
      force: 'necessary',
      reporting: 'stress',
      issuer: 'the premier',
    });
  });

  it('does not treat an assessment as a frame', () => {
    expect(parse('The meeting held that the economy is stable.')).toEqual([]);
  });
});

describe('lists, series and fragments', () => {
  it('gives each item under a colon intro the intro’s cue, and not the intro itself', () => {
    const text = 'The ministry stressed that we must:\n\n— raise wages for teachers;\n\n— build more rural schools; and\n\n— train young doctors.';
    const ds = brief(text);
    expect(ds.map((d) => d.text)).toEqual(['raise wages for teachers', 'build more rural schools', 'train young doctors']);
    expect(ds.every((d) => d.force === 'must' && d.addressee === 'we' && d.reporting === 'stress')).toBe(true);
  });

  it('keeps a series with one cue as one directive and splits a series of cues', () => {
    expect(parse('We will cut taxes; simplify approvals; and open markets.')).toHaveLength(1);
    expect(brief('It is necessary to cut taxes; it is necessary to simplify approvals; Driven by reform, open markets.').map((d) => d.force)).toEqual([
      'necessary',
      'necessary',
      'imperative',
    ]);
  });

  it('takes a bare imperative in a directive passage, but not a stray heading', () => {
    const ds = brief('The meeting pointed out that it is necessary to study the plan. Embody new responsibilities in every task.');
    expect(ds.map((d) => d.force)).toEqual(['necessary', 'imperative']);
    expect(parse('Strengthen rural schools\nThe province has 300 schools.')).toEqual([]);
  });

  it('joins a verbless translation fragment to the directive before it', () => {
    const text = 'We must create characteristics to form and regional development. The coordinated development layout that matches the pattern.';
    const ds = parse(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.text).toBe(text.slice(0, -1));
  });

  it('joins a sentence that a line break cut in two', () => {
    const text = 'Officials who neglect their duties,\nor respond inadequately will be held accountable.';
    expect(parse(text).map((d) => d.text)).toEqual([text.slice(0, -1)]);
  });
});

describe('actions and purpose', () => {
  it('splits verb phrases under one cue and finds the purpose', () => {
    const [d] = parse('We must strengthen supervision, improve mechanisms and expand training so as to raise quality.');
    expect(d!.actions).toEqual([
      { verb: 'strengthen', object: 'supervision' },
      { verb: 'improve', object: 'mechanisms' },
      { verb: 'expand', object: 'training' },
    ]);
    expect(d!.purpose).toBe('so as to raise quality');
  });
});

describe('metadata', () => {
  it('reads a heading title, a full date and the presiding official', () => {
    const { document } = parseDocument(
      'State Council Executive Meeting\n\nXinhua (Beijing), March 17, 2022 — The meeting was held in Beijing. Premier Li Qiang, Member of the Standing Committee, presided over the meeting.\nWe must act.',
    );
    expect(document.title).toBe('State Council Executive Meeting');
    expect(document.date).toBe('2022-03-17');
    expect(document.place).toBe('Beijing');
  });
});
