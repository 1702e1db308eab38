// The language check, sentence by sentence: for each, exactly which word rules fire and on which words.
// Any rule not listed must not fire. Borderline cases are decided here and at the rule (src/tools/feedback/lint/words.ts).
// What a person reads about a flag comes from the texts (texts.ts) through explain(); the words the rules look for
// come from the lexicon (lint/lexicon.ts), as on the page.
import { describe, expect, it } from 'vitest';
import { emptyFields, type Fields, type Mode } from '../../src/tools/feedback/model';
import { flagKey, lint as lintWith, type Flag, type LintContext, type RuleId } from '../../src/tools/feedback/lint';
import { wordRules } from '../../src/tools/feedback/lint/words';
import { feedbackLexicon } from '../../src/tools/feedback/lint/lexicon';
import { WORDS_PER_MINUTE } from '../../src/tools/feedback/lint/structure';
import { explain } from '../../src/tools/feedback/explain';
import { feedbackTexts } from '../../src/tools/feedback/texts';

type Expect = Partial<Record<RuleId, string | string[]>>;

/** The language check with the page's lexicon. */
const lint = (text: string, ctx: LintContext) => lintWith(text, ctx, feedbackLexicon);

/** Fields all filled, so only word rules can fire. */
const full: Fields = { situation: 's', behaviour: 'b', impact: 'i', intent: 'q', request: 'r', effort: 'e', ideas: 'x' };
const wordFlags = (text: string, mode: Mode = 'constructive') => lint(text, { mode, fields: full });
/** The flags as the builder shows them: with title, reason, source and suggestion. */
const explained = (text: string) => wordFlags(text).map((f) => explain(f, feedbackTexts));

