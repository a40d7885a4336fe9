import { describe, expect, it } from 'vitest';
import { chineseParser } from '../../../src/parse/zh/index.js';

describe('metadata', () => {
  it('reads title, date, issuer, event and participants off a readout', () => {
    const text =
      '中央党的建设工作领导小组召开会议 研究部署党纪学习教育工作\n\n' +
      '中央党的建设工作领导小组11月22日在京召开会议。中共中央政治局常委、中央党的建设工作领导小组组长蔡奇主持会议并讲话，' +
      '中共中央政治局常委、副组长李希出席会议并讲话。\n\n李干杰、李书磊出席会议。\n';
    expect(chineseParser.metadata(text)).toEqual({
      title: '中央党的建设工作领导小组召开会议 研究部署党纪学习教育工作',
      date: '--11-22',
      place: '北京',
      issuer: '中央党的建设工作领导小组',
      event: '中央党的建设工作领导小组会议',
      participants: [
        { name: '蔡奇', titles: ['中共中央政治局常委', '中央党的建设工作领导小组组长'], role: 'presided' },
        { name: '李希', titles: ['中共中央政治局常委', '副组长'], role: 'delivered a speech' },
        { name: '李干杰', titles: [], role: 'attended' },
        { name: '李书磊', titles: [], role: 'attended' },
      ],
    });
  });

  it('keeps the year when the text gives it, and reads the body of 主持召开', () => {
    const meta = chineseParser.metadata('国务院总理李强2024年1月22日主持召开国务院常务会议，研究有关举措。');
    expect(meta).toMatchObject({ title: null, date: '2024-01-22', issuer: '国务院', event: '国务院常务会议' });
    expect(meta.participants).toEqual([{ name: '李强', titles: ['国务院总理'], role: 'presided' }]);
  });
});

describe('news bulletins (issue 10, item 12)', () => {
  it('keeps the dateline out of participants and reads the programme date in the title', () => {
    const meta = chineseParser.metadata('晚间新闻 (20240305)\n\n央视网消息（新闻联播）：国务院副总理王某3月4日主持召开专题会议。');
    expect(meta.date).toBe('2024-03-05');
    expect(meta.participants).toEqual([{ name: '王某', titles: ['国务院副总理'], role: 'presided' }]);
  });
});
