import type { Force } from '../forces.js';

/**
 * English deontic cues and the force each carries (shared/DIRECTIVES.md,
 * "Force from cues"). Each pattern is a regular-expression fragment matched at a
 * word boundary; longer cues are listed before the shorter ones they contain so
 * that "must not" wins over "must".
 *
 * `subject`: how the cue relates to the clause's subject —
 *   'own'        the cue follows its subject ("all localities should …")
 *   'impersonal' the cue is a subject of its own ("it is necessary to …")
 */
export interface EnglishCue {
  pattern: string;
  force: Force;
  subject: 'own' | 'impersonal';
}

export const EN_CUES = [
  // impersonal frames that carry their own "it"
  { pattern: "it is (?:also |therefore |still )?(?:imperative|mandatory) (?:to|that|for)", force: 'must', subject: 'impersonal' },
  { pattern: "it is (?:also |therefore |still |thus )?(?:necessary|essential|crucial|vital|important|critical|indispensable) (?:not only )?(?:to|that|for)", force: 'necessary', subject: 'impersonal' },
  { pattern: "it is (?:also |therefore )?(?:recommended|advisable) (?:that|to)", force: 'should', subject: 'impersonal' },
  { pattern: "it is (?:also |therefore |thus )?of (?:great|critical|vital|utmost|paramount|particular|special) (?:importance|significance) (?:to|that|for)", force: 'necessary', subject: 'impersonal' },
  // a prohibition without a modal: "There can be no tolerance for …" (issue 10 item 5)
  { pattern: "there (?:can|must|shall|should) be no", force: 'must-not', subject: 'impersonal' },
  { pattern: "there will be no (?:tolerance|leniency|room|compromise|exception|exceptions|mercy|let-up|slackening|backsliding) (?:for|to|in|on|of)", force: 'must-not', subject: 'impersonal' },
  { pattern: "zero tolerance (?:for|of|towards?)", force: 'must-not', subject: 'impersonal' },
  // "…, please implement it conscientiously": a polite imperative
  { pattern: "please", force: 'imperative', subject: 'impersonal' },
  { pattern: "it is (?:strictly )?(?:prohibited|forbidden) to", force: 'must-not', subject: 'impersonal' },
  { pattern: "there (?:is|are) (?:a |an |the |an urgent |a pressing |a clear )?(?:need|needs) to", force: 'necessary', subject: 'impersonal' },
  // modal cues after a subject
  { pattern: "(?:must|shall|should|may|can) never", force: 'must-not', subject: 'own' },
  { pattern: "(?:must not|mustn['’]t|shall not|shan['’]t|may not|cannot be allowed to|are not allowed to|is not allowed to|are prohibited from|is prohibited from|are forbidden to|is forbidden to)", force: 'must-not', subject: 'own' },
  { pattern: "should not|shouldn['’]t|ought not to", force: 'must-not', subject: 'own' },
  { pattern: "(?:must|shall)(?: (?:also|still|further|continue to|always|first|resolutely|firmly|strictly|therefore))?", force: 'must', subject: 'own' },
  { pattern: "(?:will (?:also |still )?)?(?:has|have) to", force: 'must', subject: 'own' },
  { pattern: "(?:should|ought to)(?: (?:also|still|further))?", force: 'should', subject: 'own' },
  { pattern: "(?:is|are) (?:recommended|advised) to", force: 'should', subject: 'own' },
  { pattern: "(?:is|are) (?:also )?(?:encouraged|supported) to", force: 'encourage', subject: 'own' },
  { pattern: "(?:also |further |still )?(?:needs?|need) to", force: 'necessary', subject: 'own' },
  { pattern: "(?:is|are) (?:required|obliged) to", force: 'must', subject: 'own' },
  { pattern: "(?:will|shall|is to|are to) be", force: 'will', subject: 'own' },
  { pattern: "will(?: (?:also|further|continue to|still|actively|steadily|strive to|resolutely|firmly|vigorously|gradually))?", force: 'will', subject: 'own' },
  { pattern: "(?:strive|strives|endeavou?r|endeavou?rs|make efforts|makes efforts|make every effort|work hard) to", force: 'strive', subject: 'own' },
  { pattern: "(?:encourage|encourages)", force: 'encourage', subject: 'own' },
  { pattern: "may", force: 'may', subject: 'own' },
  // "can" permits only after an agent and before an action (findCues checks both)
  { pattern: "can", force: 'may', subject: 'own' },
] as const satisfies readonly EnglishCue[];

