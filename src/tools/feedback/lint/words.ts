// Rules about words: each is a regular expression and an optional check of the words around a match (to leave
// out uses the rule is not about). The words themselves are content, in the lexicon (lexicon.ts, which reaches
// lint() from the page); the rules are built from a lexicon once. What a person reads about each rule is in
// ../texts.ts, by the rule's id (or its textId). Decisions on borderline cases are noted at each rule and pinned
// in tests/unit/feedback-lint.test.ts.
import type { Flag, RuleId } from './index';

/** The words the rules look for, by name; see lexicon.ts for what each list is. Plain words and phrases. */
export type Lexicon = Record<
  | 'pronounCues' | 'personNouns'
  | 'absolutes' | 'hedges' | 'irregularPast' | 'perfect'
  | 'labels' | 'genderedLabels' | 'labelsInContext' | 'verdictNext' | 'notLabels'
  | 'backhanded' | 'forWhom' | 'identities' | 'outsider' | 'determiners' | 'genderNorms'
  | 'dismissals' | 'subjects' | 'stopReacting'
  | 'abilityWords' | 'abilityNext' | 'abilityPraise' | 'naturalNext' | 'naturalNouns' | 'naturallyWhat' | 'bornRoles'
  | 'praiseAdjectives' | 'praiseNouns' | 'vaguePraise' | 'filler'
  | 'demands' | 'firstPerson' | 'adverbs' | 'negations' | 'conditions' | 'pronouns' | 'notParticiple' | 'participleEndings'
  | 'statesAfterBe' | 'guessVerbs'
  | 'feelAdverbs' | 'feelLinks' | 'feelPeople'
  | 'praise' | 'exceptBut',
  readonly string[]
>;

/** Returns false for a match the rule is not about. */
type Keep = (t: string, start: number, end: number, m: RegExpMatchArray) => boolean;

