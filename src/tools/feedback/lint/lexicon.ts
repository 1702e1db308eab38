// The language check's words: what each word rule looks for, and the words around a match that decide whether it
// counts. Content, like ../texts.ts: FeedbackIsland.astro puts it in the page as JSON, the builder hands it to
// lint(), and only that island and the tests import it, so none of it is in the builder's JavaScript.
// Plain words and phrases only (letters, apostrophes, single spaces; lower case): the rules in words.ts build their
// regular expressions from them, and their borderline cases are pinned in tests/unit/feedback-lint.test.ts.
// Entries marked "starts" match the start of a word ("exhaust" covers "exhausted" and "exhausting").
import type { Lexicon } from './words';

const words = (s: string): string[] => s.split(' ');

/** Praise words that say nothing specific on their own ("great job"); also praise before a "but". */
const praiseAdjectives = words('great good nice excellent amazing awesome fantastic brilliant superb terrific wonderful outstanding lovely');
const negations = words("don't doesn't didn't not never won't no");

export const feedbackLexicon: Lexicon = {
  // Said of a person: words just before a match ("you were", "she is", "such a"), and nouns for a person after one.
  pronounCues: words("you you're your you've you'd yourself he she they he's she's they're him her them being such"),
  personNouns: words('person kid child girl boy guy man woman one cookie student people colleague'),

  // absolute
  absolutes: ['always', 'never', 'constantly', 'every time', 'every single time', 'all the time'],
  /** Just before an absolute, these make it not one: "almost always", "not always", "as always". */
  hedges: words('almost nearly not hardly as practically virtually'),
  /** "never" before a simple past reports one thing that did not happen; past forms that do not end in -ed. */
  irregularPast: words('heard said told came got went saw sent made gave took found knew thought wrote spoke met left ran did had was were brought kept felt paid'),
  /** Before "never", these make what follows a participle, not a simple past: "you have never sent". */
  perfect: words("have has had i've you've we've they've he's she's"),

  // label
  labels: words('lazy rude careless sloppy arrogant selfish unprofessional disorganised disorganized incompetent immature stubborn moody irresponsible unreliable disrespectful condescending cocky defensive dramatic intimidating'),
  /** Labels said far more of women (explained with Snyder, 2014). */
  genderedLabels: words('abrasive bossy shrill hysterical strident pushy emotional aggressive'),
  /** Labels with other everyday meanings ("emotional support"): only a verdict on a person counts. */
  labelsInContext: words('emotional aggressive defensive dramatic intimidating'),
  /** After a label in context, the words that keep it a verdict rather than an adjective before a noun. */
  verdictNext: words('and or but when whenever in with about to towards toward at during if because that again today yesterday lately sometimes around tone attitude manner behaviour behavior personality streak side type person man woman guy girl boy colleague one'),
  /** Starts: phrases that are not labels at all. */
  notLabels: ['lazy load', 'lazy eval', 'lazy init', 'lazy import', 'lazy instantiat', 'rude awakening'],

  // identity: praise measured against who someone is ("articulate for someone from your background"), remarks that
  // treat someone as an outsider, and phrases that tell someone to act as their gender should.
  /** Praise or a verdict that a backhanded compliment starts from: "so articulate for …", "not bad for …". */
  backhanded: [
    ...words('articulate eloquent spoken confident polished capable professional impressive strong good great clever smart bright intelligent sharp well mature assertive brave ambitious'),
    'not bad', 'very good', 'very well',
  ],
  /** After "for": who the comparison is with ("for a girl", "for someone your age", "for your age"). */
  forWhom: words('a an someone somebody one people your anyone'),
  /** What makes the comparison about identity: background, gender, age, origin. */
  identities: [
    ...words('background backgrounds girl girls woman women lady ladies man men boy boys guy age generation immigrant immigrants foreigner foreigners accent culture estate'),
    'like you', 'non native speaker', 'second language',
  ],
  /** Remarks that treat someone as an outsider because of how they look or sound (named in Sue et al., 2007). */
  outsider: [
    'where are you really from', 'where are you actually from', 'where you are really from', 'where you are actually from',
    'a credit to your race', 'a credit to your people', 'a credit to your community',
    'speak english so well', 'speak english really well', 'speak such good english', 'english is so good', 'english is really good',
  ],
  /** Phrases that tell someone how their gender should act. */
  /** Just before a gendered phrase, these make it a noun phrase ("the man up front"). */
  determiners: words('the a an this that one old young'),
  genderNorms: ['man up', 'like a girl', 'like a man', 'like a lady', "boys don't cry", 'grow a pair', 'ladylike', 'unladylike', 'girly'],

  // dismissive: judging a reaction instead of saying what happened
  /** Said of a person ("stop being so sensitive", "you're overreacting"): only after one of `subjects`. */
  dismissals: [
    'so sensitive', 'too sensitive', 'overly sensitive', 'oversensitive', 'hypersensitive', 'thin skinned', 'so touchy', 'too touchy',
    'overreacting', 'overreacted', 'overreact', 'so easily offended', 'too easily offended',
  ],
  /** Who a dismissal is said of: not possessives, so "your test is too sensitive" passes. */
  subjects: words("you you're you've you'd yourself he she they he's she's they're being"),
  /** Orders to stop reacting, wherever they appear. */
  stopReacting: ["don't be so sensitive", "don't be so touchy", "don't be oversensitive", 'toughen up', 'lighten up', 'get over it', 'stop whining', 'stop moaning', "can't take a joke"],

  // ability-praise
  abilityWords: words('smart clever intelligent brilliant genius'),
  /** After an ability word said of a person, the words that keep it about the person, not a noun ("a smart fix"). */
  abilityNext: words('and but enough for at to of with when about'),
  /** Always praise of ability. */
  abilityPraise: words('gifted talented'),
  /** "a natural" as a noun for a person: before punctuation, the end, or these. */
  naturalNext: words('at with in when and but for on'),
  /** "natural" before these: "a natural leader". */
  naturalNouns: words('talent talents ability abilities gift gifts leader presenter speaker teacher writer flair aptitude'),
  /** "naturally" before these: "naturally gifted". */
  naturallyWhat: words('gifted talented good smart clever bright'),
  /** "born" before these: "a born leader". */
  bornRoles: words('leader teacher presenter speaker writer scientist researcher engineer manager'),

  // vague-praise: an adjective and a noun ("great job"), or a phrase
  praiseAdjectives,
  praiseNouns: words('job work stuff effort'),
  vaguePraise: ['nice one', 'well done', 'keep it up', 'good on you', 'you rock', 'way to go'],
  /** Long words that do not make praise specific ("everyone"). */
  filler: words('really everyone everybody today again thanks always truly honestly'),

  // demand
  demands: [
    'should', "shouldn't", 'should not', 'must', "mustn't", 'must not', 'ought to', 'have got to', 'has got to', "'ve got to",
    'need to', 'needs to', 'have to', 'has to', 'gotta',
  ],
  /** The speaker's own commitments and joint proposals: "I need to", "we should". */
  firstPerson: words("i we i'd we'd let's i'll we'll i've we've"),
  /** Between the speaker and the order: "I really need to". */
  adverbs: words('really just also still definitely probably certainly absolutely honestly actually'),
  negations,
  /** Conditions: "if you need to". */
  conditions: words('if when whenever unless until case'),
  /** After "should" or "must", a question or inversion: "should we", "must I". */
  pronouns: words('i we you they he she it'),
  /** After "must have", words that are not a participle: "you must have the report ready". */
  notParticiple: words('the one your his her their our my this that them everything'),
  /** Endings of a participle after "must have": the "must" of a guess ("must have worked"). */
  participleEndings: words('ed en wn ne ght elt ept ade ent und ad id ot ut ook'),
  /** Starts: states after "must be" that make it a guess ("you must be proud"). */
  statesAfterBe: words('proud pleased relieved tired exhaust frustrat hard tough difficult excit disappoint annoy worried nervous glad happy busy so very really thrilled upset'),
  /** Starts: verbs after "must" that make it a guess ("that must feel strange"). */
  guessVerbs: words('feel seem sound look'),

  // feel-that: "I (adverb) feel (link) (person)"
  feelAdverbs: ['really', 'just', 'sometimes', 'kind of', 'somehow', 'honestly'],
  feelLinks: ['that', 'like', 'as if', 'as though'],
  feelPeople: words("you you're you've you'd you'll your he's she's they're he she they his her their them"),

  // but-after-praise
  praise: [
    ...praiseAdjectives, 'well done', 'strong', 'impressive', 'loved', 'liked', 'enjoyed', 'appreciate', 'appreciated', 'thanks',
    'thank you', 'clear', 'helpful', 'useful', 'pleased', 'proud', 'solid', 'impressed', 'glad', 'perfect', 'smart', 'clever',
    'talented', 'gifted', 'a natural',
  ],
  /** Before "but", these make it mean "except": "nothing but praise", "all but finished", "can't help but". */
  exceptBut: words('nothing all anything everything everyone nobody anyone anybody none last help'),
};
