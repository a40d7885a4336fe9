import { describe, expect, it } from 'vitest';
import { chineseParser } from '../../../src/parse/zh/index.js';
import type { DraftDirective } from '../../../src/parse/types.js';

const parse = (text: string): (DraftDirective & { text: string })[] =>
  chineseParser.directives(text).map((d) => ({ ...d, text: text.slice(d.start, d.end) }));

describe('frames', () => {
  it.each([
    ['会议指出', 'point out'],
    ['会议强调', 'emphasize'],
    ['会议要求', 'require'],
    ['会议提出', 'propose'],
  ])('%s → %s, the frame outside the span', (frame, reporting) => {
    const [d] = parse(`${frame}，要加强耕地保护。`);
    expect(d).toMatchObject({ text: '要加强耕地保护', reporting, issuer: 'the meeting', force: 'necessary', cue: '要' });
  });

  it('carries a frame over the following sentences and the next paragraph that opens with a cue', () => {
    const ds = parse('会议强调，要加强A。要推进B。\n要完善C。\n会议还研究了其他事项。');
    expect(ds.map((d) => [d.text, d.reporting])).toEqual([
      ['要加强A', 'emphasize'],
      ['要推进B', 'emphasize'],
      ['要完善C', 'emphasize'],
    ]);
  });

  it('names the speaker of 习近平强调 and resolves 他', () => {
    const ds = parse('习近平强调，要坚持稳中求进。他指出，必须守住底线。');
    expect(ds.map((d) => [d.issuer, d.reporting, d.force])).toEqual([
      ['习近平', 'emphasize', 'necessary'],
      ['习近平', 'point out', 'must'],
    ]);
  });

  it('treats 会议认为 as an assessment, not a frame', () => {
    expect(parse('会议认为，各地区各部门积极作为，经济运行总体平稳。')).toEqual([]);
  });

  it('reads 会议决定将… as a decision: force will, no cue (将 there is 把)', () => {
    const [d] = parse('会议讨论了《工作规则》，决定将修订稿提请全体会议审议。');
    expect(d).toMatchObject({ text: '将修订稿提请全体会议审议', force: 'will', cue: null, reporting: 'decide' });
  });

  it('takes a cue-less directive under 会议要求 as must, with the named addressee', () => {
    const [d] = parse('会议要求地方政府深刻吸取事故教训，压紧压实安全责任。');
    expect(d).toMatchObject({ force: 'must', cue: null, reporting: 'require', addressee: '地方政府' });
  });
});

describe('forces', () => {
  it.each([
    ['必须', 'must'],
    ['务必', 'must'],
    ['一定要', 'must'],
    ['严禁', 'must-not'],
    ['不得', 'must-not'],
    ['禁止', 'must-not'],
    ['不准', 'must-not'],
    ['应', 'should'],
    ['应当', 'should'],
    ['应该', 'should'],
    ['要', 'necessary'],
    ['需要', 'necessary'],
    ['将', 'will'],
    ['力争', 'strive'],
    ['努力', 'strive'],
    ['争取', 'strive'],
    ['鼓励', 'encourage'],
    ['支持', 'encourage'],
    ['可以', 'may'],
  ])('%s → %s', (cue, force) => {
    const [d] = parse(`会议强调，${cue}开展专项整治。`);
    expect(d).toMatchObject({ force, cue, text: `${cue}开展专项整治` });
  });

  it('splits one directive per cue, and keeps verbs under one cue together', () => {
    const ds = parse('会议强调，我们既要增强风险意识，积极主动应对，又要保持战略定力。');
    expect(ds.map((d) => d.text)).toEqual(['我们既要增强风险意识，积极主动应对', '又要保持战略定力']);
    expect(ds[0]!.actions.map((a) => a.verb)).toEqual(['增强', '应对']);
  });

  it('reads a ；-series with one cue as one directive (rule 3)', () => {
    expect(parse('会议强调，要加强A；推进B；完善C。')).toHaveLength(1);
    expect(parse('会议强调，要加强A；要推进B；完善C。').map((d) => d.force)).toEqual(['necessary', 'necessary', 'imperative']);
  });

  it('reads list items under an introducing line, each taking its force', () => {
    const ds = parse('会议要求：一是加强耕地保护；二是推进乡村振兴。');
    expect(ds.map((d) => [d.text, d.force])).toEqual([
      ['一是加强耕地保护', 'must'],
      ['二是推进乡村振兴', 'must'],
    ]);
  });

  it('reads bare imperatives that continue a directive passage', () => {
    const ds = parse('会议强调，要加强A。高度重视旱涝急转风险，加强水源统一管理。');
    expect(ds.map((d) => d.force)).toEqual(['necessary', 'imperative']);
  });
});