const TOKENS = /[a-z0-9']+|[^\sa-z0-9']/gi;
const isWord = (s: string | undefined): boolean => !!s && /^[a-z0-9']/i.test(s);
/** A test for a word in a list. */
const list = (words: readonly string[]) => {
  const set = new Set(words);
  return (w: string | undefined) => !!w && set.has(w);
};
/** A regular expression group matching any of the phrases; longest first, so "shouldn't" wins over "should". */
const any = (phrases: readonly string[]) => `(?:${[...phrases].sort((a, b) => b.length - a.length).join('|')})`;
/** Whole words or phrases, anywhere, in any case. */
const find = (source: string) => new RegExp(`\\b${source}\\b`, 'gi');

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

/**
 * A rule as a function from the text to its flags: the matches of its pattern that `keep` keeps (all, without it),
 * explained by the texts of `textId` (by default, those of the rule's id).
 */
function rule(id: RuleId, pattern: RegExp, keep?: Keep, textId: string = id) {
  return (t: string): Flag[] => {
    const out: Flag[] = [];
    for (const m of t.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (keep && !keep(t, start, end, m)) continue;
      out.push({ ruleId: id, textId, start, end, found: m[0], key: m[0].toLowerCase().replace(/\s+/g, ' ') });
    }
    return out;
  };
}

/** Builds every word rule from a lexicon. */
function build(lex: Lexicon) {
  const pronounCue = list(lex.pronounCues);
  const negation = list(lex.negations);
  /** "not", "never", "isn't": a word that negates what follows it. */
  const negated = (w = '') => negation(w) || w.endsWith("n't");

  // Absolutes. Hedged or negated ones ("almost always", "not always", "don't always", "as always") are not
  // absolutes; "never mind" is not about behaviour. "never" before a simple past ("the client never heard her
  // costings", "you never replied to my email") reports one thing that did not happen, so it passes; "you have
  // never sent it on time" and "you never reply" fire. Borderline, decided: absolutes in praise still fire ("you
  // never miss a deadline"), since the first slip makes them false, and so does "I have never seen a clearer
  // chart": it is cheap to keep as written.
  const hedge = list(lex.hedges);
  const irregularPast = list(lex.irregularPast);
  const perfect = list(lex.perfect);
  const isPast = (w = '') => /^\w+ed$/.test(w) || irregularPast(w);
  const absolute = rule('absolute', find(any(lex.absolutes)), (t, start, end, m) => {
    const prev = wordsBefore(t, start, 1)[0] ?? '';
    if (hedge(prev) || prev.endsWith("n't") || /^ mind\b/i.test(t.slice(end))) return false;
    return !(m[0].toLowerCase() === 'never' && !perfect(prev) && isPast(tokensAfter(t, end, 1)[0]));
  });

  // Labels: words about who someone is, not what they did. Labels with other everyday meanings (emotional,
  // aggressive, defensive, dramatic, intimidating) fire only when said of a person ("you were", "your tone was",
  // "she is") and used as a verdict, not before a noun: "an aggressive timeline", "a dramatic improvement" and
  // "emotional support" pass. Compounds pass ("the lazy-loading change", "non-aggressive"), as do "lazy loading"
  // and "a rude awakening". Borderline, decided: negated labels still fire ("I don't think you were lazy" still
  // puts the label in the room), and so does "a careless mistake" (say what the mistake was). A label denied
  // outright passes ("You're not lazy at all", "you weren't rude", "never once careless"): that is reassurance,
  // and the denial must come just before it, so "I don't think you were lazy" still fires.
  const inContext = list(lex.labelsInContext);
  const verdictNext = list(lex.verdictNext);
  const notLabel = new RegExp(`^${any(lex.notLabels)}`, 'i');
  const keepLabel: Keep = (t, start, end, m) => {
    if (inCompound(t, start, end) || notLabel.test(t.slice(start, end + 16)) || negated(wordsBefore(t, start, 1)[0])) return false;
    if (!inContext(m[0].toLowerCase())) return true;
    const next = tokensAfter(t, end, 1)[0];
    return wordsBefore(t, start, 5).some(pronounCue) && (!isWord(next) || verdictNext(next));
  };
  const labels = rule('label', find(any(lex.labels)), keepLabel);
  const genderedLabels = rule('label', find(any(lex.genderedLabels)), keepLabel, 'label-gendered');

  // Identity-coded remarks, a rule of their own. A backhanded compliment: praise or a verdict, then "for" and a
  // comparison with someone's background, gender or age, said of a person ("You are so articulate for someone from
  // your background") or opening a sentence ("Not bad for someone your age"); "a good talk for people from any
  // background" and "a scheme for first generation students" pass. Also, with the same texts, remarks that treat
  // someone as an outsider ("Where are you really from?"); and phrases that tell someone to act as their gender
  // should ("man up", "like a girl"), which have their own ("the man up front" passes).
  const backhanded = rule(
    'identity',
    find(`${any(lex.backhanded)}(?: [a-z']+){0,3}? for ${any(lex.forWhom)} (?:[a-z']+ ){0,4}?${any(lex.identities)}|${any(lex.outsider)}`),
    (t, start) => {
      const before = wordsBefore(t, start, 5);
      return !before.length || before.some(pronounCue);
    },
  );
  const gendered = rule('identity', find(`(?<!\\b${any(lex.determiners)} )${any(lex.genderNorms)}`), undefined, 'identity-gendered');

  // Judging a reaction instead of saying what happened: "Stop being so sensitive", "you're overreacting", said of
  // someone (so "the test is too sensitive" and "I hope I am not overreacting" pass), and orders to stop reacting
  // ("toughen up") anywhere. "You were sensitive to how the team felt" is praise and passes.
  const subject = list(lex.subjects);
  const dismissals = rule('dismissive', find(any(lex.dismissals)), (t, start) => wordsBefore(t, start, 4).some(subject));
  const stopReacting = rule('dismissive', find(any(lex.stopReacting)));

  // Praise for ability. "smart", "clever", "brilliant" and the like fire when said of a person and not before
  // another noun: "you're so smart" fires, "a smart fix", "a clever workaround" (praise of a choice) and
  // "SMART goals" pass. "a natural" fires only as a noun for a person ("you're a natural at this"), so
  // "a natural next step" and "natural language processing" pass.
  const personNoun = list(lex.personNouns);
  const abilityNext = list(lex.abilityNext);
  const abilityWords = rule('ability-praise', find(any(lex.abilityWords)), (t, start, end, m) => {
    if (m[0] === 'SMART' || inCompound(t, start, end)) return false;
    const next = tokensAfter(t, end, 1)[0];
    if (personNoun(next)) return true;
    return wordsBefore(t, start, 4).some(pronounCue) && (!isWord(next) || abilityNext(next));
  });
  const abilityPhrases = rule(
    'ability-praise',
    find(
      `(?:${any(lex.abilityPraise)}|a natural(?=\\s*(?:[.,;:!?)]|$|${any(lex.naturalNext)}\\b))|natural(?= ${any(lex.naturalNouns)}\\b)` +
        `|naturally(?= ${any(lex.naturallyWhat)}\\b)|born ${any(lex.bornRoles)})`,
    ),
    (t, start, end) => !inCompound(t, start, end),
  );

  // Praise with nothing specific: "great job", "well done" and the like fire unless their sentence, or the one
  // straight after it, holds at least four words of substance (five letters or more, not filler such as
  // "everyone") ("Great job! You checked every line against the receipts." passes). Borderline, decided: "Well
  // done on getting the grant." fires: it names the result but not what the person did to get it.
  const filler = list(lex.filler);
  const vaguePraise = rule(
    'vague-praise',
    find(`(?:${any(lex.praiseAdjectives)} ${any(lex.praiseNouns)}|${any(lex.vaguePraise)})`),
    (t, start, end) => {
      const from = sentenceStart(t, start);
      const to = sentenceEnd(t, sentenceEnd(t, end));
      const words = `${t.slice(from, start)} ${t.slice(end, to)}`.match(/[a-z']{5,}/gi) ?? [];
      return words.filter((w) => !filler(w.toLowerCase())).length < 4;
    },
  );

  // Orders in place of requests. Not flagged: the speaker's own commitments and joint proposals ("I need to",
  // "we should": decided, a "we" proposal is not an order), permission ("you don't need to", "no need to"),
  // conditions ("if you need to"), questions and inversions ("Should we meet on Friday?", "should you need
  // anything"), and the "must" of a guess: "you must have worked hard on this" (must have + past participle),
  // "you must be proud", "that must feel strange". "You must have the report ready by Friday" is an order and fires.
  const firstPerson = list(lex.firstPerson);
  const adverb = list(lex.adverbs);
  const condition = list(lex.conditions);
  const pronoun = list(lex.pronouns);
  const notParticiple = list(lex.notParticiple);
  const participle = new RegExp(`${any(lex.participleEndings)}$`);
  const stateAfterBe = new RegExp(`^${any(lex.statesAfterBe)}`);
  const guessVerb = new RegExp(`^${any(lex.guessVerbs)}`);
  const demand = rule('demand', find(any(lex.demands)), (t, start, end, m) => {
    const w = m[0].toLowerCase();
    const [p2, p1] = ['', '', ...wordsBefore(t, start, 2)].slice(-2) as [string, string];
    const [n1, n2] = tokensAfter(t, end, 2);
    if (firstPerson(p1) || (adverb(p1) && firstPerson(p2))) return false;
    if (p1 === 'the' || p1 === 'a' || p1 === 'no' || condition(p1) || condition(p2)) return false;
    if (/^(?:need|have|has)/.test(w) && negation(p1)) return false;
    if ((w === 'should' || w === 'must') && pronoun(n1)) return false;
    if (w === 'must') {
      if ((n1 === 'have' || n1 === "'ve") && !!n2 && !notParticiple(n2) && participle.test(n2)) return false;
      if ((n1 === 'be' && stateAfterBe.test(n2 ?? '')) || guessVerb.test(n1 ?? '')) return false;
    }
    return true;
  });

  // Judgements posing as feelings: "I feel that you …", "I feel like you …", "I felt as if she …". Only when what
  // follows is about another person: "I feel that the plan is ambitious" and "I feel like we are making progress"
  // pass, as do real feelings ("I feel worried when …") and "I feel you." (I understand you).
  const feelThat = rule(
    'feel-that',
    find(`I (?:${any(lex.feelAdverbs)} )?(?:feel|felt)(?: ${any(lex.feelLinks)})? ${any(lex.feelPeople)}`),
    (t, _start, end, m) => !/ (?:feel|felt) you$/i.test(m[0]) || isWord(tokensAfter(t, end, 1)[0]),
  );

  // "But" (or "however") straight after praise: praise in the same sentence before it, or in the sentence before
  // when it opens a sentence. Negated praise ("it wasn't clear, but") is not praise. "but" meaning "except" or
  // "also" passes: "nothing but praise from the client", "all but finished", "can't help but", "not only … but also".
  const praise = find(`(?:${any(lex.praise)}|(?:i|we) (?:really )?(?:like|love|enjoy))`);
  const exceptBut = list(lex.exceptBut);
  const hasPraise = (s: string): boolean => {
    for (const m of s.matchAll(praise)) {
      const prev = wordsBefore(s, m.index!, 2);
      if (!prev.some((w) => negated(w) || w === 'hardly' || w === 'less')) return true;
    }
    return false;
  };
  const butAfterPraise = rule('but-after-praise', /\b(?:but|however)\b/gi, (t, start, end) => {
    if (exceptBut(wordsBefore(t, start, 1)[0]) || /^\s+(?:also|not least)\b/i.test(t.slice(end))) return false;
    const from = sentenceStart(t, start);
    return hasPraise(t.slice(from, start).trim() ? t.slice(from, start) : t.slice(sentenceStart(t, from - 1), from));
  });

  return [absolute, labels, genderedLabels, backhanded, gendered, dismissals, stopReacting, abilityWords, abilityPhrases, vaguePraise, demand, feelThat, butAfterPraise];
}

const built = new WeakMap<Lexicon, ReturnType<typeof build>>();

/** The word rules of a lexicon, built the first time they are asked for. */
export function wordRules(lex: Lexicon): ((t: string) => Flag[])[] {
  let rules = built.get(lex);
  if (!rules) built.set(lex, (rules = build(lex)));
  return rules;
}