const table: [string, Expect][] = [
  // Absolutes
  ['You always interrupt Sam in meetings.', { absolute: 'always' }],
  ['You never send the agenda before we meet.', { absolute: 'never' }],
  ['Every time we talk about the budget, you change the subject.', { absolute: 'Every time' }],
  ['You are late all the time.', { absolute: 'all the time' }],
  ['You constantly check your phone when I am talking.', { absolute: 'constantly' }],
  ['You have never sent the agenda on time.', { absolute: 'never' }],
  ['YOU ALWAYS DO THIS', { absolute: 'ALWAYS' }],
  ['The tests almost always pass on the first run.', {}],
  ['It is not always easy to ask for help.', {}],
  ['You don’t always reply within the week we agreed.', {}],
  ['As always, thank you for the quick reply.', {}],
  ['Never mind the typo; the argument is what matters.', {}],
  ['Priya stopped speaking, and the client never heard her costings.', {}],
  ['You never replied to my email last week.', {}],
  // Borderline, decided: absolutes in praise still fire.
  ['You never miss a deadline.', { absolute: 'never' }],
  ['I have never seen a clearer chart from a first-year student.', { absolute: 'never' }],

  // Labels and personality words
  ['You were lazy about the literature review.', { label: 'lazy' }],
  ['That email to the supplier was rude.', { label: 'rude' }],
  ['Some people found you abrasive in the design review.', { label: 'abrasive' }],
  ['You were bossy with the interns.', { label: 'bossy' }],
  ['You got emotional when the results came in.', { label: 'emotional' }],
  ['Your tone was aggressive in the client call.', { label: 'aggressive' }],
  ['She can come across as pushy.', { label: 'pushy' }],
  ['Your review comments came across as condescending.', { label: 'condescending' }],
  ['You were defensive when I raised the deadline.', { label: 'defensive' }],
  ['The lazy-loading change cut the page weight in half.', {}],
  ['We switched to lazy loading for the images.', {}],
  ['The aggressive timeline worried the whole team.', {}],
  ['You set an aggressive target for the quarter.', {}],
  ['The group offers emotional support to new students.', {}],
  ['Your charts show a dramatic improvement since March.', {}],
  ['The results came as a rude awakening.', {}],
  ['We used defensive programming to guard the parser.', {}],
  ['The meeting got emotional for everyone.', {}],
  ['The non-aggressive approach worked better with the board.', {}],
  // Borderline, decided: a negated label still fires; so does "a careless mistake".
  ['I don’t think you were lazy, just stretched.', { label: 'lazy' }],
  ['That was a careless mistake in the totals.', { label: 'careless' }],
  // A label denied outright is reassurance, not a label (issue 16); "I don't think you were lazy" above still fires.
  ['You’re not lazy at all.', {}],
  ['You weren’t rude; the email was just short.', {}],
  ['You were never careless with the data.', { absolute: 'never' }],
  ['You’re not lazy, you’re disorganised.', { label: 'disorganised' }],
  ['She isn’t bossy at all, she is clear.', {}],

  // Praise for ability
  ['You’re so smart!', { 'ability-praise': 'smart' }],
  ['You are a natural at this.', { 'ability-praise': 'a natural' }],
  ['She is a born leader.', { 'ability-praise': 'born leader' }],
  ['You’re so talented.', { 'ability-praise': 'talented' }],
  ['Such a clever kid.', { 'ability-praise': 'clever' }],
  ['You’re naturally gifted with numbers.', { 'ability-praise': ['naturally', 'gifted'] }],
  ['Your SMART goals are clear and dated.', {}],
  ['That was a smart fix for the caching bug.', {}],
  ['The next natural step is to share the draft.', {}],
  ['We are using natural language processing for the survey.', {}],
  ['You made a clever choice to test it on ten users first.', {}],
  ['Smart contracts are out of scope for this project.', {}],

  // Vague praise
  ['Great job!', { 'vague-praise': 'Great job' }],
  ['Well done, Priya.', { 'vague-praise': 'Well done' }],
  ['Great work today, everyone.', { 'vague-praise': 'Great work' }],
  ['Great job on the report.', { 'vague-praise': 'Great job' }],
  ['Keep it up.', { 'vague-praise': 'Keep it up' }],
  ['Great job on the budget review: you checked every line against the receipts.', {}],
  ['Well done! You rehearsed the opening three times and the room followed every step.', {}],
  ['Nice work on the poster; the single chart made the finding easy to see.', {}],
  // Borderline, decided: names the result, not what the person did to get it.
  ['Well done on getting the grant.', { 'vague-praise': 'Well done' }],

  // "should", "must", "need to" in place of a request
  ['You should send the agenda a day before.', { demand: 'should' }],
  ['You need to speak up more in meetings.', { demand: 'need to' }],
  ['You must be on time for the client call.', { demand: 'must' }],
  ['You have to check your sources.', { demand: 'have to' }],
  ['You must have the report ready by Friday.', { demand: 'must' }],
  ['This section needs to be half as long.', { demand: 'needs to' }],
  ['You’ve got to stop talking over people.', { demand: '’ve got to' }],
  ['You shouldn’t have sent it without checking.', { demand: 'shouldn’t' }],
  // Borderline, decided: the "must" of a guess is not an order.
  ['You must have worked hard on this.', {}],
  ['You must be proud of how it went.', {}],
  ['That must feel like a long wait.', {}],
  ['I need to give you clearer briefs.', {}],
  // Borderline, decided: a joint proposal with "we" is not an order.
  ['We should meet every two weeks instead.', {}],
  ['Should we move our meeting to Friday?', {}],
  ['You don’t need to reply tonight.', {}],
  ['There’s no need to rewrite the whole chapter.', {}],
  ['If you need to cancel, send me a message.', {}],

  // "I feel that you ..."
  ['I feel that you don’t value my time.', { 'feel-that': 'I feel that you' }],
  ['I feel like you weren’t listening.', { 'feel-that': 'I feel like you' }],
  ['I felt as if you had already decided.', { 'feel-that': 'I felt as if you' }],
  ['I feel you rushed the ending.', { 'feel-that': 'I feel you' }],
  // Borderline, decided: a positive judgement posing as a feeling still fires ("I think you're ready" is better).
  ['I feel that you’re ready to lead the next review.', { 'feel-that': 'I feel that you’re' }],
  ['I feel worried when drafts arrive on the deadline.', {}],
  ['I feel that the plan is too ambitious for one term.', {}],
  ['I feel like we’re making progress.', {}],
  ['I feel you.', {}],

  // "but" right after praise
  ['Good analysis, but the conclusion goes further than the data.', { 'but-after-praise': 'but' }],
  ['Thanks for the draft, but the introduction runs long.', { 'but-after-praise': 'but' }],
  ['The slides were clear. But the talk ran ten minutes over.', { 'but-after-praise': 'But' }],
  ['I really liked the demo. However, the setup took twenty minutes.', { 'but-after-praise': 'However' }],
  ['Nothing but praise from the client about your report.', {}],
  ['It wasn’t clear, but I think the idea is right.', {}],
  ['I wanted to come to the talk, but I was ill.', {}],
  ['You not only met the deadline but also fixed the old bugs.', {}],
  ['The draft is all but finished.', {}],
  ['Last but not least, the appendix is missing.', {}],

  // Identity-coded remarks: a compliment measured against someone's background, gender or age, and phrases that
  // tell someone to act as their gender should.
  ['You are so articulate for someone from your background.', { identity: 'articulate for someone from your background' }],
  ['You did really well for a girl.', { identity: 'well for a girl' }],
  ['Not bad for someone your age.', { identity: 'Not bad for someone your age' }],
  ['She is very confident for a woman in engineering.', { identity: 'confident for a woman' }],
  ['Where are you really from?', { identity: 'Where are you really from' }],
  ['Man up and ask for the extension.', { identity: 'Man up' }],
  ['You throw like a girl.', { identity: 'like a girl' }],
  ['Big boys don’t cry.', { identity: 'boys don’t cry' }],
  ['This bursary is for students from your background.', {}],
  ['There is a good scheme for first generation students.', {}],
  ['That is a good talk for people from any background.', {}],
  ['The workshop was useful for someone new to the field.', {}],
  ['The man up front is our chair.', {}],

  // Dismissing a reaction instead of describing behaviour
  ['Stop being so sensitive.', { dismissive: 'so sensitive' }],
  ['You are overreacting to one comment.', { dismissive: 'overreacting' }],
  ['Toughen up, it was only one bad review.', { dismissive: 'Toughen up' }],
  ['You’re too touchy about the budget.', { dismissive: 'too touchy' }],
  ['Don’t be so sensitive about it.', { dismissive: 'Don’t be so sensitive' }],
  ['The sensor may be too sensitive for field work.', {}],
  ['The test is too sensitive to small changes.', {}],
  ['This is a sensitive topic, so I will keep it between us.', {}],
  ['I hope I am not overreacting.', {}],
  ['You were sensitive to how the team felt after the merger.', {}],

  // Good feedback passes whole
  ['In Tuesday’s client call, you answered three questions meant for Priya.', {}],
  ['Next time, would you be willing to pause and look at Priya before answering?', {}],
  ['What were you aiming for there?', {}],
  ['You rehearsed the opening three times and cut the jargon.', {}],
  ['I was worried when the draft arrived on the deadline.', {}],
  ['Could you let me talk it through first, and then ask if I want ideas?', {}],
  ['<img src=x onerror=alert(1)>', {}],

  // Several at once
  [
    'You’re always so smart, but you need to be on time.',
    { absolute: 'always', 'ability-praise': 'smart', 'but-after-praise': 'but', demand: 'need to' },
  ],
  ['You are a natural, but you rush the ending.', { 'ability-praise': 'a natural', 'but-after-praise': 'but' }],
  ['I feel like you never listen and you are rude to the team.', { 'feel-that': 'I feel like you', absolute: 'never', label: 'rude' }],
];

