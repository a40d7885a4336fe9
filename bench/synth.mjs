#!/usr/bin/env node
// Deterministic synthetic policy corpora for the store benchmark (issue 5).
//
// Every document is a readout: a header paragraph (date, place, who presided)
// and paragraphs of directive sentences under frames such as "The meeting
// emphasized that …", built from policy vocabulary (forces, addressees,
// actions, objects, places, purposes). Each directive sentence is 80–400
// characters and is meant to become exactly one directive when parsed.
//
// The same seed gives the same documents in both output modes:
//   text  plain .txt documents in DIR/text/ — `directives add DIR/text` parses them
//   json  parts of an already-parsed corpus in DIR/json/part-NN.json, the exact
//         shape `directives parse --json` prints (text === source.slice(start, end)),
//         ~100k directives a part, so a 1M corpus is imported without parsing
// and both write DIR/lines.txt (each directive's text on one line, for fzf) and
// DIR/meta.json. A corpus of N directives is a prefix of any larger one.
//
//   node bench/synth.mjs --directives 10k --mode text|json|both --out DIR [--seed 1] [--per-file 100k]
//   node bench/synth.mjs --check [--docs 40]   parse generated text with the real
//       parser (needs a build) and compare with the JSON the generator would write
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the generated text changes: the benchmark's cache is keyed on it. */
export const GENERATOR_VERSION = 1;
const PARSER_VERSION_EMULATED = '1.0.0';

// ---------------------------------------------------------------- PRNG

/** mulberry32: small, fast, good enough for test data, fully deterministic. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per-document seed, so any document can be generated without the ones before it. */
function docSeed(seed, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** Pick from [[weight, value], …]. */
  weighted(table) {
    const total = table.reduce((n, [w]) => n + w, 0);
    let r = this.next() * total;
    for (const [w, v] of table) {
      r -= w;
      if (r < 0) return v;
    }
    return table[table.length - 1][1];
  }
}

// ---------------------------------------------------------------- vocabulary

