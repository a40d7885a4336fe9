import { describe, expect, it } from 'vitest';
import { chineseDirectives } from '../../../src/parse/zh/passage.js';

const parse = (text: string) => chineseDirectives(text).map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
const texts = (text: string): string[] => parse(text).map((d) => d.text);

describe('frames carry through a directive passage (issue 10, item 8)', () => {
  it('carries the frame into item paragraphs 一是… 二是… and their follow-on sentences', () => {
    const ds = parse('会议强调，要抓好以下工作。\n一是稳定农田面积，提高单产。加强水利设施维护。\n二是拓宽农民增收渠道。\n会议还听取了其他汇报。');
    expect(ds.map((d) => [d.text, d.reporting])).toEqual([
      ['要抓好以下工作', 'emphasize'],
      ['一是稳定农田面积，提高单产', 'emphasize'],
      ['加强水利设施维护', 'emphasize'],
      ['二是拓宽农民增收渠道', 'emphasize'],
    ]);
  });

  it('stops carrying at a paragraph that is no directive passage', () => {
    const ds = parse('会议强调，要改进考核办法。\n目前各项准备工作已经就绪。\n完善基层服务网络。');
    expect(ds.map((d) => d.text)).toEqual(['要改进考核办法']);
  });

  it('reads 会议审议通过《…》，指出… as a frame over what follows', () => {
    const ds = parse('会议审议通过《乡村建设条例》，指出要完善村庄规划。要改善人居环境。');
    expect(ds.map((d) => [d.text, d.reporting, d.issuer])).toEqual([
      ['要完善村庄规划', 'point out', 'the meeting'],
      ['要改善人居环境', 'point out', 'the meeting'],
    ]);
  });
});

describe('mixed documents (issue 10, item 12)', () => {
  const bulletin = [
    '新闻节目 (20250101)',
    '',
    '本期节目主要内容：',
    '1.某部部署加强山区道路养护；',
    '2.多地开展冬季送温暖活动。',
    '',
    '某部部署加强山区道路养护',
    '',
    '央视网消息（新闻联播）：交通运输部召开会议强调，各地要加强山区道路养护，确保群众出行安全。',
    '会议指出，要完善应急保障机制。',
    '',
    '多地开展冬季送温暖活动',
    '',
    '央视网消息（新闻联播）：近日，多地开展冬季送温暖活动，为困难群众送去米面油。',
    '加快推进保暖物资发放。',
  ].join('\n');

  it('reads headlines and the summary list as headings, not directives', () => {
    const found = texts(bulletin);
    expect(found).not.toContain('某部部署加强山区道路养护');
    expect(found.some((t) => t.includes('送温暖'))).toBe(false);
  });

  it('reads the items of a programme summary as headlines even when they carry a cue', () => {
    const text = '本期节目主要内容：\n1.国务院常务会议强调各地要加强防汛；\n2.各地要抓好夏粮收购；\n3.多地开展活动。\n\n会议强调，要加强A。';
    expect(texts(text)).toEqual(['要加强A']);
  });

  it('keeps a frame within its own story', () => {
    const found = texts(bulletin);
    expect(found).toContain('要完善应急保障机制');
    // the bare verb after the second headline would continue the first story's frame
    expect(found.some((t) => t.includes('保暖物资'))).toBe(false);
  });

  it('keeps the dateline out of every span', () => {
    const text = '央视网消息（新闻联播）：李某表示，双方要深化务实合作。\n新华社消息：他们将推进项目落地。';
    const ds = parse(text);
    expect(ds[0]).toMatchObject({ text: '双方要深化务实合作', reporting: 'say', issuer: '李某' });
    for (const d of ds) expect(d.text).not.toContain('消息');
  });

  it('marks directives of a mixed document with the mixed-document doubt', () => {
    for (const d of parse(bulletin)) expect(d.signals).toContain('mixed-document');
  });
});

describe('news openings are no directives (issue 10, item 10)', () => {
  it.each([
    '国务院副总理某某3月5日主持召开专题会议，研究部署春耕生产工作。',
    '来自水利部的消息，今天长江中游多个站点超警戒水位。',
    '记者从农业农村部了解到，全国春播进度过半。',
  ])('%s', (sentence) => {
    expect(parse(`${sentence}\n另一段落说明情况。`)).toEqual([]);
  });
});