describe('language check: which rules fire on which words', () => {
  it('has a table of at least 80 sentences', () => {
    expect(table.length).toBeGreaterThanOrEqual(80);
  });

  it.each(table)('%s', (text, expected) => {
    const flags = explained(text);
    const got: Record<string, string[]> = {};
    for (const f of flags) (got[f.ruleId] ??= []).push(f.found);
    const want = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
    expect(got).toEqual(want);
    for (const f of flags) {
      expect(text.slice(f.start, f.end)).toBe(f.found);
      expect(f.why.length).toBeGreaterThan(20);
      expect(f.suggestion.length).toBeGreaterThan(10);
      expect(f.source).toMatch(/\d{4}/);
    }
  });
});

describe('language check: details', () => {
  it('gives offsets into the text as written', () => {
    const [flag] = wordFlags('So you always do this.');
    expect(flag).toMatchObject({ ruleId: 'absolute', start: 7, end: 13, found: 'always' });
  });

  it('cites Snyder for gendered labels and Kluger & DeNisi for other labels', () => {
    const [gendered, plain] = explained('You were abrasive and lazy.');
    expect(gendered).toMatchObject({ found: 'abrasive', source: 'Snyder, 2014' });
    expect(gendered!.suggestion).toContain('of a man who did the same');
    expect(plain).toMatchObject({ found: 'lazy', source: 'Kluger & DeNisi, 1996' });
  });

  it('explains identity-coded remarks as a rule of their own, and dismissals of a reaction', () => {
    const [backhanded] = explained('You are so articulate for someone from your background.');
    expect(backhanded).toMatchObject({ ruleId: 'identity', textId: 'identity', source: 'Sue et al., 2007' });
    expect(backhanded!.why).toMatch(/background|gender|age/);
    const [manUp] = explained('Man up.');
    expect(manUp).toMatchObject({ ruleId: 'identity', textId: 'identity-gendered' });
    expect(manUp!.why).toContain('gender');
    expect(manUp!.suggestion).not.toBe(backhanded!.suggestion);
    const [sensitive] = explained('Stop being so sensitive.');
    expect(sensitive).toMatchObject({ ruleId: 'dismissive', title: expect.stringMatching(/reaction/i) });
  });

  it('cites the research for each rule', () => {
    const sources = (text: string) => explained(text).map((f) => `${f.ruleId} ${f.source}`);
    expect(sources('You always do that.')).toEqual(['absolute Rosenberg, 2015']);
    expect(sources('You are so smart.')).toEqual(['ability-praise Mueller & Dweck, 1998']);
    expect(sources('Great job!')).toEqual(['vague-praise Hattie & Timperley, 2007']);
    expect(sources('You should ask.')).toEqual(['demand Rosenberg, 2015']);
    expect(sources('I feel that you left early.')).toEqual(['feel-that Rosenberg, 2015']);
    expect(sources('Good draft, but short.')).toEqual(['but-after-praise Scott, 2017']);
  });

  it('keeps the same key while the words around a flag change, so "keep as written" sticks', () => {
    const a = wordFlags('You were lazy.')[0]!;
    const b = wordFlags('Honestly, I think you were Lazy about it.')[0]!;
    expect(flagKey(a)).toBe('label:lazy');
    expect(flagKey(b)).toBe(flagKey(a));
  });

  it('returns flags in the order they appear', () => {
    const flags = wordFlags('You should always be on time, you lazy sod.');
    expect(flags.map((f) => f.ruleId)).toEqual(['demand', 'absolute', 'label']);
  });

  it('looks for the words of the lexicon it is given, and builds its rules once per lexicon', () => {
    const ctx = { mode: 'constructive' as const, fields: full };
    const found = (text: string, lexicon = feedbackLexicon) => lintWith(text, ctx, lexicon).map((f) => `${f.ruleId} ${f.found}`);
    const more = { ...feedbackLexicon, labels: [...feedbackLexicon.labels, 'flaky'], absolutes: ['forever'] };
    expect(found('You were flaky, always.')).toEqual(['absolute always']);
    expect(found('You were flaky, always.', more)).toEqual(['label flaky']);
    expect(found('You were forever late.', more)).toEqual(['absolute forever']);
    expect(wordRules(feedbackLexicon)).toBe(wordRules(feedbackLexicon));
    expect(wordRules(more)).not.toBe(wordRules(feedbackLexicon));
  });

  it('says nothing about an empty or blank message', () => {
    expect(lint('', { mode: 'constructive', fields: emptyFields() })).toEqual([]);
    expect(lint('  \n ', { mode: 'recognition', fields: emptyFields() })).toEqual([]);
  });
});