const SYLLABLES = (
  'an bai bao bei chang cheng chong da dan de dong du fang feng fu gan gao gu guang gui hai han he heng hong hua huai ' +
  'huang hui jia jian jiang jin jing jiu kang lan le li lian liang lin ling long lu luo ma mei ming mu nan ning pan ' +
  'ping pu qi qian qing quan rong rui sha shan shang shao shen sheng shi shui song tai tang tian tong wan wei wen wu ' +
  'xi xia xian xiang xin xing xu yan yang yi ying yong you yu yuan yun ze zhang zhao zhen zheng zhong zhou zhu zi'
).split(' ');
const PLACE_KINDS = ['County', 'District', 'City', 'Township', 'Development Zone', 'New Area', 'Industrial Park', 'Prefecture'];
const SURNAMES = 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao'.split(' ');
const OFFICIAL_TITLES = [
  'Vice Governor', 'Secretary of the Provincial Party Committee', 'Mayor', 'Deputy Mayor',
  'Member of the Standing Committee of the Provincial Party Committee', 'Secretary of the Municipal Party Committee',
  'Director of the Provincial Department of Education', 'Vice Minister of the Ministry of Agriculture and Rural Affairs',
  'Director of the Development and Reform Commission', 'Chairman of the Provincial Political Consultative Conference',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LEVELS = ['Provincial', 'Municipal', 'National', 'Prefectural', 'County'];
const EVENT_TOPICS = [
  'Vocational Education', 'Rural Work', 'Ecological and Environmental Protection', 'Work Safety', 'Economic Work',
  'Education', 'Science and Technology', 'Poverty Alleviation', 'Food Security', 'Urban Work', 'Employment',
  'Health', 'Water Conservancy', 'Political and Legal Work', 'Party Building', 'Opening-up', 'Energy',
  'Digital Economy', 'Cultural Development', 'Emergency Management', 'Housing and Urban-Rural Development',
];
const EVENT_KINDS = ['Conference', 'Work Conference', 'Executive Meeting', 'Symposium', 'Plenary Session', 'Promotion Meeting'];

// Addressees as written at the start of a sentence: [text, plural?]
const ADDRESSEES = [
  ['all localities and departments', true], ['local governments at all levels', true],
  ['party committees and governments at all levels', true], ['relevant departments', true],
  ['departments in charge of education', true], ['county-level governments', true], ['cadres at all levels', true],
  ['leading cadres', true], ['all schools', true], ['vocational colleges', true], ['enterprises', true],
  ['market entities', true], ['financial institutions', true], ['the education authorities', true],
  ['the development and reform commissions', true], ['the departments of human resources and social security', true],
  ['grassroots party organizations', true], ['township and village cadres', true], ['state-owned enterprises', true],
  ['universities and research institutes', true], ['agricultural and rural departments', true],
  ['the ecological environment departments', true], ['public security organs', true], ['judicial organs', true],
  ['township governments', true], ['all provinces, autonomous regions and municipalities', true],
  ['the emergency management departments', true], ['health commissions at all levels', true],
  ['industry organizations', true], ['private enterprises', true], ['the finance departments', true],
  ['all member units', true], ['primary and secondary schools', true], ['the market regulation departments', true],
];
// [verb as written, base for actions]
const VERBS = [
  'strengthen', 'improve', 'deepen', 'promote', 'advance', 'accelerate', 'consolidate', 'implement', 'optimize',
  'expand', 'ensure', 'build', 'establish', 'support', 'guarantee', 'enhance', 'foster', 'standardize', 'coordinate',
  'safeguard', 'explore', 'develop', 'upgrade', 'cultivate', 'refine', 'intensify', 'strictly implement',
  'steadily advance', 'vigorously develop', 'actively explore', 'effectively prevent', 'comprehensively promote',
  'further improve', 'continuously optimize',
];
const TOPICS = [
  'school-enterprise cooperation', 'the high-quality development of modern vocational education', 'food security',
  'ecological conservation', 'the integration of production and education', 'grain production', 'farmland protection',
  'rural revitalization', 'work safety', 'the prevention and control of major risks', 'employment for college graduates',
  'social security for flexible workers', 'the supply of affordable housing', 'basic medical insurance', 'the digital economy',
  'green and low-carbon development', 'the carbon peaking action', 'pollution prevention and control',
  'water conservancy infrastructure', 'the business environment', 'small and medium-sized enterprises',
  'technological innovation', 'the training of skilled personnel', 'the rule of law', 'anti-corruption work',
  'grassroots governance', 'public health emergency response', 'elderly care services', 'compulsory education',
  'teacher training', 'cultural heritage protection', 'rural tourism', 'foreign trade', 'data security', 'cybersecurity',
  'flood control and drought relief', 'forest fire prevention', 'the river chief system',
  'the reform of state-owned enterprises', 'local government debt', 'the real estate market', 'new urbanization',
  'urban renewal', 'the renovation of old residential communities', 'the county economy', 'the private economy',
  'intellectual property protection', 'talent introduction', 'industrial chains and supply chains',
  'advanced manufacturing', 'the marine economy', 'energy security', 'clean heating', 'new energy vehicles',
  'power grid construction', 'the coal supply', 'the dual-track training system', 'apprenticeship programs',
  'the evaluation of vocational skills', 'rural infrastructure', 'the collective economy of villages',
  'the consolidation of poverty alleviation achievements', 'the protection of black soil', 'seed industry revitalization',
  'high-standard farmland', 'the quality of teaching', 'the ideological and political education of students',
  'campus safety', 'the double reduction policy', 'preschool education', 'special education', 'lifelong learning',
  'the digital transformation of manufacturing', 'the platform economy', 'fiscal and financial risks',
  'inclusive finance', 'tax and fee reductions', 'the stability of industrial chains', 'market supervision',
  'food and drug safety', 'the sorting of household waste', 'water pollution control', 'air quality',
  'soil remediation', 'biodiversity conservation', 'the protection of wetlands', 'territorial spatial planning',
  'the ecological compensation mechanism', 'public cultural services', 'the national fitness program',
  'community-level medical services', 'the hierarchical diagnosis and treatment system', 'the vaccination program',
  'the care of left-behind children', 'the rights of migrant workers', 'wage arrears', 'social assistance',
  'the petition system', 'the investigation of hidden dangers', 'fire safety', 'road traffic safety',
  'the supervision of hazardous chemicals', 'mine safety', 'the cold chain logistics network', 'cross-border e-commerce',
  'the pilot free trade zone', 'the integrity of the party', 'the style of work of cadres', 'formalism and bureaucratism',
  'the evaluation system for scientific research', 'basic research', 'key core technologies',
  'the commercialization of scientific achievements', 'high-tech enterprises', 'the housing provident fund',
  'urban drainage systems', 'smart cities', 'the 5G network', 'the industrial internet', 'artificial intelligence',
];
const MODIFIERS = [
  'the supervision of', 'the mechanism for', 'the evaluation system for', 'pilot programs on', 'the reform of',
  'policy support for', 'the long-term mechanism of', 'the construction of', 'the responsibility system for',
  'the coordination of', 'investment in', 'the standards for', 'the assessment of', 'the service system for',
  'the management of', 'publicity on', 'the financing of', 'the digitalization of', 'the legal framework for',
];
const TIME_PHRASES = [
  'by 2025', 'by the end of this year', 'within three years', 'during the 14th Five-Year Plan period', 'by 2030',
  'before the end of June', 'in the coming five years', 'this year', 'within the year', 'by 2027',
];
const PURPOSE_HEADS = ['so as to', 'in order to'];
const PURPOSE_VERBS = ['promote', 'ensure', 'safeguard', 'serve', 'support', 'advance', 'achieve', 'provide strong support for'];
const NEGATIVE_ACTIONS = [
  ['relax', 'the prevention and control of major risks'], ['engage', 'in formalism and bureaucratism'],
  ['increase', 'the burden on students and parents'], ['occupy', 'permanent basic farmland'],
  ['exceed', 'the approved budget'], ['delay', 'the payment of wages to migrant workers'],
  ['lower', 'the standards of environmental protection'], ['use', 'the funds for other purposes'],
  ['shirk', 'their responsibilities for work safety'], ['falsify', 'statistical data'],
];
const FRAMES = [
  ['emphasized', 'emphasize', null], ['pointed out', 'point out', null], ['stressed', 'stress', null],
  ['noted', 'note', null], ['requested', 'request', 'should'], ['required', 'require', 'must'],
];
const ISSUERS = ['The meeting', 'The conference'];

// Cue kinds: [weight, kind]; each kind knows how to write itself and its force.
const CUE_KINDS = [
  [14, 'must'], [3, 'shall'], [3, 'required'], [3, 'must-not'], [14, 'should'], [3, 'encouraged'],
  [9, 'need'], [9, 'necessary'], [3, 'there-is-need'], [10, 'will'], [4, 'strive'], [2, 'make-effort'],
  [2, 'encourage'], [3, 'may'], [10, 'imperative'], [6, 'we-must'],
];
const MUST_ADVERBS = ['', '', '', 'resolutely ', 'firmly ', 'strictly ', 'also '];
const WILL_FORMS = ['will', 'will', 'will continue to', 'will further', 'will steadily', 'will actively'];
const NECESSARY_FORMS = ['It is necessary to', 'It is necessary to', 'It is essential to', 'It is crucial to', 'It is important to'];

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function syllableName(rng) {
  const a = rng.pick(SYLLABLES);
  const b = rng.pick(SYLLABLES);
  return cap(a) + b;
}

/** Places: two syllables, sometimes three, so the vocabulary keeps growing with the corpus as real names do. */
function placeName(rng) {
  const name = rng.chance(0.2) ? syllableName(rng) + rng.pick(SYLLABLES) : syllableName(rng);
  return `${name} ${rng.pick(PLACE_KINDS)}`;
}

function personName(rng) {
  return `${rng.pick(SURNAMES)} ${syllableName(rng)}`;
}

/** The object of an action: [text, theme]. */
function object(rng) {
  const topic = rng.pick(TOPICS);
  const bare = topic.replace(/^the /, '');
  if (rng.chance(0.35)) return [`${rng.pick(MODIFIERS)} ${topic}`, bare];
  return [topic, bare];
}

/** One directive sentence: its text and the fields the parser would find. */
function directive(rng) {
  const kind = rng.weighted(CUE_KINDS);
  const [addr] = rng.pick(ADDRESSEES);
  let subject = addr;
  if (rng.chance(0.08)) subject = `the governments of ${placeName(rng)} and ${placeName(rng)}`;
  let prefix; // text before the first verb
  let cue = null;
  let force;
  let addressee = null;
  let firstVerbPrefix = ''; // "strive to " is part of the first action's verb
  switch (kind) {
    case 'must': {
      const adv = rng.pick(MUST_ADVERBS);
      cue = `must${adv ? ' ' + adv.trim() : ''}`;
      prefix = `${subject} ${cue} `;
      force = 'must';
      addressee = subject;
      break;
    }
    case 'shall':
      cue = 'shall';
      prefix = `${subject} shall `;
      force = 'must';
      addressee = subject;
      break;
    case 'required':
      cue = 'are required to';
      prefix = `${subject} are required to `;
      force = 'must';
      addressee = subject;
      break;
    case 'must-not': {
      cue = rng.pick(['must not', 'must never', 'shall not']);
      const [verb, obj] = rng.pick(NEGATIVE_ACTIONS);
      const text = `${cap(subject)} ${cue} ${verb} ${obj}`;
      return finish(rng, { text, force: 'must-not', cue, addressee: subject, actions: [], themes: [], allowMore: false });
    }
    case 'should':
      cue = rng.pick(['should', 'should', 'should', 'should further', 'should also']);
      prefix = `${subject} ${cue} `;
      force = 'should';
      addressee = subject;
      break;
    case 'encouraged':
      cue = 'are encouraged to';
      prefix = `${subject} are encouraged to `;
      force = 'should';
      addressee = subject;
      break;
    case 'need':
      cue = 'need to';
      prefix = `${subject} need to `;
      force = 'necessary';
      addressee = subject;
      break;
    case 'necessary':
      cue = rng.pick(NECESSARY_FORMS);
      prefix = `${cue} `;
      force = 'necessary';
      break;
    case 'there-is-need':
      cue = 'There is a need to';
      prefix = 'There is a need to ';
      force = 'necessary';
      break;
    case 'will':
      cue = rng.pick(WILL_FORMS);
      if (rng.chance(0.4)) {
        prefix = `We ${cue} `;
        cue = `We ${cue}`;
        addressee = 'we';
      } else {
        prefix = `${subject} ${cue} `;
        addressee = subject;
      }
      force = 'will';
      break;
    case 'strive':
      cue = 'strive to';
      prefix = `${subject} strive to `;
      force = 'strive';
      addressee = subject;
      break;
    case 'make-effort':
      cue = 'make every effort to';
      prefix = `${subject} make every effort to `;
      force = 'strive';
      addressee = subject;
      break;
    case 'encourage': {
      const [who] = rng.pick(ADDRESSEES.slice(8, 22));
      cue = 'we encourage';
      prefix = `We encourage ${who} to `;
      force = 'encourage';
      addressee = 'we';
      break;
    }
    case 'may':
      cue = 'may';
      prefix = `${subject} may `;
      force = 'may';
      addressee = subject;
      break;
    case 'we-must':
      cue = `We ${rng.pick(['must', 'must', 'must also'])}`;
      prefix = `${cue} `;
      force = 'must';
      addressee = 'we';
      break;
    case 'imperative':
      prefix = '';
      force = 'imperative';
      break;
    default:
      throw new Error(kind);
  }
  if (kind !== 'imperative' && kind !== 'necessary' && kind !== 'there-is-need' && rng.chance(0.12) && force !== 'strive') {
    firstVerbPrefix = 'strive to ';
  }
  const n = rng.weighted([[30, 1], [40, 2], [30, 3]]);
  const actions = [];
  const themes = [];
  for (let i = 0; i < n; i++) {
    let verb = rng.pick(VERBS);
    let [obj, theme] = object(rng);
    if (rng.chance(0.2)) {
      const place = placeName(rng);
      obj += ` in ${place}`;
      themes.push(theme, place.toLowerCase());
    } else themes.push(theme);
    if (i === n - 1 && rng.chance(0.15)) obj += ` ${rng.pick(TIME_PHRASES)}`;
    if (i === 0) verb = firstVerbPrefix + verb;
    actions.push({ verb, object: obj });
  }
  let body = prefix + actions.map((a) => `${a.verb} ${a.object}`).reduce((s, part, i, all) => {
    if (i === 0) return part;
    return s + (i === all.length - 1 ? (all.length > 2 ? ', and ' : ' and ') : ', ') + part;
  }, '');
  let purpose = null;
  if (rng.chance(0.35)) {
    const [obj] = object(rng);
    purpose = `${rng.pick(PURPOSE_HEADS)} ${rng.pick(PURPOSE_VERBS)} ${obj}`;
    body += ` ${purpose}`;
  }
  return finish(rng, { text: cap(body), force, cue, addressee, actions, themes, purpose });
}

/** Normalise fields the way the parser reports them; keep 80–400 characters. */
function finish(rng, d) {
  let text = d.text;
  // Too short: append a time phrase or a further action, as a real sentence would.
  let guard = 0;
  while (text.length < 80 && guard++ < 5) {
    if (d.allowMore === false) {
      const place = placeName(rng);
      text += ` in ${place} ${rng.pick(TIME_PHRASES)}`;
      d.themes.push(place.toLowerCase());
      continue;
    }
    const [obj, theme] = object(rng);
    const verb = rng.pick(VERBS);
    text += ` and ${verb} ${obj}`;
    d.actions.push({ verb, object: obj });
    d.themes.push(theme);
  }
  if (text.length > 400) return null; // caller draws again
  const verbBase = (v) => v.replace(/^(?:strictly|steadily|vigorously|actively|effectively|comprehensively|solidly|further|continuously) /, '');
  return {
    text,
    force: d.force,
    cue: d.cue,
    addressee: d.addressee ? d.addressee[0].toLowerCase() + d.addressee.slice(1) : null,
    actions: d.actions.map((a) => ({ verb: verbBase(a.verb), object: a.object })),
    purpose: d.purpose ?? null,
    themes: [...new Set(d.themes)].slice(0, 5),
  };
}

// ---------------------------------------------------------------- documents

/**
 * Document `index` with `count` directives: { source, file, meta, directives }
 * where directives carry offsets into source.
 */
export function makeDocument(seed, index, count) {
  const rng = new Rng(docSeed(seed, index));
  const year = rng.int(2013, 2024);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const city = syllableName(rng);
  const event = `${rng.pick(LEVELS)} ${rng.pick(EVENT_TOPICS)} ${rng.pick(EVENT_KINDS)}`;
  const chair = personName(rng);
  const chairTitle = rng.pick(OFFICIAL_TITLES);
  const speaker = personName(rng);
  const speakerTitle = rng.pick(OFFICIAL_TITLES);
  const issuerWord = rng.pick(ISSUERS);
  const header =
    `On ${MONTHS[month - 1]} ${day}, ${year}, the ${event} was held in ${city}. ` +
    `${chair}, ${chairTitle}, presided over the meeting. ` +
    `${speaker}, ${speakerTitle}, attended the meeting and delivered a speech.`;
  const parts = [header];
  let offset = header.length;
  const directives = [];
  let paragraph = 0;
  let sentence = 3; // the header's three sentences come first
  let reporting = null;
  let issuer = null;
  while (directives.length < count) {
    paragraph++;
    parts.push('\n\n');
    offset += 2;
    const framed = reporting === null || rng.chance(0.6);
    const size = Math.min(rng.int(3, 9), count - directives.length);
    let para = '';
    for (let i = 0; i < size; i++) {
      let d = null;
      // Bare imperatives only inside a framed paragraph, after its frame sentence
      // ("The meeting emphasized that optimize …" is no English).
      while (!d || (d.force === 'imperative' && (i === 0 || !framed))) d = directive(rng);
      let lead = '';
      let text = d.text;
      if (i === 0 && framed) {
        const [written, base] = rng.pick(FRAMES);
        lead = `${issuerWord} ${written} that `;
        reporting = base;
        issuer = issuerWord.toLowerCase();
        // Under a frame the clause continues the sentence: lower-case its start
        // (the parser reports a sentence-initial cue as written).
        text = text[0].toLowerCase() + text.slice(1);
      }
      if (i > 0) para += ' ';
      para += lead;
      const start = offset + para.length;
      para += text;
      const end = start + text.length;
      para += '.';
      const cue = d.cue && text.toLowerCase().startsWith(d.cue.toLowerCase()) ? text.slice(0, d.cue.length) : d.cue;
      directives.push({ ...d, text, cue, start, end, reporting, issuer, paragraph, sentence });
      sentence++;
    }
    parts.push(para);
    offset += para.length;
  }
  parts.push('\n');
  const source = parts.join('');
  const meta = {
    title: event,
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    place: city,
    issuer: 'the meeting', // "… presided over the meeting" names it first
    event,
    participants: [
      { name: chair, titles: [chairTitle], role: 'presided' },
      { name: speaker, titles: [speakerTitle], role: 'delivered a speech' },
    ],
  };
  return { source, file: `doc-${String(index + 1).padStart(6, '0')}.txt`, meta, directives };
}

/** Directives per document: 50–200, the last document takes what is left. */
function docSizes(seed, total) {
  const rng = new Rng(seed ^ 0x51ed270b);
  const sizes = [];
  let left = total;
  while (left > 0) {
    const n = Math.min(rng.int(50, 200), left);
    sizes.push(n);
    left -= n;
  }
  return sizes;
}

function toRecords(doc, usedIds) {
  const hash = createHash('sha256').update(doc.source, 'utf8').digest('hex');
  const id = hash.slice(0, 8);
  if (usedIds.has(id)) return null;
  usedIds.add(id);
  const document = {
    id,
    file: doc.file,
    title: doc.meta.title,
    date: doc.meta.date,
    place: doc.meta.place,
    issuer: doc.meta.issuer,
    event: doc.meta.event,
    participants: doc.meta.participants,
    language: 'en',
    sha256: hash,
    parserVersion: PARSER_VERSION_EMULATED,
    source: doc.source,
  };
  const directives = doc.directives.map((d, i) => ({
    id: `${id}-${i + 1}`,
    doc: id,
    start: d.start,
    end: d.end,
    text: d.text,
    force: d.force,
    cue: d.cue,
    reporting: d.reporting,
    issuer: d.issuer,
    addressee: d.addressee,
    actions: d.actions,
    purpose: d.purpose,
    themes: d.themes,
    paragraph: d.paragraph,
    sentence: d.sentence,
  }));
  return { document, directives };
}

function writeStream(path) {
  const stream = createWriteStream(path);
  let pending = Promise.resolve();
  return {
    write(chunk) {
      if (!stream.write(chunk)) pending = new Promise((resolve) => stream.once('drain', resolve));
      return pending;
    },
    close: () => new Promise((resolve, reject) => stream.end((err) => (err ? reject(err) : resolve()))),
  };
}

/**
 * Generate `total` directives into `out`. mode: 'text', 'json' or 'both'.
 * Documents are generated one at a time; JSON parts are written part by part
 * (each part holds one part's documents and directives as JSON strings only).
 */
export async function generate({ total, out, mode = 'json', seed = 1, perFile = 100_000, log = () => {} }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const wantText = mode === 'text' || mode === 'both';
  const wantJson = mode === 'json' || mode === 'both';
  if (wantText) mkdirSync(join(out, 'text'));
  if (wantJson) mkdirSync(join(out, 'json'));
  const lines = writeStream(join(out, 'lines.txt'));
  const sizes = docSizes(seed, total);
  const usedIds = new Set();
  const parts = [];
  let partDocs = [];
  let partDirectives = [];
  let partCount = 0;
  let written = 0;
  let documents = 0;
  let chars = 0;
  const flush = () => {
    if (partDocs.length === 0) return;
    const file = join(out, 'json', `part-${String(parts.length + 1).padStart(2, '0')}.json`);
    const fd = writeStream(file);
    fd.write(`{"schemaVersion":1,"documents":[\n${partDocs.join(',\n')}\n],"directives":[\n`);
    // Directives in slices so no single string gets near V8's limit.
    for (let i = 0; i < partDirectives.length; i += 20_000) {
      fd.write((i > 0 ? ',\n' : '') + partDirectives.slice(i, i + 20_000).join(',\n'));
    }
    fd.write('\n]}\n');
    parts.push({ file, documents: partDocs.length, directives: partCount });
    partDocs = [];
    partDirectives = [];
    partCount = 0;
    return fd.close();
  };
  let attempt = 0;
  for (let k = 0; k < sizes.length; k++) {
    let records = null;
    let doc;
    // A (vanishingly rare) id collision: draw the document again with another index.
    while (!records) {
      doc = makeDocument(seed, k + attempt * 1_000_003, sizes[k]);
      records = toRecords(doc, usedIds);
      if (!records) attempt++;
    }
    documents++;
    chars += doc.source.length;
    if (wantText) writeFileSync(join(out, 'text', doc.file), doc.source);
    let batch = '';
    for (const d of records.directives) batch += d.text + '\n';
    await lines.write(batch);
    written += records.directives.length;
    if (wantJson) {
      partDocs.push(JSON.stringify(records.document));
      for (const d of records.directives) partDirectives.push(JSON.stringify(d));
      partCount += records.directives.length;
      if (partCount >= perFile) await flush();
    }
    if (documents % 500 === 0) log(`  synth: ${written.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} directives`);
  }
  if (wantJson) await flush();
  await lines.close();
  const meta = {
    generator: GENERATOR_VERSION,
    seed,
    directives: written,
    documents,
    sourceChars: chars,
    mode,
    parts: parts.map((p) => ({ file: p.file.slice(out.length + 1), documents: p.documents, directives: p.directives })),
  };
  writeFileSync(join(out, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  return meta;
}

// ---------------------------------------------------------------- CLI

export function parseCount(text) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(text).trim());
  if (!m) throw new Error(`not a count: ${text}`);
  const mult = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]];
  return Math.round(Number(m[1]) * mult);
}

