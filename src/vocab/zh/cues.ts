import type { Force } from '../forces.js';

/**
 * Chinese deontic cues and the force each carries (shared/DIRECTIVES.md, "The fields";
 * issue 6). Order does not matter: the matcher tries the longest cue first.
 *
 * `modal` cues are auxiliaries: each one at the head of a clause starts its own
 * directive ("疫情要防住、经济要稳住" style series are three directives). The others are
 * full verbs (努力, 支持 …): they only open a directive at the head of a sentence or
 * item, and under an earlier cue they are just one more action.
 */
export const ZH_CUES = [
  { cue: '一定要', force: 'must', modal: true },
  { cue: '必须', force: 'must', modal: true },
  { cue: '务必', force: 'must', modal: true },
  { cue: '严禁', force: 'must-not', modal: true },
  { cue: '不得', force: 'must-not', modal: true },
  { cue: '禁止', force: 'must-not', modal: true },
  { cue: '不准', force: 'must-not', modal: true },
  { cue: '决不能', force: 'must-not', modal: true },
  { cue: '绝不能', force: 'must-not', modal: true },
  { cue: '不能', force: 'must-not', modal: true },
  { cue: '不要', force: 'must-not', modal: true },
  { cue: '应当', force: 'should', modal: true },
  { cue: '应该', force: 'should', modal: true },
  { cue: '应', force: 'should', modal: true },
  { cue: '需要', force: 'necessary', modal: true },
  { cue: '需', force: 'necessary', modal: true },
  { cue: '要', force: 'necessary', modal: true },
  { cue: '将', force: 'will', modal: true },
  { cue: '可以', force: 'may', modal: true },
  // a request in notices ("请认真贯彻执行"); only at the head of a clause
  { cue: '请', force: 'should', modal: true },
  { cue: '力争', force: 'strive', modal: false },
  { cue: '努力', force: 'strive', modal: false },
  { cue: '争取', force: 'strive', modal: false },
  { cue: '鼓励', force: 'encourage', modal: false },
  { cue: '支持', force: 'encourage', modal: false },
  // DIRECTIVES.md: hopes from an issuer to someone are `should`; willingness (愿) is none
  { cue: '希望', force: 'should', modal: false },
] as const satisfies readonly { cue: string; force: Force; modal: boolean }[];

export type ZhCue = (typeof ZH_CUES)[number]['cue'];

/**
 * Words that contain a cue's characters without being the cue (issue 6: "要 inside
 * words"). A cue occurrence that sits inside one of these words is skipped.
 * 要求 is the frame verb 会议要求, recognised separately at the head of a sentence;
 * anywhere else it is the noun "requirement" (总要求, 目标要求). 需要 is listed so that the
 * 要 inside it never counts alone; 需要 itself is still matched as a cue.
 */
export const ZH_CUE_TRAPS = [
  // 要
  '重要', '主要', '要求', '只要', '要点', '必要', '首要', '紧要', '要素', '要害', '要务', '纲要',
  '摘要', '要闻', '提要', '要件', '要么', '要是', '显要', '要义', '要领', '要职', '扼要', '概要',
  '次要', '想要', '险要', '要塞', '要约', '要挟', '要员', '要地', '要案', '机要', '政要', '需要',
  // 需 (需要 itself is a cue of its own)
  '需求', '必需', '所需', '急需', '无需', '亟需', '需方', '需用', '不需', '军需', '按需', '需量', '仅需',
  '只需', '内需', '外需', '供需', '刚需',
  // 应
  '应对', '适应', '相应', '响应', '反应', '供应', '效应', '应用', '应急', '对应', '回应', '顺应',
  '应邀', '答应', '应届', '呼应', '应运', '应有', '应收', '应付', '感应', '应变', '应聘', '报应',
  '应力', '照应', '内应', '应征', '应试', '应酬', '应答', '应声', '应和',
  // 将 (即将/必将/仍将 predict; 将来, 将军 … are nouns)
  '即将', '将来', '将近', '将军', '将领', '大将', '将士', '必将', '仍将', '将会', '也将会', '武将',
  '名将', '将帅', '上将', '中将', '少将',
  // 可以 / 不得 / 不准 / 不能 / 不要
  '可以说', '不得不', '不得了', '舍不得', '巴不得', '恨不得', '怪不得', '免不得', '由不得',
  '不准确', '不能够', '不要紧', '不能不',
  // 支持 / 鼓励 / 努力 / 争取 as nouns ("在…的支持下")
  '请示', '请求', '请假', '请教', '请愿', '请柬', '请客', '请缨', '请托', '请辞',
  '支持下', '支持者', '鼓励下', '努力下', '希望工程', '希望小学', '新希望', '的希望',
] as const;