describe('language check: missing parts and length', () => {
  const missing = (mode: Mode, fields: Partial<Fields>) =>
    lint('Some words.', { mode, fields: { ...emptyFields(), ...fields } })
      .filter((f: Flag) => f.ruleId === 'missing-part')
      .map((f) => f.key);

  it('constructive feedback needs a situation, behaviour, impact and next step; the intent question is optional', () => {
    expect(missing('constructive', {})).toEqual(['situation', 'behaviour', 'impact', 'request']);
    expect(missing('constructive', { situation: 'In the call', behaviour: 'you', impact: 'so', request: 'could you' })).toEqual([]);
    expect(missing('constructive', { situation: 'In the call', behaviour: 'you', request: 'could you' })).toEqual(['impact']);
    expect(missing('constructive', { situation: '   ', behaviour: 'you', impact: 'so', request: 'could you' })).toEqual(['situation']);
  });

  it('recognition needs what they did, the effort or strategy, and the impact', () => {
    expect(missing('recognition', { behaviour: 'x', impact: 'y' })).toEqual(['effort']);
    expect(missing('recognition', { behaviour: 'x', effort: 'z', impact: 'y' })).toEqual([]);
    // Parts of another mode do not count.
    expect(missing('recognition', { situation: 'x', request: 'y' })).toEqual(['behaviour', 'effort', 'impact']);
  });

  it('feedforward needs one behaviour and ideas for next time', () => {
    expect(missing('feedforward', {})).toEqual(['behaviour', 'ideas']);
    expect(missing('feedforward', { behaviour: 'x', ideas: 'y' })).toEqual([]);
  });

  it('a missing part is a flag about the whole message, named and explained', () => {
    const flag = lint('Hello.', { mode: 'constructive', fields: { ...full, impact: '' } }).find((f) => f.ruleId === 'missing-part')!;
    expect(flag).toMatchObject({ start: 0, end: 0, found: 'impact', key: 'impact' });
    expect(explain(flag, feedbackTexts)).toMatchObject({ title: 'Missing: impact', source: 'Hattie & Timperley, 2007' });
    expect(explain(flag, feedbackTexts).suggestion).toBe(`Add it. ${feedbackTexts.parts.constructive.impact![1]}`);
  });

  it('flags a message too long to say in about a minute, and not one that fits', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const ruleIds = (n: number) => lint(words(n), { mode: 'constructive', fields: full }).map((f) => f.ruleId);
    expect(ruleIds(WORDS_PER_MINUTE)).toEqual([]);
    expect(ruleIds(WORDS_PER_MINUTE + 1)).toEqual(['too-long']);
    const flag = lint(words(200), { mode: 'feedforward', fields: full })[0]!;
    expect(flag).toMatchObject({ found: '200 words', key: 'length', start: 0, end: 0 });
  });
});
