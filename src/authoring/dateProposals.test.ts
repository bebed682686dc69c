import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOfDay } from '../dataset/calendar';
import { dayNumber, isoDay, parseEdtf } from '../dataset/edtf';
import { type DateProposal, proposeDate, proposeDates } from './dateProposals';

const SUNDAY = '2021-10-10'; // the seed article's publication
const WEDNESDAY = '2021-10-13';
const SATURDAY = '2021-10-09';
const NEW_YEAR = '2021-01-02'; // a Saturday, two days into the year

interface Row {
  published: string;
  text: string;
  /** The first proposal's value, or null for none. */
  value: string | null;
  expression?: string;
  /** Exactly these alternatives, in order (when given). */
  alternatives?: string[];
}

/** The seed article's own sentences (data/sources/latin-post-2021-10-us-taliban-doha.txt). */
const SEED: Row[] = [
  {
    published: SUNDAY,
    text: 'The Taliban on Sunday confirmed that the U.S. would provide humanitarian aid to Afghanistan despite not recognizing the new Taliban rulers of the South Asian country.',
    value: '2021-10-10',
    expression: 'on Sunday',
    alternatives: [],
  },
  {
    published: SUNDAY,
    text: 'The statement came after the face-to-face meetings between senior representatives of the Taliban and a U.S. delegation in Doha, Qatar over the weekend.',
    value: '2021-10-09/2021-10-10',
    expression: 'over the weekend',
    alternatives: [],
  },
  {
    published: SUNDAY,
    text: "It's the first such meeting between the two sides since the chaotic withdrawal of U.S. troops from Afghanistan in late August.",
    value: '2021-08~',
    expression: 'in late August',
    // "It's" is present tense, which leaves the side of publication open.
    alternatives: ['2021-08-21/2021-08-31', '2022-08~'],
  },
  {
    published: SUNDAY,
    text: 'But while the Taliban has signaled flexibility on evacuations, the group on Saturday said there will be no cooperation with the U.S. in containing the increasingly active Islamic State (IS) group in Afghanistan.',
    value: '2021-10-09',
    expression: 'on Saturday',
    alternatives: [],
  },
  {
    published: SUNDAY,
    text: 'Since the Taliban took power, the Islamic State in Khorasan Province (ISKP or ISIS-K) has ramped up attacks in Afghanistan, particularly targeting the Shia Hazara community.',
    value: null,
  },
  {
    published: SUNDAY,
    text: "The ISKP, a foe of the Taliban, has claimed responsibility for Friday's suicide bombing that killed 46 people at a Shia mosque.",
    value: '2021-10-08',
    expression: "Friday's",
    alternatives: [],
  },
  {
    published: SUNDAY,
    text: 'Taliban has gained full control of Afghanistan after the U.S. military left on August 30.',
    value: '2021-08-30',
    expression: 'on August 30',
    // The other year is always offered.
    alternatives: ['2022-08-30'],
  },
  {
    published: SUNDAY,
    text: 'In a less detailed statement, the U.S. said that both sides discussed the U.S.\' provision of "robust humanitarian assistance, directly to the Afghan people."',
    value: null,
  },
  {
    published: SUNDAY,
    text: 'After the talks held in Doha, Taliban spokesperson Suhail Shaheen told the Associated Press that the group would ensure that Afghan land would not be used again by extremists to launch attacks against other countries.',
    value: null,
  },
  {
    published: SUNDAY,
    text: 'READ NEXT: Last Plane Carrying Americans Departs Afghanistan as Pres. Joe Biden Breaks Promise to Stay Until Every American Evacuated',
    value: null,
  },
  { published: SUNDAY, text: 'The Biden administration condemned the attack.', value: null },
];