describe('要 and 将 inside words', () => {
  it.each([
    ['重要', '会议指出，这是一项重要举措。'],
    ['主要', '会议指出，主要指标好于预期。'],
    ['要求', '会议指出，目标要求已经明确。'],
    ['需要 as a noun', '会议指出，这适应了发展的需要。'],
    ['只要', '会议指出，只要坚持下去就能成功。'],
    ['要点', '会议指出，讲话要点已经印发。'],
    ['必要', '会议指出，这是必要的。'],
    ['仍将 (a prediction)', '会议指出，今年极端天气仍将偏多。'],
    ['应对', '会议指出，各方积极应对了风险挑战。'],
  ])('%s is no cue', (_trap, text) => {
    expect(parse(text)).toEqual([]);
  });

  it('needs 需要 after a verb of saying as reported content, not a directive', () => {
    expect(parse('会议指出，讲话明确提出在实践中需要把握好九个问题，具有很强的指导性。')).toEqual([]);
  });

  it('reads 将 as 把 when a disposal verb follows, and as will otherwise', () => {
    expect(parse('会议强调，要改革完善制度，将各类占用统一纳入管理。')).toHaveLength(1);
    const [d] = parse('中国作为地球村的一员，将以实际行动作出贡献。');
    expect(d).toMatchObject({ force: 'will', cue: '将', text: '将以实际行动作出贡献' });
  });

  it('finds 要 after a statement clause, leaving the statement out of the span', () => {
    const [d] = parse('会议指出，机构改革是一项重大政治任务，要切实统一思想。');
    expect(d).toMatchObject({ text: '要切实统一思想', addressee: null });
  });
});

describe('addressees', () => {
  it.each([
    ['各地区各部门要加强协调', '各地区各部门'],
    ['各级党委和政府要认真贯彻落实', '各级党委和政府'],
    ['我们要深入学习贯彻', '我们'],
    ['国家防总要强化统筹协调', '国家防总'],
    ['宏观政策要持续用力', null],
  ])('%s → %s', (clause, addressee) => {
    const [d] = parse(`会议强调，${clause}。`);
    expect(d).toMatchObject({ text: clause, addressee });
  });

  it('takes the subject of a preceding statement as the addressee of a bare cue', () => {
    const [d] = parse('会议强调，国务院首先是政治机关，必须旗帜鲜明讲政治。');
    expect(d).toMatchObject({ text: '必须旗帜鲜明讲政治', addressee: '国务院' });
  });

  it('keeps a leading topic inside the span', () => {
    const [d] = parse('会议强调，做好国务院工作，必须维护党中央权威。');
    expect(d).toMatchObject({ text: '做好国务院工作，必须维护党中央权威', addressee: null });
  });
});

describe('actions, purpose, themes', () => {
  it('splits actions at ， and at 、 between verbs, and reads a trailing 为… as purpose', () => {
    const [d] = parse('会议强调，要增强“四个意识”、坚定“四个自信”，推动高质量发展，为制造强国建设提供有力支撑。');
    expect(d!.actions).toEqual([
      { verb: '增强', object: '“四个意识”' },
      { verb: '坚定', object: '“四个自信”' },
      { verb: '推动', object: '高质量发展' },
    ]);
    expect(d!.purpose).toBe('为制造强国建设提供有力支撑');
    expect(d!.themes).toContain('高质量发展');
  });
});

describe('addressees and topics (issue 10, item 9)', () => {
  it('takes a topic-subject that acts before 要 as the addressee', () => {
    const [d] = parse('会议强调，防汛工作机制要不间断运转，及时会商研判。');
    expect(d).toMatchObject({ addressee: '防汛工作机制', cue: '要' });
  });

  it('never takes a verb phrase as the addressee', () => {
    const ds = parse('强化对边远山区支持，各级财政资金向边远山区倾斜。认真落实减税政策要一抓到底。');
    for (const d of ds) expect(d.addressee).toBeNull();
  });
});