/** Parse a few generated documents with the real parser and compare with the generator's own fields. */
async function check(docs) {
  const dist = new URL('../dist/parse/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(dist))) throw new Error('no build: run `npx tsc -p .` first');
  const { parseDocument } = await import(dist.href);
  const exact = ['text', 'force', 'reporting', 'addressee', 'paragraph', 'sentence'];
  const loose = ['cue', 'issuer', 'purpose', 'actions', 'themes'];
  const same = Object.fromEntries(['count', ...exact, ...loose].map((k) => [k, 0]));
  let intended = 0;
  let found = 0;
  const misses = [];
  for (let i = 0; i < docs; i++) {
    const doc = makeDocument(1, i, 50 + (i % 4) * 50);
    const parsed = parseDocument(doc.source, { file: doc.file });
    intended += doc.directives.length;
    found += parsed.directives.length;
    const byStart = new Map(parsed.directives.map((d) => [d.start, d]));
    for (const mine of doc.directives) {
      const theirs = byStart.get(mine.start);
      if (!theirs) {
        if (misses.length < 30) misses.push(`no directive at ${mine.start}: ${mine.text}`);
        continue;
      }
      same.count++;
      for (const field of loose) if (JSON.stringify(theirs[field]) === JSON.stringify(mine[field])) same[field]++;
      for (const field of exact) {
        if (theirs[field] === mine[field]) same[field]++;
        else if (misses.length < 30) misses.push(`${field}: parser ${JSON.stringify(theirs[field])} vs generator ${JSON.stringify(mine[field])} in "${mine.text.slice(0, 70)}…"`);
      }
    }
  }
  const pct = (n) => `${((100 * n) / intended).toFixed(1)}%`;
  console.log(`synth --check: ${docs} documents, ${intended} directives intended, ${found} parsed (${((100 * found) / intended).toFixed(1)}%)`);
  console.log(`  same start ${pct(same.count)}; ${exact.map((f) => `${f} ${pct(same[f])}`).join(', ')}`);
  console.log(`  emulated loosely (not needed for the benchmark): ${loose.map((f) => `${f} ${pct(same[f])}`).join(', ')}`);
  for (const m of misses) console.log(`  ${m}`);
}

async function main(argv) {
  const args = { mode: 'json', seed: 1, perFile: 100_000, out: null, total: null, check: false, docs: 40 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--directives' || a === '-n') args.total = parseCount(value());
    else if (a === '--mode') args.mode = value();
    else if (a === '--out') args.out = value();
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--per-file') args.perFile = parseCount(value());
    else if (a === '--check') args.check = true;
    else if (a === '--docs') args.docs = Number(value());
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.check) return check(args.docs);
  if (!args.total || !args.out || !['text', 'json', 'both'].includes(args.mode)) {
    console.error('usage: node bench/synth.mjs --directives 10k --mode text|json|both --out DIR [--seed 1] [--per-file 100k]\n       node bench/synth.mjs --check [--docs 40]');
    process.exitCode = 2;
    return;
  }
  const t0 = performance.now();
  const meta = await generate({ ...args, log: (m) => console.error(m) });
  console.log(
    `synth: ${meta.directives.toLocaleString('en-US')} directives in ${meta.documents.toLocaleString('en-US')} documents ` +
      `(${(meta.sourceChars / 1e6).toFixed(1)} M characters) → ${args.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exitCode = 2;
  });
}
