// Text normalisation shared by the tagger, the lexicon compiler and the corrections model.
// Pure and allocation-light: the tagger tokenises every card's title and abstract.

/** A word character: ASCII letters/digits, Latin-1/Latin Extended letters, Greek. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x3ff)
  );
}

/**
 * Light stemmer: folds plurals and possessives so "black holes" matches "black hole".
 * Deliberately conservative (no -ing/-ed stripping): the lexicon uses prefix terms ("quantiz*") for those.
 */
export function stem(word: string): string {
  return plural(fold(word));
}

// British -ise/-isation/-yse spellings of the verbs and nouns the lexicon writes with z ("generalised", "optimiser",
// "quantisation", "analysed"). Only after the endings of such verbs (-alise, -imise, -erise, -enise, -esise, …) with four
// letters before "is", so that "arise", "noise", "promise", "precise" or "supervised" are left alone.
const BRITISH_ISE = /^([a-z]{2,}(?:al|il|im|er|tr|gn|on|ar|et|it|en|or|es|as|at))is(e|ed|es|ing|er|ers)$/;
const BRITISH_ISATION = /^([a-z]{3,})isation(s?)$/;
const BRITISH_YSE = /^([a-z]*ly)s(e|ed|es|ing|er|ers)$/;

/**
 * A word with its accents folded ("Schrödinger" = "Schrodinger") and British -ise/-yse spellings folded to the
 * lexicon's z ("normalised" = "normalized"); no plural folding (see stem). The tagger caches per token, so this runs
 * once per word.
 */
export function fold(word: string): string {
  let w = word;
  if (/[\u00c0-\u024f]/.test(w)) w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (w.length > 6 && w.includes('is')) {
    const noun = BRITISH_ISATION.exec(w);
    if (noun) return `${noun[1]}ization${noun[2]}`;
    const verb = BRITISH_ISE.exec(w);
    if (verb) return `${verb[1]}iz${verb[2]}`;
  }
  if (w.length > 6 && w.includes('lys')) {
    const m = BRITISH_YSE.exec(w);
    if (m) return `${m[1]}z${m[2]}`;
  }
  return w;
}

/** Folds plurals and possessives ("black holes" = "black hole"). */
function plural(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith('ys')) return w.slice(0, -1);
  return w;
}

/** Calls visit(token, start, end) for every word of an already lower-cased string. */
export function forEachToken(lower: string, visit: (token: string, start: number, end: number) => void): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(lower.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordCode(lower.charCodeAt(i))) i++;
    visit(lower.slice(start, i), start, i);
  }
}

/** A phrase as the tagger sees it: lower-cased, stemmed words joined by single spaces. Keeps '*' wildcards. */
export function normalisePhrase(phrase: string): string {
  const out: string[] = [];
  const lower = phrase.toLowerCase();
  const re = /\*?[^\s\-/,;:()'"“”‘’.]+\*?/g;
  for (const m of lower.match(re) ?? []) {
    const lead = m.startsWith('*');
    const trail = m.endsWith('*') && m.length > 1;
    const core = m.slice(lead ? 1 : 0, trail ? -1 : undefined);
    // Split the core exactly as the tokeniser would, so "e(3)" and "ads/cft" line up with the text.
    const parts: string[] = [];
    forEachToken(core, (t) => parts.push(t));
    parts.forEach((p, k) => {
      const first = k === 0 && lead;
      const last = k === parts.length - 1 && trail;
      out.push((first ? '*' : '') + (last ? p : stem(p)) + (last ? '*' : ''));
    });
  }
  return out.join(' ');
}

export const STOPWORDS = new Set(
  ('a an the of and or in on for to with by from at as is are was were be been being this that these those ' +
    'we our us it its their they them which who whom whose what when where how than then there here such ' +
    'can could may might will would shall should do doe did done not no nor but if so also into onto over under ' +
    'between among via using use used show shown present propose proposed paper work study result new novel ' +
    'approach method model based both each other more most less very well first two one three all any some ' +
    'however while thus hence further furthermore moreover within without across through about after before ' +
    'up down out only own same just like has have had having provide provides demonstrate find found ' +
    'make makes allow allows due order way case even many much several') .split(' '),
);