/**
 * Reporting frames: the verb as it is written, its base form, and the force a
 * cue-less clause under it takes (DIRECTIVES.md: require/demand/order/instruct
 * → must; request/call for/urge/ask → should).
 */
export interface ReportingVerb {
  forms: string;
  base: string;
  force: Force | null;
}

export const EN_REPORTING_VERBS = [
  { forms: 'pointed out|points out|point out', base: 'point out', force: null },
  { forms: 'emphasized|emphasised|emphasizes|emphasises|emphasize', base: 'emphasize', force: null },
  { forms: 'stressed|stresses|stress', base: 'stress', force: null },
  { forms: 'underscored|underlined|reiterated|highlighted', base: 'emphasize', force: null },
  { forms: 'noted|notes', base: 'note', force: null },
  { forms: 'said|says|stated|states', base: 'say', force: null },
  { forms: 'explained|explains', base: 'explain', force: null },
  { forms: 'indicated|indicates', base: 'indicate', force: null },
  { forms: 'added', base: 'add', force: null },
  { forms: 'requested|requests', base: 'request', force: 'should' },
  { forms: 'required|requires|demanded|demands', base: 'require', force: 'must' },
  { forms: 'called for|calls for|called on|calls on|called upon', base: 'call for', force: 'should' },
  { forms: 'urged|urges', base: 'urge', force: 'should' },
  { forms: 'asked|asks', base: 'ask', force: 'should' },
  { forms: 'instructed|instructs|directed|ordered', base: 'instruct', force: 'must' },
  // a frame that names requirements reports as require (DIRECTIVES.md, amended)
  { forms: '(?:set out|sets out|put forward|puts forward|laid out|lays out|raised|raises|made|makes|proposed|presented|set forth) (?:the following|these|several|some|a number of|specific|clear|new|two|three|four|five|six|seven|eight|\\w+) (?:\\w+ )?requirements', base: 'require', force: 'must' },
  { forms: 'proposed|proposes|put forward|suggested', base: 'propose', force: 'should' },
  { forms: 'decided|decides|resolved', base: 'decide', force: 'will' },
  { forms: 'deployed|arranged|made arrangements', base: 'deploy', force: 'will' },
  { forms: 'set out|laid out|set forth', base: 'require', force: 'must' },
] as const satisfies readonly ReportingVerb[];

/** Reporting verbs that state an assessment, never a directive frame ("the meeting held that …"). */
export const EN_ASSESSMENT_VERBS = [
  'held', 'believed', 'believes', 'considered', 'maintained', 'agreed', 'concluded', 'recognized', 'affirmed', 'summarized',
  'reviewed', 'listened',
  // predictions (issue 10 item 6): "We expect that these measures will …"
  'expect', 'expects', 'expected', 'estimate', 'estimates', 'estimated', 'predict', 'predicts', 'predicted', 'forecast',
  'forecasts', 'believe', 'think', 'thinks', 'thought', 'anticipate', 'anticipates', 'anticipated',
] as const;

/**
 * Head nouns of subjects that can be told to act: people, bodies, places that
 * govern. A subject without one ("upgrading should be completed", "emissions
 * should drop") is not an addressee.
 */
export const EN_AGENT_NOUNS = [
  // (not "all": "all these efforts will …" predicts; "all localities" is an agent by its noun)
  'we', 'they', 'you', 'i', 'everyone', 'everybody',
  'locality', 'localities', 'department', 'departments', 'sector', 'sectors', 'region', 'regions',
  'government', 'governments', 'committee', 'committees', 'authority', 'authorities', 'organ', 'organs',
  'organization', 'organizations', 'organisation', 'organisations', 'agency', 'agencies', 'ministry', 'ministries',
  'commission', 'commissions', 'bureau', 'bureaus', 'office', 'offices', 'council', 'councils',
  'cadre', 'cadres', 'official', 'officials', 'leader', 'leaders', 'member', 'members', 'servant', 'servants',
  'enterprise', 'enterprises', 'company', 'companies', 'firm', 'firms', 'business', 'businesses', 'bank', 'banks',
  'unit', 'units', 'individual', 'individuals', 'party', 'parties', 'state', 'country', 'countries', 'nation',
  'province', 'provinces', 'city', 'cities', 'county', 'counties', 'municipality', 'municipalities', 'town', 'towns',
  'school', 'schools', 'university', 'universities', 'college', 'colleges', 'institution', 'institutions',
  'army', 'military', 'forces', 'troops', 'police', 'court', 'courts', 'procuratorate', 'procuratorates',
  'group', 'groups', 'team', 'teams', 'society', 'people', 'masses', 'comrades', 'workers', 'teachers',
  'entity', 'entities', 'body', 'bodies', 'operator', 'operators', 'platform', 'platforms', 'branch', 'branches',
  'area', 'areas', 'level', 'levels', 'china', 'everyone',
  // people and bodies a policy addresses by what they do (issue 10: addressees on unseen texts)
  'experts', 'engineers', 'scientists', 'researchers', 'doctors', 'nurses', 'farmers', 'residents', 'citizens',
  'students', 'youth', 'entrepreneurs', 'employers', 'employees', 'inspectors', 'lenders', 'insurers', 'hospital',
  'hospitals', 'clinics', 'institutes', 'jurisdiction', 'jurisdictions', 'holders', 'owners', 'providers', 'suppliers',
  'producers', 'manufacturers', 'regulators', 'supervisors', 'administration', 'administrations', 'households',
  'actors', 'players', 'institution', 'investors', 'developers', 'exporters', 'importers', 'contractors',
  'officers', 'prosecutors', 'judges', 'procurators', 'associations', 'federation', 'federations',
] as const;