describe('achievements and situations are no directives (issue 10, item 10)', () => {
  it.each([
    ['a result with 了', '会议指出，各地坚决守住了安全底线，为经济稳定提供了有力支撑。'],
    ['取得', '会议指出，脱贫攻坚取得决定性成就。'],
    ['创…新高', '会议指出，粮食产量创历史新高。'],
    ['what remains to be overcome', '会议指出，经济恢复仍需要克服不少困难。'],
    ['a capability', '会议指出，新系统可以自动识别车辆。'],
    ['a cue inside 让…', '会议指出，培训让学员弄清楚能做什么、不能做什么。'],
    ['a schedule (将于)', '会议指出，我国将于明年举办国际博览会。'],
    ['a schedule (将在…召开)', '会议指出，我国将在上海召开论坛。'],
    ['应…邀请 (at the invitation of)', '应某国政府邀请，我国代表团出席会议。'],
  ])('%s', (_kind, text) => {
    expect(parse(text)).toEqual([]);
  });

  it('reads a bare verb clause whose later clause reports the result as work done', () => {
    const text = '要统筹推进改革。\n严格执行节约规定，会议费用得到有效控制。\n着力简化审批，新设企业达到120万户。\n加快建设物流网络。';
    expect(parse(text).map((d) => d.text)).toEqual(['要统筹推进改革', '加快建设物流网络']);
  });

  it('keeps a later clause that orders or aims at a result', () => {
    const text = '要统筹推进改革。\n培育创新生态，在关键技术上不断取得突破。\n扶持文化企业，推动文化产业蓬勃发展。';
    expect(parse(text)).toHaveLength(3);
  });

  it('keeps 推动…取得… as an order of a result', () => {
    const text = '要围绕年度任务，明确各方责任。\n推动环境治理取得明显进展。';
    expect(parse(text).map((d) => d.text)).toContain('推动环境治理取得明显进展');
  });
});

describe('hopes and bare verbs in a passage (issue 10, items 8 and 11)', () => {
  it('reads 希望 as should', () => {
    const [d] = parse('习近平强调，希望广大教师潜心育人，勇于创新。');
    expect(d).toMatchObject({ force: 'should', cue: '希望', reporting: 'emphasize' });
  });

  it('lets a bare verb clause stand alone before a cue with its own topic or verb', () => {
    const text = '要统筹推进生态保护。\n巩固水源保护成果，\n今年化肥用量要下降2％。\n加强危险废物处置，严禁违规倾倒。';
    expect(parse(text).map((d) => [d.text, d.force])).toEqual([
      ['要统筹推进生态保护', 'necessary'],
      ['巩固水源保护成果', 'imperative'],
      ['今年化肥用量要下降2％', 'necessary'],
      ['加强危险废物处置', 'imperative'],
      ['严禁违规倾倒', 'must-not'],
    ]);
  });

  it('keeps a leading topic with a cue that has no topic of its own', () => {
    const [d] = parse('会议强调，做好粮食安全工作，必须压实各方责任。');
    expect(d).toMatchObject({ text: '做好粮食安全工作，必须压实各方责任' });
  });
});

describe('deployment passages (issue 10, item 11)', () => {
  it('reads bare verb clauses after a 会议 frame as directives, also after a place', () => {
    const ds = parse('会议指出，要稳定粮食生产。在主要产区积极稳妥推进高标准农田建设，规划建设仓储设施。完善收储制度。');
    expect(ds.map((d) => [d.text, d.force, d.reporting])).toEqual([
      ['要稳定粮食生产', 'necessary', 'point out'],
      ['在主要产区积极稳妥推进高标准农田建设，规划建设仓储设施', 'imperative', 'point out'],
      ['完善收储制度', 'imperative', 'point out'],
    ]);
  });

  it('keeps clauses laid out one per line (a line ending in ，) in one directive', () => {
    const text = '会议强调，要加强A。\n在各地市稳步推进旧城改造，\n规划建设公共停车场。';
    expect(parse(text).map((d) => d.text)).toEqual(['要加强A', '在各地市稳步推进旧城改造，\n规划建设公共停车场']);
  });

  it('does not read a circumstance with a verb of its own as a deployment', () => {
    expect(parse('会议强调，要加强A。\n在推进改革中各地探索新做法。')).toHaveLength(1);
  });
});

describe('assessments that open with a verb phrase (issue 10, item 10)', () => {
  it('reads "健全X，是…的重要举措" as an assessment, not a bare imperative', () => {
    expect(parse('会议强调，完善社会保障体系，是增进民生福祉的重要举措。')).toEqual([]);
  });

  it('reads "推进X，改革是关键" as an assessment too', () => {
    expect(parse('要统筹推进改革。\n推进乡村振兴，人才是关键。')).toHaveLength(1);
  });

  it('takes a long abbreviated body as the addressee', () => {
    const [d] = parse('会议要求，国家发展改革委要会同有关部门加强调度。');
    expect(d!.addressee).toBe('国家发展改革委');
  });
});

describe('requests in notices', () => {
  it('reads 请 at the head of a clause as should, naming whom it asks', () => {
    expect(parse('现将《实施方案》印发给你们，请认真贯彻执行。')).toMatchObject([{ text: '请认真贯彻执行', force: 'should', cue: '请' }]);
    expect(parse('请各地结合实际抓好落实。')[0]!.addressee).toBe('各地');
  });

  it('does not read 请示 or 邀请 as a request', () => {
    expect(parse('有关部门请示国务院同意。某国邀请我国代表团访问。')).toEqual([]);
  });
});
