/**
 * English closed word classes the parser's passes consult: function words, list
 * openers, titles, role verbs. Data only; src/parse/en compiles them once.
 */

/** Auxiliaries and modals: any of them makes a clause. */
export const EN_AUXILIARIES = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must',
] as const;

export const EN_DETERMINERS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'all', 'every', 'each',
  'more', 'most', 'some', 'any', 'no',
] as const;

/** Words ending in -ed that are no participle. */
export const EN_NOT_PARTICIPLE = [
  'need', 'speed', 'seed', 'indeed', 'feed', 'red', 'bed', 'hundred', 'shed', 'bred', 'breed', 'creed', 'greed', 'proceed',
] as const;

/** Abbreviations whose full stop ends no sentence. */
export const EN_ABBREVIATIONS = [
  'etc', 'e.g', 'i.e', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'fig', 'vol', 'co', 'ltd', 'inc', 'corp',
  'gen', 'col', 'prof', 'rev', 'approx', 'dept', 'govt',
] as const;

/** Linking words a clause may open with before its subject or verb. */
export const EN_LEADING_CONJUNCTIONS = [
  'and', 'or', 'but', 'also', 'then', 'meanwhile', 'moreover', 'furthermore', 'in addition', 'at the same time',
] as const;

/** Ordinals that open list items ("First, …", "Secondly, …"). */
export const EN_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'firstly', 'secondly',
  'thirdly', 'finally', 'lastly', 'last',
] as const;

/** A cue right after one of these states a condition, not a requirement ("If it is necessary to …"). */
export const EN_CONDITION_OPENERS = [
  'if', 'unless', 'when', 'whether', 'although', 'though', 'because', 'since', 'once', 'while', 'where',
] as const;

/** First words of a comma-separated part that make it an adverbial, not a member of a noun list. */
export const EN_NOT_NOUN_LIST_OPENERS = [
  'in', 'for', 'at', 'on', 'to', 'with', 'by', 'under', 'through', 'after', 'before', 'during', 'since', 'as', 'from',
  'over', 'given', 'driven', 'guided', 'based', 'if', 'when', 'while', 'although', 'this', 'next', 'meanwhile',
  'moreover', 'furthermore', 'therefore', 'thus', 'however', 'specifically', 'overall', 'above', 'time', 'going', 'or',
  'who', 'which', 'where', 'that',
] as const;

/** Pronouns that are whole subjects, and the adverbs that may follow them before a cue. */
export const EN_SUBJECT_PRONOUNS = ['we', 'they', 'you', 'he', 'she'] as const;
export const EN_PRONOUN_ADVERBS = ['also', 'all', 'still', 'further', 'both', 'therefore', 'thus'] as const;

/** Words that before "need to" make "need" a noun ("the urgent need to …"). */
export const EN_NOUN_NEED_MARKERS = ['the', 'a', 'an', 'urgent', 'no'] as const;

/** Words that cannot stand in the issuer of a frame ("We must stress that …" is no frame). */
export const EN_NOT_IN_ISSUER = [
  'must', 'should', 'will', 'shall', 'need', 'is', 'are', 'was', 'were', 'have', 'has', 'we', 'they', 'who', 'which',
] as const;

/** Frame verbs (base forms) that take an object and a to-infinitive: "called on X to …", "instructed X to …". */
export const EN_OBJECT_FRAME_VERBS = ['call for', 'urge', 'ask', 'instruct', 'require', 'request', 'propose', 'decide', 'deploy'] as const;

/** Frame verbs (base forms) that take a clause without "that": "Li said the economy is steady". */
export const EN_SPEECH_VERBS = ['say', 'stress', 'emphasize', 'point out', 'note', 'add', 'explain'] as const;

/** Titles and bodies written before a personal name ("General Secretary Xi Jinping"). */
export const EN_TITLES = [
  'Secretary', 'President', 'Premier', 'Chairman', 'Chairperson', 'Comrade', 'Committee', 'Commission', 'Minister',
  'Governor', 'Mayor', 'Director', 'Chief', 'Head', 'Leader',
] as const;

/** Openers of an adverbial before an issuer ("While presiding over …, Xi Jinping"). */
export const EN_ISSUER_ADVERBIAL_OPENERS = ['While', 'When', 'In', 'At', 'During', 'On'] as const;

/** Verbs of attendance sentences that name a participant's role. */
export const EN_ROLE_VERBS = ['attended', 'presided', 'chaired', 'delivered', 'gave', 'spoke', 'made'] as const;

export const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
] as const;

/** Particles that belong to a phrasal verb ("step up", "carry out"). */
export const EN_PARTICLES = ['up', 'out', 'down', 'off', 'forward', 'ahead', 'through'] as const;