const ROWS: Row[] = [
  ...SEED,
  // "since" next to a date opens an interval; "since" before a clause does not.
  {
    published: SUNDAY,
    text: 'Attacks have multiplied since the U.S. withdrawal on Aug. 30.',
    value: '2021-08-30',
    expression: 'on Aug. 30',
  },
  {
    published: SUNDAY,
    text: 'The troops have been there since Aug. 30.',
    value: '2021-08-30/..',
    expression: 'since Aug. 30',
    alternatives: ['2022-08-30/..', '2021-08-30', '2022-08-30'],
  },
  {
    published: SUNDAY,
    text: 'Fighting has continued since late May.',
    value: '2021-05~/..',
    expression: 'since late May',
    alternatives: ['2021-05-21/..', '2022-05~/..', '2021-05~', '2021-05-21/2021-05-31', '2022-05~'],
  },
  {
    published: SUNDAY,
    text: 'Protests have been held every week since March 2020.',
    value: '2020-03/..',
    expression: 'since March 2020',
  },
  // Weekdays, Sunday publication.
  {
    published: SUNDAY,
    text: 'He said last Tuesday that talks would go on.',
    value: '2021-10-05',
    expression: 'last Tuesday',
    alternatives: ['2021-09-28'],
  },
  {
    published: SUNDAY,
    text: 'The talks will resume on Friday.',
    value: '2021-10-15',
    expression: 'on Friday',
    alternatives: [],
  },
  {
    published: SUNDAY,
    text: 'The summit is scheduled for next Friday.',
    value: '2021-10-15',
    expression: 'for next Friday',
    alternatives: ['2021-10-22'],
  },
  {
    published: SUNDAY,
    text: "Officials say Friday's attack was planned abroad.",
    value: '2021-10-08',
    // Present tense: read as past, the future reading offered.
    alternatives: ['2021-10-15'],
  },
  {
    published: SUNDAY,
    text: 'The mosque was attacked on Friday, Oct. 8.',
    value: '2021-10-08',
    expression: 'on Friday, Oct. 8',
  },
  {
    published: SUNDAY,
    text: 'From Monday to Wednesday the city was shut.',
    value: '2021-10-04/2021-10-06',
    expression: 'From Monday to Wednesday',
  },
  {
    published: SUNDAY,
    text: 'They met last weekend.',
    value: '2021-10-02/2021-10-03',
    alternatives: ['2021-09-25/2021-09-26'],
  },
  // Relative days, weeks, months, years.
  { published: SUNDAY, text: 'Officials met yesterday.', value: '2021-10-09' },
  {
    published: SUNDAY,
    text: 'Protesters gathered in Kabul this morning.',
    value: '2021-10-10',
    expression: 'this morning',
  },
  { published: SUNDAY, text: 'Aid arrived today.', value: '2021-10-10', expression: 'today' },
  { published: SUNDAY, text: 'The attack happened three days ago.', value: '2021-10-07' },
  {
    published: SUNDAY,
    text: 'They met two weeks ago.',
    // Counted in weeks: the week (Monday to Sunday) two weeks back, as TimeML reads it.
    value: '2021-09-20/2021-09-26',
    alternatives: ['2021-09-26~', '2021-09-26'],
  },
  {
    published: SUNDAY,
    text: 'The envoy visited Kabul last week.',
    value: '2021-09-27/2021-10-03',
    expression: 'last week',
    alternatives: ['2021-10-03/2021-10-09'],
  },
  { published: SUNDAY, text: 'Prices rose sharply last month.', value: '2021-09' },
  { published: SUNDAY, text: 'Elections were held last year.', value: '2020' },
  {
    published: SUNDAY,
    text: 'The talks began earlier this month.',
    value: '2021-10-01/2021-10-09',
    expression: 'earlier this month',
    alternatives: ['2021-10'],
  },
  { published: SUNDAY, text: 'A new round of talks is expected next month.', value: '2021-11' },
  { published: SUNDAY, text: 'The election will be held next year.', value: '2022' },
  {
    published: SUNDAY,
    text: 'The aid will arrive within a week.',
    value: '2021-10-10/2021-10-17',
  },
  { published: SUNDAY, text: 'Attacks rose in the past week.', value: '2021-10-03/2021-10-10' },
  // Explicit dates in newspaper styles.
  {
    published: SUNDAY,
    text: 'The deal was signed on 30 August.',
    value: '2021-08-30',
    expression: 'on 30 August',
  },
  {
    published: SUNDAY,
    text: 'The deal was signed August 30, 2021.',
    value: '2021-08-30',
    expression: 'August 30, 2021',
  },
  { published: SUNDAY, text: 'The bombing on Oct. 8 killed dozens.', value: '2021-10-08' },
  {
    published: SUNDAY,
    text: 'The vote is due to take place on Dec. 30.',
    value: '2021-12-30',
    alternatives: ['2020-12-30'],
  },
  // Months, parts of months and years, years, decades.
  { published: SUNDAY, text: 'The offensive began in May.', value: '2021-05' },
  { published: SUNDAY, text: 'Fighting broke out again in March.', value: '2021-03' },
  {
    published: SUNDAY,
    text: 'It rained in mid-September.',
    value: '2021-09~',
    expression: 'in mid-September',
    alternatives: ['2021-09-11/2021-09-20', '2022-09~'],
  },
  {
    published: SUNDAY,
    text: 'Talks are planned for early November.',
    value: '2021-11~',
    alternatives: ['2021-11-01/2021-11-10', '2020-11~'],
  },
  {
    published: SUNDAY,
    text: 'The last convoy left at the end of August.',
    value: '2021-08~',
    expression: 'at the end of August',
  },
  {
    published: SUNDAY,
    text: 'Last August the troops left.',
    value: '2021-08',
    expression: 'Last August',
    alternatives: ['2020-08'],
  },
  { published: SUNDAY, text: 'He left in August last year.', value: '2020-08' },
  {
    published: SUNDAY,
    text: 'In 2019, the talks collapsed.',
    value: '2019',
    expression: 'In 2019',
  },
  {
    published: SUNDAY,
    text: 'The commission will report in early 2022.',
    value: '2022~',
    alternatives: ['2022-01/2022-04'],
  },
  {
    published: SUNDAY,
    text: 'The Taliban ruled Afghanistan from 1996 to 2001.',
    value: '1996/2001',
    expression: 'from 1996 to 2001',
  },
  {
    published: SUNDAY,
    text: 'The group grew in the 1990s.',
    value: '1990/1999',
    expression: 'in the 1990s',
  },
  {
    published: SUNDAY,
    text: 'The group was founded in the late 1990s.',
    value: '1997/1999',
    alternatives: ['1990/1999'],
  },
  { published: SUNDAY, text: "It happened in the '90s.", value: '1990/1999' },
  // "by", "until".
  {
    published: SUNDAY,
    text: 'The withdrawal must be finished by December.',
    value: '2021-10-10/2021-12',
    expression: 'by December',
    alternatives: ['../2021-12', '../2020-12', '2021-12', '2020-12'],
  },
  {
    published: SUNDAY,
    text: 'By December the troops had left.',
    value: '../2020-12',
    expression: 'By December',
  },
  {
    published: SUNDAY,
    text: 'The report is due by the end of the year.',
    // The end of the year, its last four months (2021-09/2021-12), from publication.
    value: '2021-10-10/2021-12',
    expression: 'by the end of the year',
  },
  { published: SUNDAY, text: 'The ceasefire will hold until March.', value: '../2022-03' },
  {
    published: SUNDAY,
    text: "Dozens were killed by Friday's blast.",
    value: '2021-10-08',
    expression: "Friday's",
  },
  // Nothing to date: verbs, names, no temporal words, dates of other events.
  { published: SUNDAY, text: 'Officials may march on the capital.', value: null },
  { published: SUNDAY, text: 'They march together.', value: null },
  { published: SUNDAY, text: 'I may go.', value: null },
  // Holidays are dated from their calendar (holidays.ts), the year as for a date without one.
  { published: SUNDAY, text: 'The May Day parade was cancelled.', value: '2021-05-01' },
  { published: SUNDAY, text: 'It was Good Friday.', value: '2021-04-02' },
  { published: SUNDAY, text: 'The Sunday Times reported it.', value: null },
  { published: SUNDAY, text: 'We sat down in the sun.', value: null },
  { published: SUNDAY, text: 'Officials said the bombing killed 46 people.', value: null },
  {
    published: SUNDAY,
    text: 'The group said two days later that it was responsible.',
    value: null,
  },
  { published: SUNDAY, text: 'The Taliban now control the country.', value: null },
  { published: SUNDAY, text: 'The talks went well, at 10 they stopped.', value: null },
  { published: SUNDAY, text: '', value: null },
  // "9/11" is a name, "every Friday" a recurrence, "Ms. May" a person.
  { published: SUNDAY, text: 'Life has changed since 9/11.', value: null },
  { published: SUNDAY, text: 'Protests are held every Friday.', value: null },
  {
    published: SUNDAY,
    text: 'Ms. May said on Monday that she would resign.',
    value: '2021-10-04',
    expression: 'on Monday',
  },
  {
    published: SUNDAY,
    text: 'The May 2021 elections were disputed.',
    value: '2021-05',
    expression: 'May 2021',
  },
  {
    published: SUNDAY,
    text: 'The 2020 Doha agreement set a deadline.',
    value: '2020',
    expression: '2020',
  },
  {
    published: SUNDAY,
    text: 'The group was founded in the mid-1990s.',
    value: '1994/1996',
    expression: 'in the mid-1990s',
  },
  {
    published: SUNDAY,
    text: 'Officials expect the talks to resume in November.',
    value: '2021-11',
  },
  {
    published: SUNDAY,
    text: 'The bombing, on Friday, killed 46.',
    value: '2021-10-08',
    expression: 'on Friday',
  },
  {
    published: SUNDAY,
    text: 'The meetings took place this past weekend.',
    value: '2021-10-02/2021-10-03',
    expression: 'this past weekend',
  },

  // Wednesday publication.
  {
    published: WEDNESDAY,
    text: 'Officials said on Tuesday that the border would reopen.',
    value: '2021-10-12',
  },
  {
    published: WEDNESDAY,
    text: 'The group on Saturday said it would not cooperate.',
    value: '2021-10-09',
  },
  {
    published: WEDNESDAY,
    text: 'The meetings were held over the weekend.',
    value: '2021-10-09/2021-10-10',
  },
  {
    published: WEDNESDAY,
    text: 'He said last Tuesday that talks would go on.',
    value: '2021-10-12',
    alternatives: ['2021-10-05'],
  },
  { published: WEDNESDAY, text: 'Talks will resume on Friday.', value: '2021-10-15' },
  {
    published: WEDNESDAY,
    text: 'The envoy will visit next Wednesday.',
    value: '2021-10-20',
    alternatives: ['2021-10-27'],
  },
  {
    published: WEDNESDAY,
    text: 'Leaders will meet later this week.',
    value: '2021-10-14/2021-10-17',
  },
  {
    published: WEDNESDAY,
    text: 'The talks began earlier this week.',
    value: '2021-10-11/2021-10-12',
  },
  { published: WEDNESDAY, text: 'Parliament voted last week.', value: '2021-10-04/2021-10-10' },
  {
    published: WEDNESDAY,
    text: 'The Sunday Times reported it on Monday.',
    value: '2021-10-11',
    expression: 'on Monday',
  },
  {
    published: WEDNESDAY,
    text: 'Officials will meet over the weekend.',
    value: '2021-10-16/2021-10-17',
  },
  { published: WEDNESDAY, text: 'Officials met yesterday.', value: '2021-10-12' },

  // Saturday publication.
  { published: SATURDAY, text: 'The Taliban on Sunday confirmed the deal.', value: '2021-10-03' },
  {
    published: SATURDAY,
    text: 'The meetings were held over the weekend.',
    value: '2021-10-02/2021-10-03',
    alternatives: ['2021-10-09/2021-10-10'],
  },
  { published: SATURDAY, text: "The ISKP claimed Friday's bombing.", value: '2021-10-08' },
  {
    published: SATURDAY,
    text: 'Talks will resume on Saturday.',
    value: '2021-10-16',
    alternatives: ['2021-10-09'],
  },
  {
    published: SATURDAY,
    text: 'The foreign minister will travel to Doha on Sunday.',
    value: '2021-10-10',
  },
  { published: SATURDAY, text: 'Negotiators met on Saturday.', value: '2021-10-09' },

  // Near a year boundary: Saturday 2 January 2021.
  {
    published: NEW_YEAR,
    text: 'The bombing happened on Dec. 30.',
    value: '2020-12-30',
    expression: 'on Dec. 30',
  },
  { published: NEW_YEAR, text: 'The vote is set to take place on Dec. 30.', value: '2021-12-30' },
  {
    published: NEW_YEAR,
    text: 'Officials said on Wednesday that the border was open.',
    value: '2020-12-30',
  },
  {
    published: NEW_YEAR,
    text: 'The army withdrew in late December.',
    value: '2020-12~',
    alternatives: ['2020-12-21/2020-12-31', '2021-12~'],
  },
  { published: NEW_YEAR, text: 'The deal was signed on Jan. 5.', value: '2020-01-05' },
  { published: NEW_YEAR, text: 'Officials will meet on Jan. 5.', value: '2021-01-05' },
  { published: NEW_YEAR, text: 'Parliament voted last week.', value: '2020-12-21/2020-12-27' },
  { published: NEW_YEAR, text: 'Elections were held last year.', value: '2020' },
  { published: NEW_YEAR, text: 'The talks began earlier this month.', value: '2021-01-01' },
  { published: NEW_YEAR, text: 'Officials met yesterday.', value: '2021-01-01' },
];