describe('confidence and signals (issue 10)', () => {
  it('gives a cue under a frame high confidence and a bare verb clause less', () => {
    const [cued, bare] = parse('会议强调，各地区要加强耕地保护。稳定粮食播种面积。');
    expect(cued!.signals).toEqual(expect.arrayContaining(['explicit-cue', 'frame', 'agent-subject']));
    expect(bare!.signals).toEqual(expect.arrayContaining(['bare-imperative', 'carried-frame']));
    expect(cued!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(bare!.confidence).toBeLessThan(cued!.confidence);
  });
});

describe('frames in news reports (issue 10, item 12)', () => {
  it('reads a notice issued mid-sentence as the frame of the clauses after it', () => {
    const [d] = parse('为应对寒潮，某市交通等部门近日发布通知，增加公交运力，延长地铁运营时间。');
    expect(d).toMatchObject({ reporting: 'issue', text: '增加公交运力，延长地铁运营时间' });
  });

  it('reads a speaker who 表示/提醒 as say/remind, counting only cued clauses', () => {
    const ds = parse('外交部发言人表示，中方将继续推动对话。\n气象部门提醒，今后几天寒潮还将继续影响北方地区，公众需注意防寒保暖。');
    expect(ds.map((d) => [d.text, d.reporting, d.addressee])).toEqual([
      ['中方将继续推动对话', 'say', '中方'],
      ['公众需注意防寒保暖', 'remind', '公众'],
    ]);
  });

  it('takes "X方" and 他们 as acting subjects before 将', () => {
    const ds = parse('发言人表示，以方将继续谈判。\n两组织发表联合声明称，已提交回应，他们将认真研究新方案。');
    expect(ds.map((d) => [d.addressee, d.reporting])).toEqual([
      ['以方', 'say'],
      ['他们', 'say'],
    ]);
  });

  it('reads a body that 研究部署 an action as a decision', () => {
    const [d] = parse('国家林草局研究部署加强森林防火工作，压实各级责任。');
    expect(d).toMatchObject({ force: 'will', reporting: 'decide' });
  });

  it('reads 号召 mid-sentence as call for, with the named group as addressee', () => {
    const [d] = parse('活动以“奋斗青春”为主题，号召广大青年坚定理想信念，勇于创新。');
    expect(d).toMatchObject({ reporting: 'call for', addressee: '广大青年' });
  });

  it('does not read 仅需 (only takes) or a noun such as 保障性住房 as an order', () => {
    const text = '会议强调，要加快推进数据中心建设。数据从西部传到东部仅需不到十毫秒。保障性住房租金标准为每月十元。';
    expect(parse(text).map((d) => d.text)).toEqual(['要加快推进数据中心建设']);
  });

  it('names whom a hope addresses', () => {
    const [d] = parse('习近平在回信中强调，希望你们潜心科研，再创佳绩。');
    expect(d).toMatchObject({ force: 'should', addressee: '你们' });
  });
});

describe('bodies that report (issue 10, item 12)', () => {
  it('reads "水利部要求，" as a require frame of the named body', () => {
    const [d] = parse('应急管理部要求，各地要加强隐患排查。');
    expect(d).toMatchObject({ reporting: 'require', issuer: '应急管理部', addressee: '各地' });
  });

  it('does not read 内需 as the cue 需', () => {
    expect(parse('专家表示，重大项目将持续发挥扩内需的作用。')).toEqual([]);
  });
});

describe('notices are not mixed documents', () => {
  it('does not count numbered section titles and signature lines as stories', () => {
    const text = [
      '关于做好冬季供暖工作的通知',
      '一、提高思想认识',
      '各地要把供暖作为重要任务。',
      '二、加强燃料供应',
      '各地要增加燃料储备。',
      '三、强化组织领导',
      '国家能源局要加强统筹调度。',
      '四、做好宣传引导',
      '各地要及时回应社会关切。',
      '某某办公厅',
      '2024年10月15日',
    ].join('\n');
    const ds = parse(text);
    expect(ds).toHaveLength(4);
    for (const d of ds) expect(d.signals).not.toContain('mixed-document');
    expect(ds[2]!.addressee).toBe('国家能源局');
  });
});

describe('speakers named after their titles (issue 10, item 8)', () => {
  it('reads 习近平在主持学习时强调 as a frame and carries it into 一是/二是 paragraphs', () => {
    const text = '中共中央总书记张某某在主持学习时强调，要深刻认识创新的意义。\n一是加强基础研究。二是推进成果转化。';
    expect(parse(text).map((d) => [d.text, d.reporting, d.issuer])).toEqual([
      ['要深刻认识创新的意义', 'emphasize', '张某某'],
      ['一是加强基础研究', 'emphasize', '张某某'],
      ['二是推进成果转化', 'emphasize', '张某某'],
    ]);
  });
});

describe('stories opened by datelines', () => {
  const text = [
    '央视网消息（新闻联播）：国务院副总理王某某日前在湖南调研时强调，要压实防汛责任。',
    '加快修复水毁设施。',
    '央视网消息（新闻联播）：国家统计局今天发布数据，5月份居民消费价格同比上涨0.3%。',
    '加快推进消费品以旧换新。',
  ].join('\n');

  it('reads the speaker with a time word before the circumstance, and carries the frame within the story', () => {
    expect(parse(text).slice(0, 2).map((d) => [d.text, d.reporting, d.issuer])).toEqual([
      ['要压实防汛责任', 'emphasize', '王某某'],
      ['加快修复水毁设施', 'emphasize', '王某某'],
    ]);
  });

  it('ends the frame at the next dateline', () => {
    expect(parse(text)).toHaveLength(2);
  });
});

describe('written instructions and requirements inside a sentence', () => {
  it('reads 对…作出重要指示强调 as the speaker’s frame', () => {
    const [d] = parse('张某某对安全生产工作作出重要指示强调，要全力搜救被困人员。');
    expect(d).toMatchObject({ reporting: 'emphasize', issuer: '张某某', text: '要全力搜救被困人员' });
  });

  it('reads "作出批示，要求X…" as a require frame over X', () => {
    const [d] = parse('张某某作出批示，要求应急管理部加强统筹协调。');
    expect(d).toMatchObject({ reporting: 'require', force: 'must', addressee: '应急管理部' });
  });

  it('reads "会议听取了…，要求…" as a require frame that carries on', () => {
    const ds = parse('会议听取了防汛工作汇报，要求各地加强巡查。加快修复水毁工程。');
    expect(ds.map((d) => [d.text, d.reporting])).toEqual([
      ['各地加强巡查', 'require'],
      ['加快修复水毁工程', 'require'],
    ]);
  });
});