/**
 * Frame verbs after 会议 / a named speaker, with the English base verb the gold files
 * use for `reporting`. `null` marks an assessment (会议认为): it ends the current
 * frame and introduces no directive (issue 6). 部署 reports a decided arrangement,
 * which DIRECTIVES.md rule 5 records as `decide`.
 */
export const ZH_FRAME_VERBS = [
  { verb: '指出', reporting: 'point out' },
  { verb: '强调', reporting: 'emphasize' },
  { verb: '要求', reporting: 'require' },
  { verb: '提出', reporting: 'propose' },
  { verb: '决定', reporting: 'decide' },
  { verb: '部署', reporting: 'decide' },
  { verb: '号召', reporting: 'call for' },
  { verb: '呼吁', reporting: 'call for' },
  { verb: '希望', reporting: 'hope' },
  { verb: '表示', reporting: 'say' },
  { verb: '说', reporting: 'say' },
  { verb: '认为', reporting: null },
] as const satisfies readonly { verb: string; reporting: string | null }[];

/**
 * Force a cue-less clause takes from its frame (DIRECTIVES.md: "require, demand,
 * order, instruct → must; request, call for, urge, ask → should"; rule 5: decide → will).
 */
export const ZH_FRAME_FORCE: Readonly<Record<string, Force>> = {
  require: 'must',
  'call for': 'should',
  hope: 'should',
  decide: 'will',
};

/** Who a frame names: the gold files write a meeting as "the meeting". */
export const ZH_MEETING_SUBJECTS = ['会议', '全会', '会上', '大会', '常务会议', '座谈会'] as const;
export const ZH_MEETING_ISSUER = 'the meeting';

/** Verbs of saying: a cue after one of these inside a clause is reported content, not a directive. */
export const ZH_SAYING_VERBS = ['提出', '指出', '强调', '认为', '表示', '阐述', '阐明', '明确了', '要求'] as const;

/**
 * Heads of an addressee noun phrase (各地区各部门要…, 国务院…必须…). A subject before a
 * cue is an addressee only when it ends in one of these; "宏观政策要…" names no actor.
 */
export const ZH_AGENT_HEADS = [
  '我们', '大家', '全党', '全军', '全社会', '各地', '各方', '各方面', '各部门', '部门', '政府', '党委',
  '党组', '党组织', '机关', '干部', '党员', '单位', '企业', '国务院', '委员会', '领导小组', '班子',
  '人员', '中心组', '书记处', '纪委', '监委', '人大', '政协', '法院', '检察院', '军队', '部队',
  '地区', '方面', '同志', '群众', '家庭', '学校', '高校', '医院', '机构', '组织', '协会', '商会',
  '调查组', '工作组', '指挥部', '中国', '我国', '他们', '她们', '你们', '双方', '各国', '公众', '银行',
  '工作机制', '专班', '学生', '青年', '教师', '职工', '农民', '工作者', '企业家',
] as const;

/**
 * Short bodies named by abbreviation (国家防总, 中央财办, 发展改革委): accepted as an
 * addressee only when the whole subject is short, because these single characters
 * also end ordinary nouns.
 */
export const ZH_SHORT_AGENT_ENDINGS = ['总', '办', '委', '部', '局', '署', '院', '厅', '处', '组', '方'] as const;

/** Adverbs that may stand between a subject and its cue, or open an imperative. */
export const ZH_ADVERBS = [
  '坚定不移', '持之以恒', '锲而不舍', '毫不动摇', '不折不扣', '全方位', '多渠道', '多途径', '高水平',
  '进一步', '更加', '更好', '大力', '深入', '加快', '切实', '积极', '坚决', '着力', '持续', '继续',
  '不断', '认真', '扎实', '有效', '严格', '自觉', '全面', '及时', '稳步', '有序', '依法', '科学',
  '全力', '尽快', '务实', '稳妥', '主动', '率先', '重点', '统一', '同时', '首先', '还', '也', '都',
  '更', '就', '则', '又', '既', '均', '仍', '再', '始终', '一律', '特别', '尤其', '真正', '充分',
  '精准', '因地制宜', '分类', '逐步', '抓紧', '务必', '一定', '坚持不懈', '久久为功', '高度',
  '精心', '深刻', '准确', '带头', '从严', '高效', '协同', '创造性地', '系统', '用心用情', '快速', '尽力', '最大程度', '最大限度', '广泛',
] as const;