/** Proposals whose words say nothing of the publication day need not name it. */
const ABSOLUTE = /The words give/;

function allValues(proposal: DateProposal): string[] {
  return [proposal.value, ...proposal.alternatives];
}

describe('proposeDates: the table', () => {
  it('has at least 60 sentences over several publication weekdays', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    const weekdays = new Set(ROWS.map((row) => new Date(`${row.published}T12:00Z`).getUTCDay()));
    expect(weekdays.size).toBeGreaterThanOrEqual(3);
  });

  for (const row of ROWS) {
    it(`${row.published}: ${row.text || '(empty)'}`, () => {
      const proposal = proposeDate(row.text, row.published);
      if (row.value === null) {
        expect(proposeDates(row.text, row.published)).toEqual([]);
        expect(proposal).toBeNull();
        return;
      }
      expect(proposal).not.toBeNull();
      if (!proposal) return;
      expect(proposal.value).toBe(row.value);
      if (row.expression !== undefined) expect(proposal.expression).toBe(row.expression);
      if (row.alternatives !== undefined) expect(proposal.alternatives).toEqual(row.alternatives);
      expect(row.text.slice(proposal.start, proposal.end)).toBe(proposal.expression);
      expect(proposal.alternatives).not.toContain(proposal.value);
      for (const value of allValues(proposal)) {
        expect(parseEdtf(value), value).toMatchObject({ ok: true });
      }
      if (!ABSOLUTE.test(proposal.note)) expect(proposal.note).toContain(row.published);
      expect(proposal.note).toMatch(/\.$/);
    });
  }
});

