// Rules about words: each is a regular expression and an optional check of the words around a match (to leave
// out uses the rule is not about). What a person reads about each rule is in ../texts.ts, by the rule's id (or its
// textId). Decisions on borderline cases are noted at each rule and pinned in tests/unit/feedback-lint.test.ts.
import type { Flag, RuleId } from './index';

interface WordRule {
  id: RuleId;
  /** The texts that explain it, when not those of the rule's id. */
  textId?: string;
  pattern: RegExp;
  /** Return false for a match the rule is not about. */
  keep?(t: string, start: number, end: number, m: RegExpMatchArray): boolean;
}

const TOKENS = /[a-z0-9']+|[^\sa-z0-9']/gi;
const isWord = (s: string | undefined): boolean => !!s && /^[a-z0-9']/i.test(s);
const list = (words: string) => {
  const set = new Set(words.split(' '));
  return (w: string | undefined) => !!w && set.has(w);
};

/** Up to n words just before `at` within the same clause (punctuation ends it), lower-cased, nearest last. */
function wordsBefore(t: string, at: number, n: number): string[] {
  const tokens = t.slice(Math.max(0, at - 80), at).match(TOKENS) ?? [];
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < n && isWord(tokens[i]); i--) out.unshift(tokens[i]!.toLowerCase());
  return out;
}

/** The next n tokens after `at`, lower-cased; a punctuation mark is a token of its own. */
const tokensAfter = (t: string, at: number, n: number): string[] =>
  (t.slice(at, at + 80).match(TOKENS) ?? []).slice(0, n).map((s) => s.toLowerCase());

/** Part of a hyphenated compound: "lazy-loading", "non-aggressive". */
const inCompound = (t: string, start: number, end: number) => t[start - 1] === '-' || /^-\w/.test(t.slice(end, end + 2));

/** Where the sentence holding index i starts: after the last . ! ? or line break before it. */
function sentenceStart(t: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && !/[.!?\n]/.test(t[j]!)) j--;
  return j + 1;
}
function sentenceEnd(t: string, i: number): number {
  const found = t.slice(i).search(/[.!?\n]/);
  return found < 0 ? t.length : i + found + 1;
}

const PRONOUN_CUE = list("you you're your you've you'd yourself he she they he's she's they're him her them being such");
const PERSON_NOUN = list('person kid child girl boy guy man woman one cookie student people colleague');