/**
 * Base-form verbs common in policy texts. Used to recognise bare imperatives,
 * list items that carry an action, and the verbs of actions. Verbs outside the
 * list are still found by their suffixes (-ize, -ify, -en …).
 */
export const EN_VERBS = [
  'abide', 'accelerate', 'accept', 'accomplish', 'achieve', 'act', 'adapt', 'add', 'address', 'adhere', 'adjust',
  'adopt', 'advance', 'advocate', 'align', 'allocate', 'allow', 'alleviate', 'apply', 'appoint', 'arrange', 'assess',
  'assume', 'attach', 'attract', 'avoid', 'balance', 'be', 'become', 'begin', 'boost', 'bolster', 'break', 'bring',
  'broaden', 'build', 'carry', 'cultivate', 'change', 'check', 'clarify', 'clean', 'clear', 'close', 'combat', 'combine',
  'commit', 'complete', 'comply', 'concentrate', 'conduct', 'conserve', 'consolidate', 'construct', 'continue',
  'control', 'cooperate', 'coordinate', 'create', 'crack', 'curb', 'cut', 'deal', 'deepen', 'defend', 'define',
  'deliver', 'deploy', 'design', 'develop', 'direct', 'discharge', 'diversify', 'do', 'drive', 'earn', 'ease',
  'educate', 'eliminate', 'embark', 'embody', 'emphasize', 'employ', 'empower', 'enable', 'encourage', 'enforce',
  'engage', 'enhance', 'enlarge', 'enrich', 'ensure', 'establish', 'evaluate', 'expand', 'explore', 'extend',
  'facilitate', 'fight', 'finance', 'firm', 'focus', 'follow', 'forge', 'form', 'formulate', 'foster', 'fulfil',
  'fulfill', 'further', 'gain', 'give', 'grant', 'grasp', 'guarantee', 'guard', 'guide', 'handle', 'harness', 'help',
  'highlight', 'hold', 'honor', 'identify', 'immerse', 'implement', 'improve', 'incorporate', 'increase', 'innovate',
  'instill', 'integrate', 'intensify', 'introduce', 'invest', 'investigate', 'issue', 'keep', 'launch', 'lead',
  'learn', 'let', 'lift', 'lower', 'maintain', 'make', 'manage', 'master', 'meet', 'mobilize', 'modernize',
  'monitor', 'move', 'nurture', 'observe', 'offer', 'open', 'oppose', 'optimize', 'organize', 'orient', 'overcome',
  'oversee', 'participate', 'pay', 'perfect', 'perform', 'persevere', 'persist', 'pilot', 'place', 'plan', 'play',
  'popularize', 'prepare', 'preserve', 'press', 'prevent', 'prioritize', 'promote', 'protect', 'provide', 'pursue',
  'push', 'put', 'raise', 'reach', 'realize', 'rebuild', 'recognize', 'reduce', 'refine', 'reform', 'refrain',
  'regulate', 'reinforce', 'release', 'remain', 'remove', 'renew', 'replace', 'report', 'research', 'resolve',
  'respect', 'respond', 'restore', 'restrict', 'restructure', 'revitalize', 'root', 'run', 'safeguard', 'secure',
  'seek', 'seize', 'serve', 'set', 'shape', 'share', 'shift', 'shore', 'show', 'simplify', 'speed', 'spread',
  'stabilize', 'standardize', 'start', 'stay', 'steer', 'step', 'stick', 'stimulate', 'stop', 'streamline',
  'strengthen', 'stress', 'strictly', 'strive', 'study', 'summarize', 'supervise', 'supply', 'support', 'sustain',
  'tackle', 'take', 'tap', 'target', 'teach', 'tighten', 'train', 'transform', 'treat', 'turn', 'understand', 'unify',
  'unite', 'update', 'upgrade', 'uphold', 'use', 'utilize', 'value', 'win', 'work', 'comprehend', 'stabilise',
  'optimise', 'prioritise', 'organise', 'mobilise', 'modernise', 'realise', 'recognise', 'standardise', 'emphasise',
  'educate', 'see', 'get', 'go', 'bear', 'attain', 'redouble', 'expedite', 'elevate', 'rectify', 'punish', 'prosecute',
  'require', 'inspect', 'rein', 'reverse', 'eradicate', 'prevail', 'unleash', 'solve', 'inherit', 'carry', 'collect', 'resist',
  // common on unseen texts (issue 10): imperatives and list items open with them
  'repair', 'pave', 'renovate', 'publish', 'answer', 'record', 'hire', 'ban', 'plant', 'double', 'halve', 'widen',
  'knuckle', 'disburse', 'process', 'approve', 'enact', 'amend', 'revise', 'abolish', 'draft', 'rescue', 'relieve',
  'compensate', 'assist', 'submit', 'register', 'audit', 'review', 'verify', 'insist', 'shoulder', 'dare', 'welcome',
  'convene', 'defer', 'waive', 'postpone', 'channel', 'phase', 'scale', 'ramp', 'cap', 'prohibit', 'forbid', 'permit',
  'accommodate', 'absorb', 'retain', 'recruit', 'hand', 'explore', 'encourage', 'tighten', 'loosen', 'tolerate',
  'purchase', 'procure', 'sell', 'buy', 'lend', 'borrow', 'spend', 'save', 'fund', 'subsidise', 'insure', 'cover',
  'disclose', 'report', 'notify', 'inform', 'consult', 'listen', 'visit', 'attend', 'respect', 'cherish', 'treasure',
] as const;