describe('proposeDates: notes, tense, order', () => {
  it('names the weekday of publication and the reasoning', () => {
    const proposal = proposeDate("Friday's bombing killed 46 people.", SUNDAY);
    expect(proposal?.note).toBe(
      'Past tense (“killed”): the Friday before the Sunday publication (2021-10-10): 2021-10-08.',
    );
    expect(proposal?.tense).toBe('past');
  });

  it('says when the news default decided, and offers the other reading', () => {
    const proposal = proposeDate('Talks in Doha on Friday.', SUNDAY);
    expect(proposal?.value).toBe('2021-10-08');
    expect(proposal?.note).toMatch(/^No tense cue, so read as past \(the news default\)/);
    expect(proposal?.alternatives).toEqual(['2021-10-15']);
  });

  it('reads a future auxiliary before a past form as future', () => {
    const proposal = proposeDate('The talks will be held on Friday.', SUNDAY);
    expect(proposal?.value).toBe('2021-10-15');
    expect(proposal?.tense).toBe('future');
    expect(proposal?.note).toMatch(/^Future tense \(“will”\)/);
  });

  it('gives every expression of a sentence, in text order', () => {
    const proposals = proposeDates(
      'The group on Saturday said the attack of Aug. 30 was planned in 2019.',
      SUNDAY,
    );
    expect(proposals.map((p) => [p.expression, p.value])).toEqual([
      ['on Saturday', '2021-10-09'],
      ['Aug. 30', '2021-08-30'],
      ['in 2019', '2019'],
    ]);
    for (let i = 1; i < proposals.length; i++) {
      expect(proposals[i]?.start).toBeGreaterThanOrEqual(proposals[i - 1]?.end ?? 0);
    }
  });

  it('flags a weekday that does not fall on the date', () => {
    const proposal = proposeDate('The ceasefire was agreed on Friday, Oct. 8.', NEW_YEAR);
    expect(proposal?.value).toBe('2020-10-08');
    expect(proposal?.note).toContain('It was a Thursday, not a Friday: check the text.');
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '🇦🇫 Officials — “met” on Saturday.';
    const proposal = proposeDate(text, SUNDAY);
    expect(proposal && text.slice(proposal.start, proposal.end)).toBe('on Saturday');
  });

  it('reads a whole article, and a long text in about linear time', () => {
    const article = readFileSync(
      new URL('../../data/sources/latin-post-2021-10-us-taliban-doha.txt', import.meta.url),
      'utf8',
    );
    expect(proposeDates(article, SUNDAY).map((p) => [p.expression, p.value])).toEqual([
      ['on Sunday', '2021-10-10'],
      ['over the weekend', '2021-10-09/2021-10-10'],
      ['in late August', '2021-08~'],
      ['on Saturday', '2021-10-09'],
      ["Friday's", '2021-10-08'],
      ['on August 30', '2021-08-30'],
    ]);
    const started = performance.now();
    expect(proposeDates(article.repeat(20), SUNDAY)).toHaveLength(120);
    // ~0.5 s here; a quadratic step (one had been) takes a minute.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('rejects a publication day that is not a calendar day', () => {
    for (const published of ['2021-02-30', '10/10/2021', '', '2021-1-2']) {
      expect(() => proposeDates('on Friday', published)).toThrow(RangeError);
    }
  });
});