function rule(r: WordRule) {
  return (t: string): Flag[] => {
    const out: Flag[] = [];
    for (const m of t.matchAll(r.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (r.keep && !r.keep(t, start, end, m)) continue;
      out.push({ ruleId: r.id, textId: r.textId ?? r.id, start, end, found: m[0], key: m[0].toLowerCase().replace(/\s+/g, ' ') });
    }
    return out;
  };
}

// Absolutes. Hedged or negated ones ("almost always", "not always", "don't always", "as always") are not
// absolutes; "never mind" is not about behaviour. "never" before a simple past ("the client never heard her
// costings", "you never replied to my email") reports one thing that did not happen, so it passes; "you have never
// sent it on time" and "you never reply" fire. Borderline, decided: absolutes in praise still fire ("you never miss
// a deadline"), since the first slip makes them false, and so does "I have never seen a clearer chart": it is
// cheap to keep as written.
const HEDGE = list('almost nearly not hardly as practically virtually');
const PAST = /^(?:\w+ed|heard|said|told|came|got|went|saw|sent|made|gave|took|found|knew|thought|wrote|spoke|met|left|ran|did|had|was|were|brought|kept|felt|paid)$/;
const perfect = list("have has had i've you've we've they've he's she's");
const absolute = rule({
  id: 'absolute',
  pattern: /\b(?:always|never|constantly|every (?:single )?time|all the time)\b/gi,
  keep: (t, start, end) => {
    const prev = wordsBefore(t, start, 1)[0] ?? '';
    if (HEDGE(prev) || prev.endsWith("n't") || /^ mind\b/i.test(t.slice(end))) return false;
    return !(t.slice(start, end).toLowerCase() === 'never' && !perfect(prev) && PAST.test(tokensAfter(t, end, 1)[0] ?? ''));
  },
});

// Labels: words about who someone is, not what they did. Words with other everyday meanings (emotional,
// aggressive, defensive, dramatic, intimidating) fire only when said of a person ("you were", "your tone was",
// "she is") and used as a verdict, not before a noun: "an aggressive timeline", "a dramatic improvement" and
// "emotional support" pass. Compounds pass ("the lazy-loading change", "non-aggressive"), as do "lazy loading"
// and "a rude awakening". Borderline, decided: negated labels still fire ("I don't think you were lazy" still
// puts the label in the room), and so does "a careless mistake" (say what the mistake was).
const GENDERED = 'abrasive bossy shrill hysterical strident pushy emotional aggressive';
const PLAIN = 'lazy rude careless sloppy arrogant selfish unprofessional disorganised disorganized incompetent immature stubborn moody irresponsible unreliable disrespectful condescending cocky defensive dramatic intimidating';
const inContext = list('emotional aggressive defensive dramatic intimidating');
const verdictNext = list('and or but when whenever in with about to towards toward at during if because that again today yesterday lately sometimes around tone attitude manner behaviour behavior personality streak side type person man woman guy girl boy colleague one');
const notLabel = /^(?:lazy (?:load|eval|init|import|instantiat)|rude awakening)/i;

function labelRule(words: string, gendered: boolean) {
  return rule({
    id: 'label',
    textId: gendered ? 'label-gendered' : 'label',
    pattern: new RegExp(`\\b(?:${words.replace(/ /g, '|')})\\b`, 'gi'),
    keep: (t, start, end, m) => {
      if (inCompound(t, start, end) || notLabel.test(t.slice(start, end + 16))) return false;
      if (!inContext(m[0].toLowerCase())) return true;
      const next = tokensAfter(t, end, 1)[0];
      return wordsBefore(t, start, 5).some(PRONOUN_CUE) && (!isWord(next) || verdictNext(next));
    },
  });
}

// Praise for ability. "smart", "clever", "brilliant" and the like fire when said of a person and not before
// another noun: "you're so smart" fires, "a smart fix", "a clever workaround" (praise of a choice) and
// "SMART goals" pass. "a natural" fires only as a noun for a person ("you're a natural at this"), so
// "a natural next step" and "natural language processing" pass.
const abilityNext = list('and but enough for at to of with when about');
const abilityWords = rule({
  id: 'ability-praise',
  pattern: /\b(?:smart|clever|intelligent|brilliant|genius)\b/gi,
  keep: (t, start, end, m) => {
    if (m[0] === 'SMART' || inCompound(t, start, end)) return false;
    const next = tokensAfter(t, end, 1)[0];
    if (PERSON_NOUN(next)) return true;
    return wordsBefore(t, start, 4).some(PRONOUN_CUE) && (!isWord(next) || abilityNext(next));
  },
});
const abilityPhrases = rule({
  id: 'ability-praise',
  pattern:
    /\b(?:gifted|talented|a natural(?=\s*(?:[.,;:!?)]|$|(?:at|with|in|when|and|but|for|on)\b))|natural(?= (?:talents?|abilit(?:y|ies)|gifts?|leader|presenter|speaker|teacher|writer|flair|aptitude)\b)|naturally(?= (?:gifted|talented|good|smart|clever|bright)\b)|born (?:leader|teacher|presenter|speaker|writer|scientist|researcher|engineer|manager))\b/gi,
  keep: (t, start, end) => !inCompound(t, start, end),
});

