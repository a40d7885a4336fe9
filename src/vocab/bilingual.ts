/**
 * English ↔ Chinese words that survive translation, for `directives align`
 * (issue 16). Each row is one concept: a segment pair that shares it is more
 * likely a translation. English forms are lower-case stems matched at a word
 * start ("reform" also finds "reforms", "reforming"); Chinese forms are
 * matched as substrings. Kept small on purpose: frame and cue words of the
 * directive contract (docs/DIRECTIVES.md) and the recurring actors and topics
 * of government texts — not a dictionary.
 */
export const BILINGUAL_TERMS = [
  // frames and issuers
  { en: ['meeting'], zh: ['会议'] },
  { en: ['state council'], zh: ['国务院'] },
  { en: ['central committee'], zh: ['党中央', '中央委员会'] },
  { en: ['xi jinping'], zh: ['习近平'] },
  { en: ['premier'], zh: ['总理'] },
  { en: ['party', 'cpc'], zh: ['党'] },
  { en: ['people’s congress', "people's congress", 'npc'], zh: ['人民代表大会', '人大'] },
  { en: ['cppcc', 'political consultative'], zh: ['政协'] },
  { en: ['stress', 'emphasi'], zh: ['强调'] },
  { en: ['point out', 'pointed out'], zh: ['指出'] },
  { en: ['deputies'], zh: ['代表'] },
  // cue words that are hard to miss on either side
  { en: ['must'], zh: ['必须', '务必', '一定要'] },
  { en: ['prohibit', 'must not', 'ban'], zh: ['严禁', '禁止', '不得'] },
  { en: ['encourag'], zh: ['鼓励'] },
  { en: ['strive', 'endeavo'], zh: ['力争', '努力', '争取'] },
  // actors
  { en: ['government'], zh: ['政府'] },
  { en: ['enterprise', 'compan', 'business'], zh: ['企业'] },
  { en: ['farmer', 'rural', 'countryside'], zh: ['农民', '农村', '乡村'] },
  { en: ['agricultur', 'grain'], zh: ['农业', '粮食'] },
  { en: ['student', 'school', 'education'], zh: ['学生', '学校', '教育'] },
  { en: ['hospital', 'medical', 'health'], zh: ['医院', '医疗', '卫生', '健康'] },
  { en: ['worker', 'employ', 'job'], zh: ['职工', '就业', '岗位'] },
  { en: ['elderly', 'senior citizen', 'old-age', 'aged'], zh: ['老年', '养老'] },
  { en: ['children', 'child'], zh: ['儿童', '子女'] },
  { en: ['hong kong'], zh: ['香港'] },
  { en: ['macao', 'macau'], zh: ['澳门'] },
  { en: ['taiwan'], zh: ['台湾'] },
  { en: ['army', 'military', 'armed forces', 'defense', 'defence'], zh: ['军队', '国防', '军'] },
  // topics
  { en: ['reform'], zh: ['改革'] },
  { en: ['innovat'], zh: ['创新'] },
  { en: ['tax'], zh: ['税'] },
  { en: ['fee'], zh: ['费'] },
  { en: ['financ', 'bank', 'credit', 'loan'], zh: ['金融', '银行', '信贷', '贷款'] },
  { en: ['fiscal', 'budget', 'deficit'], zh: ['财政', '预算', '赤字'] },
  { en: ['investment', 'invest'], zh: ['投资'] },
  { en: ['consum'], zh: ['消费'] },
  { en: ['export', 'import', 'trade'], zh: ['出口', '进口', '贸易', '外贸'] },
  { en: ['foreign', 'open'], zh: ['外资', '开放', '对外'] },
  { en: ['price', 'inflation', 'cpi'], zh: ['价格', '物价'] },
  { en: ['housing', 'house', 'real estate', 'property'], zh: ['住房', '房地产', '棚户'] },
  { en: ['pension', 'insurance', 'social security'], zh: ['养老金', '保险', '社保', '社会保障'] },
  { en: ['poverty', 'poor'], zh: ['贫困', '脱贫', '扶贫'] },
  { en: ['environment', 'ecolog', 'pollution', 'emission', 'green'], zh: ['环境', '生态', '污染', '排放', '绿色'] },
  { en: ['energy', 'coal', 'power', 'electric'], zh: ['能源', '煤', '电力', '电'] },
  { en: ['water'], zh: ['水'] },
  { en: ['science', 'technolog', 'research'], zh: ['科技', '科学', '技术', '研发'] },
  { en: ['digital', 'internet', 'online'], zh: ['数字', '互联网', '网络'] },
  { en: ['culture', 'cultural'], zh: ['文化'] },
  { en: ['law', 'legal', 'rule of law'], zh: ['法治', '法律', '依法', '法'] },
  { en: ['corruption', 'integrity'], zh: ['腐败', '廉政', '廉洁'] },
  { en: ['safety', 'secur'], zh: ['安全'] },
  { en: ['city', 'cities', 'urban'], zh: ['城市', '城镇', '城'] },
  { en: ['region', 'western', 'eastern', 'central'], zh: ['区域', '西部', '东部', '中部'] },
  { en: ['infrastructure', 'railway', 'road', 'highway'], zh: ['基础设施', '铁路', '公路'] },
  { en: ['epidemic', 'covid', 'pandemic'], zh: ['疫情', '新冠'] },
  { en: ['disaster', 'earthquake', 'flood'], zh: ['灾害', '地震', '洪'] },
  { en: ['small and medium', 'smes', 'micro'], zh: ['中小', '小微'] },
  { en: ['market'], zh: ['市场'] },
  { en: ['industr', 'manufactur'], zh: ['产业', '工业', '制造'] },
  { en: ['service'], zh: ['服务'] },
  { en: ['income', 'wage', 'salar'], zh: ['收入', '工资'] },
  { en: ['growth', 'grow'], zh: ['增长'] },
  { en: ['gdp', 'gross domestic product'], zh: ['国内生产总值', 'GDP'] },
] as const satisfies readonly { en: readonly string[]; zh: readonly string[] }[];

/** Chinese numerals as digits, for counts and list markers ("三年" ↔ "three years", "一是" ↔ "First"). */
export const ZH_DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 } as const;

/** Chinese unit characters and the power of ten each stands for. */
export const ZH_UNITS = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 } as const;

/** English number words up to twelve, and ordinals, as digits. */
export const EN_NUMBER_WORDS = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
} as const;

/** English month names, for dates ("March 5" ↔ "3月5日"). */
export const EN_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Roman numerals that number the parts of a report ("II." ↔ "二、"). */
export const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