describe('proposeDates: properties', () => {
  const SENTENCES = [
    'The Taliban on Sunday confirmed the deal.',
    "The ISKP claimed Friday's bombing.",
    'The meetings were held over the weekend.',
    'Talks will resume on Wednesday.',
    'He said last Tuesday that talks would go on.',
    'The bombing happened on Dec. 30.',
    'Officials will meet on Feb. 29.',
    'The army withdrew in late December.',
    'The talks began earlier this month.',
    'Leaders will meet later this week.',
    'Parliament voted last week.',
    'Fighting has continued since late May.',
    'The withdrawal must be finished by December.',
    "It happened in the '90s.",
    'They met two weeks ago.',
    'The war lasted from 2001 to 1996.',
    'The fair ran from Dec. 28 to Jan. 3.',
    'The shop was shut from Wednesday to Monday.',
  ];
  const days = fc.integer({
    min: dayNumber({ year: 1900, month: 1, day: 1 }),
    max: dayNumber({ year: 2100, month: 12, day: 31 }),
  });

  it('emits only EDTF the app parses, on any publication day', () => {
    fc.assert(
      fc.property(days, fc.constantFrom(...SENTENCES), (day, text) => {
        for (const proposal of proposeDates(text, isoDay(day))) {
          for (const value of allValues(proposal)) expect(parseEdtf(value).ok, value).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('places a past weekday in the week up to publication and a future one in the week after', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 6 }), (day, weekday) => {
        const name = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
          weekday
        ];
        const past = proposeDate(`Officials met on ${name}.`, isoDay(day));
        const future = proposeDate(`Officials will meet on ${name}.`, isoDay(day));
        const pastDay = past && parseEdtf(past.value);
        const futureDay = future && parseEdtf(future.value);
        if (!pastDay?.ok || !futureDay?.ok) throw new Error('no proposal');
        if (pastDay.date.kind !== 'point' || futureDay.date.kind !== 'point')
          throw new Error('not a day');
        const p = pastDay.date.point.first;
        const f = futureDay.date.point.first;
        expect(weekdayOfDay(p)).toBe(weekday);
        expect(weekdayOfDay(f)).toBe(weekday);
        expect(day - p).toBeGreaterThanOrEqual(0);
        expect(day - p).toBeLessThan(7);
        expect(f - day).toBeGreaterThan(0);
        expect(f - day).toBeLessThanOrEqual(7);
      }),
      { numRuns: 200 },
    );
  });
});

describe('proposeDates: time zones', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const cases = ROWS.map((row) => [row.text, row.published]);
  const script = `
    import { proposeDates } from './src/authoring/dateProposals.ts';
    const cases = ${JSON.stringify(cases)};
    const offset = new Date(2021, 9, 10).getTimezoneOffset();
    console.log(JSON.stringify({ offset, proposals: cases.map(([t, p]) => proposeDates(t, p)) }));
  `;
  const run = promisify(execFile);

  it('proposes the same dates in every time zone', { timeout: 30_000 }, async () => {
    const zones = ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];
    const outputs = await Promise.all(
      zones.map((TZ) =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: root,
          env: { ...process.env, TZ },
        }),
      ),
    );
    const results = outputs.map(
      ({ stdout }) => JSON.parse(stdout) as { offset: number; proposals: unknown },
    );
    // The zones really differ …
    expect(results.map((result) => result.offset)).toEqual([420, -840, 0]);
    // … and the proposals do not, nor from this process's.
    const here = cases.map(([text, published]) => proposeDates(text ?? '', published ?? ''));
    for (const result of results) expect(result.proposals).toEqual(here);
  });
});
