// Large data, for npm run bench (issue 16): how long a tool takes to open and to answer a keystroke at ten times a
// heavy real use, and that data far past any real use is refused with a message. Heavy real use is taken as a plan of
// 30 goals with 20 milestones each and 50 check-ins, and a 20,000-character feedback note; ten times that is
// 300 goals, 6,000 milestones, 500 check-ins, and a 200,000-character note.

const SAVED = '2026-11-01T10:00:00.000Z';
const envelope = (data) => JSON.stringify({ v: 1, savedAt: SAVED, data });

function goal(i, milestones, checkIns) {
  return {
    id: `g${i}`, title: `Goal ${i}: present the project to the board`, kind: 'project', why: 'It decides next year’s budget.',
    measure: 'The board votes on it', owner: 'Amara', targetDate: '2027-06-01', reality: '', options: '', firstStep: '',
    firstStepDate: '', commitment: 8, raise: '', obstacle: '', ifThen: '', support: '', nextReview: '2027-01-15', archived: false,
    milestones: Array.from({ length: milestones }, (_, j) => ({ id: `m${j}`, text: `Milestone ${j} of goal ${i}`, date: '2027-02-01', done: j % 3 === 0 })),
    checkIns: Array.from({ length: checkIns }, (_, j) => ({ id: `c${j}`, date: '2026-11-01', happened: `We met (${j}) and went through the draft.`, nextMentee: 'Revise', nextMentor: 'Read' })),
  };
}

/**
 * The data sets measured: by tool path, the stored values to seed, the card to open first (past eight goals, cards
 * open closed; the last one is opened, as a person would open the goal they work on) and the field to type into.
 */
export const largeCases = [
  {
    name: '300 goals of 20 milestones, 500 check-ins (ten times a heavy plan)',
    path: '/tools/goals/',
    stores: { goals: { goals: Array.from({ length: 300 }, (_, i) => goal(i, 20, i < 10 ? 50 : 0)) } },
    open: 'details.goal-card',
    field: 'details.goal-card[open] textarea',
  },
  {
    name: '200 goals of 50 milestones',
    path: '/tools/goals/',
    stores: { goals: { goals: Array.from({ length: 200 }, (_, i) => goal(i, 50, 0)) } },
    open: 'details.goal-card',
    field: 'details.goal-card[open] textarea',
  },
  {
    name: 'a 200,000-character feedback note (ten times a long one)',
    path: '/tools/feedback/',
    stores: {
      feedback: {
        openId: 'n1',
        notes: [{
          id: 'n1', createdAt: SAVED, updatedAt: SAVED, mode: 'constructive', direction: 'to-mentee', person: 'Sam',
          goalId: '', goalTitle: '', fields: { situation: '', behaviour: '', impact: '', intent: '', request: '', effort: '', ideas: '' },
          text: 'In the meeting on Tuesday you explained the plan clearly and people followed it. '.repeat(2470).slice(0, 200_000),
          edited: true, dismissed: [],
        }],
      },
    },
    field: '.fb textarea[data-own-wording], .fb textarea:last-of-type',
  },
];

/** Seeds one relationship with these stores, opens the page, and measures opening and typing. */
export async function measureCase(browser, origin, c, keystrokes = 20) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const entries = {
    'gmg:relationships': envelope({ list: [{ id: 'big', me: '', archived: false, example: false, createdAt: SAVED, aliases: [] }], active: 'big' }),
    'gmg:r:big:pair': envelope({ mentee: 'Amara', mentor: 'Lena', startDate: '', reviewDate: '' }),
  };
  for (const [store, data] of Object.entries(c.stores)) entries[`gmg:r:big:${store}`] = envelope(data);
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
  const start = Date.now();
  await page.goto(`${origin}${c.path}`);
  await page.waitForSelector('[data-tool-root][data-mounted]', { state: 'attached', timeout: 120_000 });
  const openMs = Date.now() - start;
  let cardMs = null;
  if (c.open) {
    const cardStart = Date.now();
    await page.locator(c.open).last().locator('summary').click();
    await page.waitForSelector(c.field, { timeout: 120_000 });
    cardMs = Date.now() - cardStart;
  }
  await page.waitForSelector(c.field, { timeout: 120_000 });
  // Each keystroke as the site handles it: from the input event, through the store's update and the render it
  // causes, to the layout after it. The browser's own edit of the field comes before and is not counted: with a
  // 200,000-character text it takes 50 to 150 ms in a bare <textarea> on any page (`floorMs`, measured below).
  const times = await page.evaluate(async ({ selector, n }) => {
    const fields = document.querySelectorAll(selector);
    const field = fields[fields.length - 1];
    field.focus();
    const out = [];
    for (let i = 0; i < n; i++) {
      field.value += 'x';
      void field.offsetHeight;
      const t0 = performance.now();
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
      await new Promise((done) => setTimeout(done, 0));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  }, { selector: c.field, n: keystrokes });
  // The browser's own cost of the same edit in a bare textarea holding the same text, for scale.
  const floor = await page.evaluate(async ({ selector, n }) => {
    const fields = document.querySelectorAll(selector);
    const bare = document.createElement('textarea');
    bare.value = fields[fields.length - 1].value;
    document.body.append(bare);
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      bare.value += 'x';
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    bare.remove();
    return out;
  }, { selector: c.field, n: keystrokes });
  await context.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { name: c.name, openMs, cardMs, keystrokeMs: { median: median(times), max: Math.max(...times) }, floorMs: median(floor) };
}

/** Data past the limits is refused on import, quickly and with a message: 10,000 goals (about 350 KB). */
export async function measureRefusal(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/your-data/`);
  await page.waitForSelector('[data-tool-root][data-mounted]', { state: 'attached' });
  const file = JSON.stringify({
    app: 'good-mentoring-guide', format: 2, exportedAt: SAVED,
    relationships: [{ id: 'big', names: { mentee: 'A', mentor: 'B' }, tools: { goals: { v: 1, savedAt: SAVED, data: { goals: Array.from({ length: 10_000 }, (_, i) => ({ id: `g${i}`, title: `Goal ${i}` })) } } } }],
  });
  const start = Date.now();
  await page.setInputFiles('#import-file', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const message = await page.waitForSelector('[role="alert"]:not(:empty)', { timeout: 60_000 }).then((el) => el.textContent());
  const ms = Date.now() - start;
  await context.close();
  return { bytes: file.length, ms, message: message.trim() };
}