/**
 * Verbs that open a bare imperative (DIRECTIVES.md rule 4) and that head an action.
 * Two-character verbs first matter only for readability: the matcher takes the longest.
 */
export const ZH_ACTION_VERBS = [
  '加强', '加快', '加大', '推动', '推进', '推行', '推广', '推出', '深化', '强化', '完善', '健全', '坚持',
  '实施', '实行', '开展', '落实', '贯彻', '巩固', '拓展', '防范', '化解', '防止', '制定', '研究',
  '促进', '支持', '保持', '确保', '保障', '做好', '抓好', '抓住', '抓实', '统筹', '培育', '发展', '建设',
  '构建', '打好', '打赢', '整治', '降低', '减少', '提高', '提升', '扩大', '优化', '增强', '严厉打击',
  '打击', '严格', '严控', '严防', '遏制', '发挥', '引导', '鼓励', '规范', '维护', '守住', '坚守', '严守',
  '树立', '树牢', '牢固树立', '压实', '压紧', '夯实', '筑牢', '补齐', '激发', '调动', '深入学习',
  '学习', '领会', '领悟', '把握', '认识', '增加', '设立', '建立', '形成', '创造', '创新', '弘扬',
  '用好', '管好', '守好', '办好', '开好', '讲好', '抓紧', '加紧', '探索', '提供', '组织', '动员',
  '部署', '安排', '完成', '淘汰', '治理', '保护', '修复', '划定', '实现', '稳定', '稳住', '改进',
  '改善', '改革', '转变', '纠正', '纠治', '坚决', '惩治', '监督', '督促', '教育', '吸引', '培养',
  '锚定', '围绕', '聚焦', '突出', '注重', '重视', '高度重视', '关心', '解决', '满足', '兜牢', '织密',
  '加速', '释放', '挖掘', '畅通', '营造', '打造', '做到', '增进', '扎实推进', '全面推进', '深入推进',
  '大力发展', '积极发展', '有序推进', '着力推动', '持续推进', '积极稳妥', '严格落实', '认真落实',
  '全力做好', '切实做好', '扎实做好', '切实加强', '采取', '运用', '推广应用', '整合', '压减', '清理',
  '落细', '落地', '强调', '召开', '举办', '出台', '印发', '修订', '编制', '开发', '利用', '引进',
  '吸取', '查明', '认定', '追责', '排查', '处置', '应对', '防控', '救助', '转移', '储备', '投放',
  '取消', '下放', '放宽', '简化', '精简', '减轻', '减免', '依靠', '壮大', '明确', '消除', '优先',
  '发动', '践行', '履行', '履职', '承担', '落实好', '实施好', '发挥好', '抓住', '把握好', '处理好',
  '坚定', '严禁', '禁止', '适应', '顺应', '汇集', '汇聚', '规划', '厚植', '凝聚',
  '降', '增', '保', '稳', '抓', '讲', '顾',
] as const;

/**
 * A 将 followed later in its clause by one of these is the disposal 将 (= 把: 将修订稿提请
 * …审议, 将各类占用纳入…管理), not "will" (issue 6).
 */
export const ZH_DISPOSAL_VERBS = [
  '提请', '纳入', '列入', '作为', '视为', '转化为', '转变为', '放在', '落实到', '用于', '交由', '提交',
  '报送', '移交', '改为', '调整为', '确定为', '列为', '变为', '融入', '贯穿', '统一到', '落到',
  '摆在', '放到', '引向', '推向', '带到', '送到', '归入', '划入', '并入', '上升为', '写入', '化为', '转为',
] as const;

/**
 * Heads that make a noun phrase a theme ("short key phrases from the objects":
 * 职业教育, 高质量发展).
 */
export const ZH_THEME_HEADS = [
  '教育', '发展', '改革', '建设', '安全', '治理', '保护', '开放', '监管', '创新', '振兴', '现代化',
  '市场', '产业', '消费', '投资', '就业', '民生', '生态', '环境', '风险', '纪律', '制度', '政策',
  '经济', '作风', '体系', '机制', '能力', '质量', '科技', '人才', '农业', '农村', '粮食', '能源',
  '金融', '债务', '污染', '防治', '转型', '升级', '法治', '党建', '反腐败', '减负', '就医', '养老',
  '生产力', '工业化', '防控', '救灾', '防汛', '抗旱', '贸易', '外资', '营商环境', '领导',
] as const;

/** The line that introduces a programme's summary list: its items are headlines (issue 10, item 12). */
export const ZH_SUMMARY_INTRO = /(?:主要内容|内容提要|内容摘要|新闻摘要|要闻提要|本期要目|节目预告)$/;