// Praise with nothing specific: "great job", "well done" and the like fire unless their sentence, or the one
// straight after it, holds at least four words of substance (five letters or more, not filler such as "everyone") ("Great job! You checked every line against the
// receipts." passes). Borderline, decided: "Well done on getting the grant." fires: it names the result but not
// what the person did to get it.
const filler = list('really everyone everybody today again thanks always truly honestly');
const vaguePraise = rule({
  id: 'vague-praise',
  pattern:
    /\b(?:(?:great|good|nice|excellent|amazing|awesome|fantastic|brilliant|superb|terrific|wonderful|outstanding|lovely) (?:job|work|stuff|effort)|nice one|well done|keep it up|good on you|you rock|way to go)\b/gi,
  keep: (t, start, end) => {
    const from = sentenceStart(t, start);
    const to = sentenceEnd(t, sentenceEnd(t, end));
    const words = `${t.slice(from, start)} ${t.slice(end, to)}`.match(/[a-z']{5,}/gi) ?? [];
    return words.filter((w) => !filler(w.toLowerCase())).length < 4;
  },
});

// Orders in place of requests. Not flagged: the speaker's own commitments and joint proposals ("I need to",
// "we should": decided, a "we" proposal is not an order), permission ("you don't need to", "no need to"),
// conditions ("if you need to"), questions and inversions ("Should we meet on Friday?", "should you need
// anything"), and the "must" of a guess: "you must have worked hard on this" (must have + past participle),
// "you must be proud", "that must feel strange". "You must have the report ready by Friday" is an order and fires.
const firstPerson = list("i we i'd we'd let's i'll we'll i've we've");
const adverb = list('really just also still definitely probably certainly absolutely honestly actually');
const negation = list("don't doesn't didn't not never won't no");
const condition = list('if when whenever unless until case');
const pronoun = list('i we you they he she it');
const notParticiple = list('the one your his her their our my this that them everything');
const stateAfterBe = /^(?:proud|pleased|relieved|tired|exhaust|frustrat|hard|tough|difficult|excit|disappoint|annoy|worried|nervous|glad|happy|busy|so|very|really|thrilled|upset)/;
const demand = rule({
  id: 'demand',
  pattern: /\b(?:should(?:n't| not)?|must(?:n't| not)?|ought to|(?:have|has|'ve) got to|(?:need|needs|have|has) to|gotta)\b/gi,
  keep: (t, start, end, m) => {
    const w = m[0].toLowerCase();
    const [p2, p1] = ['', '', ...wordsBefore(t, start, 2)].slice(-2) as [string, string];
    const [n1, n2] = tokensAfter(t, end, 2);
    if (firstPerson(p1) || (adverb(p1) && firstPerson(p2))) return false;
    if (p1 === 'the' || p1 === 'a' || p1 === 'no' || condition(p1) || condition(p2)) return false;
    if (/^(?:need|have|has)/.test(w) && negation(p1)) return false;
    if ((w === 'should' || w === 'must') && pronoun(n1)) return false;
    if (w === 'must') {
      if ((n1 === 'have' || n1 === "'ve") && !!n2 && !notParticiple(n2) && /(?:ed|en|wn|ne|ght|elt|ept|ade|ent|und|ad|id|ot|ut|ook)$/.test(n2)) return false;
      if ((n1 === 'be' && stateAfterBe.test(n2 ?? '')) || /^(?:feel|seem|sound|look)/.test(n1 ?? '')) return false;
    }
    return true;
  },
});

// Judgements posing as feelings: "I feel that you …", "I feel like you …", "I felt as if she …". Only when what
// follows is about another person: "I feel that the plan is ambitious" and "I feel like we are making progress"
// pass, as do real feelings ("I feel worried when …") and "I feel you." (I understand you).
const feelThat = rule({
  id: 'feel-that',
  pattern: /\bI (?:really |just |sometimes |kind of |somehow |honestly )?(?:feel|felt)(?: that| like| as if| as though)? (?:you(?:'re|'ve|'d|'ll|r)?|he's|she's|they're|he|she|they|his|her|their|them)\b/gi,
  keep: (t, _start, end, m) => !/ (?:feel|felt) you$/i.test(m[0]) || isWord(tokensAfter(t, end, 1)[0]),
});

// "But" (or "however") straight after praise: praise in the same sentence before it, or in the sentence before
// when it opens a sentence. Negated praise ("it wasn't clear, but") is not praise. "but" meaning "except" or
// "also" passes: "nothing but praise from the client", "all but finished", "can't help but", "not only … but also".
const PRAISE = /\b(?:good|great|well done|nice|excellent|strong|impressive|loved|liked|enjoyed|appreciated?|thanks|thank you|brilliant|clear|helpful|useful|fantastic|amazing|awesome|pleased|proud|solid|lovely|wonderful|superb|terrific|outstanding|impressed|glad|perfect|smart|clever|talented|gifted|a natural|(?:i|we) (?:really )?(?:like|love|enjoy))\b/gi;
const exceptBut = list('nothing all anything everything everyone nobody anyone anybody none last help');
function hasPraise(s: string): boolean {
  for (const m of s.matchAll(PRAISE)) {
    const prev = wordsBefore(s, m.index!, 2);
    if (!prev.some((w) => w.endsWith("n't") || negation(w) || w === 'hardly' || w === 'less')) return true;
  }
  return false;
}
const butAfterPraise = rule({
  id: 'but-after-praise',
  pattern: /\b(?:but|however)\b/gi,
  keep: (t, start, end) => {
    if (exceptBut(wordsBefore(t, start, 1)[0]) || /^\s+(?:also|not least)\b/i.test(t.slice(end))) return false;
    const from = sentenceStart(t, start);
    return hasPraise(t.slice(from, start).trim() ? t.slice(from, start) : t.slice(sentenceStart(t, from - 1), from));
  },
});

export const wordRules = [
  absolute, labelRule(PLAIN, false), labelRule(GENDERED, true), abilityWords, abilityPhrases, vaguePraise, demand, feelThat,
  butAfterPraise,
];