/** A "to" after one of these opens an infinitive complement, not a purpose. */
export const EN_NOT_BEFORE_PURPOSE = [
  'strive', 'continue', 'need', 'needs', 'efforts', 'effort', 'able', 'how', 'help', 'used', 'order', 'going', 'want',
  'try', 'ways', 'way', 'hard', 'seek', 'aim', 'plan', 'decide', 'begin', 'start', 'move', 'work', 'act',
  'quickly', 'faster', 'actively', 'promptly', 'more', 'is', 'are', 'be', 'them', 'us', 'people', 'from', 'opportunity',
] as const;

/** Words that are verbs as often as nouns or adjectives: a verb only before a determiner. */
export const EN_AMBIGUOUS_VERBS = [
  'work', 'use', 'support', 'control', 'plan', 'research', 'step', 'report', 'issue', 'change', 'supply', 'finance',
  'value', 'target', 'form', 'reform', 'design', 'open', 'clean', 'clear', 'close', 'secure', 'firm', 'further',
  'better', 'level', 'free', 'pilot', 'place', 'share', 'balance', 'study', 'deal', 'check', 'root', 'run', 'set',
  'review', 'record', 'process', 'draft', 'ban', 'answer', 'cap', 'channel', 'phase', 'scale', 'cover', 'fund', 'permit',
  'welcome', 'purchase', 'audit', 'register', 'repair', 'hand', 'save', 'double', 'visit', 'supply', 'export', 'import',
] as const;

/** Words that end a theme phrase. */
export const EN_THEME_BREAKS = [
  'and', 'or', 'of', 'for', 'in', 'on', 'to', 'with', 'over', 'by', 'from', 'at', 'as', 'into', 'that', 'which', 'who',
  'between', 'among', 'under', 'through', 'while', 'so', 'such', 'including', 'via', 'against', 'toward', 'towards',
  'about', 'within', 'across', 'around', 'than', 'etc',
] as const;

/** Adjectives dropped from anywhere inside a theme. */
export const EN_THEME_FILLERS = ['overall', 'comprehensive', 'important', 'various', 'new'] as const;

/** Texts and gatherings that speak in a frame besides people and bodies: "The notice requires that …". */
export const EN_SPEAKER_NOUNS = [
  'meeting', 'meetings', 'conference', 'session', 'plenum', 'congress', 'forum', 'notice', 'circular', 'plan', 'opinions',
  'document', 'documents', 'report', 'guideline', 'guidelines', 'regulation', 'regulations', 'law', 'laws', 'rules',
  'measures', 'provisions', 'decision', 'constitution', 'charter', 'outline', 'programme', 'program', 'statement',
  'communique', 'communiqué', 'resolution', 'directive', 'announcement', 'participants', 'attendees',
] as const;

/** Verbs of travel and meetings: "The minister will visit …" is a schedule, not a commitment (issue 10 item 6). */
export const EN_SCHEDULE_VERBS = [
  'visit', 'attend', 'travel', 'tour', 'arrive', 'depart', 'fly', 'host', 'chair', 'headline', 'hold talks', 'be in',
  'be at', 'take part', 'pay an? (?:official |state |working )?visit',
  'hold (?:a |an |the )?(?:press conference|news conference|briefing|ceremony|summit|forum|gala|concert|match|rally|talks)', 'meet with', 'feature',
] as const;

/**
 * Heads that name who must act when a must/should already binds them ("the
 * political and legal affairs system must …"), but are no agents a "will" may
 * predict about ("the new system will raise efficiency").
 */
export const EN_ADDRESSEE_ONLY_NOUNS = ['system', 'systems', 'ranks', 'front', 'fronts', 'community', 'communities'] as const;

/** Quantifier heads whose noun follows "of": "all other types of property owners". */
export const EN_QUANTIFIER_HEADS = ['types', 'kinds', 'sorts', 'forms', 'categories', 'number', 'lot', 'lots', 'majority', 'all', 'each', 'some', 'most', 'many', 'group'] as const;

/** Common words that open an addressee and lose their sentence-initial capital ("Local governments" → "local governments"). */
export const EN_COMMON_OPENERS = [
  'local', 'relevant', 'various', 'other', 'competent', 'leading', 'provincial', 'municipal', 'county', 'village',
  'grassroots', 'primary-level', 'financial', 'large', 'small', 'major', 'key', 'state-owned', 'private', 'public',
  'central', 'regional', 'national', 'new', 'young', 'senior', 'rural', 'urban', 'foreign', 'domestic', 'qualified',
  'eligible', 'both', 'such', 'further', 'political', 'disciplinary', 'administrative', 'judicial', 'government',
] as const;