/** Adverbs that may stand before the verb of an action or a bare imperative. */
export const EN_VERB_ADVERBS = [
  'actively', 'always', 'comprehensively', 'conscientiously', 'continuously', 'earnestly', 'effectively', 'firmly',
  'fully', 'further', 'genuinely', 'gradually', 'meticulously', 'properly', 'resolutely', 'rigorously', 'steadily',
  'strictly', 'thoroughly', 'vigorously', 'also', 'jointly', 'consciously', 'deeply', 'better', 'truly', 'still',
  'steadfastly', 'unswervingly', 'accurately', 'expeditiously', 'constantly', 'proactively', 'promptly', 'quickly',
  'systematically', 'scientifically', 'greatly', 'energetically', 'persistently', 'faithfully', 'immediately',
  'severely', 'voluntarily', 'appropriately', 'significantly', 'substantially', 'not', 'then', 'both', 'and', 'more',
] as const;

/** Words that open a subordinate clause: a cue after one is embedded, not a directive of its own. */
export const EN_SUBORDINATORS = [
  'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'whereby', 'if', 'unless', 'although', 'though',
  'because', 'since', 'once', 'whether', 'while', 'so', 'until', 'as',
] as const;

/** Words that introduce a trailing purpose ("to promote …", "so as to …"). */
export const EN_PURPOSE_MARKERS = ['so as to', 'in order to', 'with a view to', 'so that', 'in an effort to'] as const;

/** Generic words that make poor themes on their own. */
export const EN_THEME_STOPWORDS = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'all', 'various', 'every',
  'each', 'such', 'other', 'more', 'most', 'new', 'good', 'great', 'important', 'overall', 'comprehensive', 'key',
  'major', 'current', 'future', 'same', 'further', 'full', 'whole', 'effective', 'better', 'strong', 'stronger',
  'work', 'job', 'task', 'tasks', 'level', 'levels', 'situation', 'aspect', 'aspects', 'way', 'ways', 'efforts',
  'effort', 'spirit', 'thing', 'things', 'measures', 'steps', 'step', 'role', 'part', 'use', 'time', 'etc', 'people’s',
  'certain', 'relevant', 'related', 'basic', 'fundamental', 'main', 'high', 'higher', 'well', 'practical', 'actual',
  'one', 'two', 'three', 'own', 'some', 'many', 'much', 'any', 'both', 'which', 'what', 'who', 'it', 'them', 'they',
  'we', 'us', 'you', 'good job', 'implementation', 'construction', 'development', 'improvement', 'promotion',
] as const;
