// The parsers and filters newsChrono.ts adds to chrono-node, each rule in sentences of its own.
import { describe, expect, it } from 'vitest';
import { proposeDate } from './dateProposals';

const MONDAY = '2024-06-10';

function expectDate(text: string, value: string | null, expression?: string, published = MONDAY) {
  const proposal = proposeDate(text, published);
  expect(proposal?.value ?? null, text).toBe(value);
  if (expression !== undefined) expect(proposal?.expression, text).toBe(expression);
}

describe('bare years as modifiers and headings', () => {
  it.each([
    ['A 2019 ruling struck the law down.', '2019', '2019'],
    ['The bank said its 2022 profits doubled.', '2022', '2022'],
    ['For 2023, the airline lost $40 million.', '2023', 'For 2023'],
    ['Voters rejected the pre-2010 rules.', '2010', '2010'],
  ])('%s', (text, value, expression) => expectDate(text, value, expression));

  it.each([
    ['Prices rose in the 2019-20 season.', '2019/2020'],
    ['The 1999-2000 budget was cut.', '1999/2000'],
  ])('reads two years written as a span: %s', (text, value) => expectDate(text, value));

  it.each([
    'The firm laid off its 1200 staff.',
    'Seats were found for 2000 people in the hall.',
    'A 2000-strong crowd gathered.',
  ])('leaves counts alone: %s', (text) => expectDate(text, null));
});

describe('numeric months and days', () => {
  it.each([
    ['Figures for 2023-04 were revised.', '2023-04'],
    ['The index fell in 2022 / 9.', '2022-09'],
    ['Payments resume 10-2024.', '2024-10'],
    ['The filing is due on 7-15.', '2024-07-15'],
  ])('%s → %s', (text, value) => expectDate(text, value));

  it.each([
    'He starred in the 2019-20 season.',
    'Shares rose 4.25 percent.',
    'The team won 3-1 on Sunday.',
  ])('leaves seasons, decimals and scores alone: %s', (text) => {
    const proposal = proposeDate(text, MONDAY);
    expect(proposal === null || !/^\d{4}-\d{2}$/.test(proposal.value)).toBe(true);
  });
});

describe('quarters and halves', () => {
  it.each([
    ['Profit rose in the third quarter of 2022.', '2022-07/2022-09'],
    ['Sales fell in Q1 2023.', '2023-01/2023-03'],
    ['Output grew in 2021 H2.', '2021-07/2021-12'],
    ['Costs rose in the first half of this year.', '2024-01/2024-06'],
    // No year: as for a date without one; the past tense takes the last one over.
    ['Revenue dropped in the first quarter.', '2024-01/2024-03'],
    ['The plant will open in Q4.', '2024-10/2024-12'],
  ])('%s → %s', (text, value) => expectDate(text, value));

  it.each([
    ['Profit rose in the current quarter.', '2024-04/2024-06'],
    ['Sales fell last quarter.', '2024-01/2024-03'],
    ['Margins should widen next quarter.', '2024-07/2024-09'],
    ['The sale will close by year end.', '2024-06-10/2024-12'],
    ["Rates will be cut by year's end.", '2024-06-10/2024-12'],
  ])('counts a quarter from publication: %s → %s', (text, value) => expectDate(text, value));

  it('needs a year for "first half", and capitals for "Q3"', () => {
    expectDate('The home side led in the first half.', null);
    expectDate('He asked q3 of the survey.', null);
  });
});

describe('the rest of a period', () => {
  it.each([
    ['Roads stay shut for the rest of the week.', '2024-06-10/2024-06-16'],
    ['Rain is forecast for the rest of the month.', '2024-06-10/2024-06-30'],
    ['He will sit out the remainder of the year.', '2024-06-10/2024-12-31'],
  ])('%s → %s', (text, value) => expectDate(text, value));
});

describe('the nth weekday of a month', () => {
  it.each([
    ['The vote is on the first Tuesday of next month.', '2024-07-02'],
    ['The fair opened on the last Saturday of last month.', '2024-05-25'],
    ['Markets reopen the second Monday of this month.', '2024-06-10'],
    ['The parade will be held on the fourth Thursday of November.', '2024-11-28'],
    ['The race ran on the first Sunday in May 2022.', '2022-05-01'],
  ])('%s → %s', (text, value) => expectDate(text, value));

  it('takes "the second Sunday in a row" as a count, leaving only the weekday', () => {
    expectDate('They lost for the second Sunday in a row.', '2024-06-09', 'Sunday');
  });
});

describe('a day of the month without its month', () => {
  it.each([
    // Past: the latest such day up to publication; future: the next.
    ['The strike began on the 3rd.', '2024-06-03'],
    ['The strike will begin on the 21st.', '2024-06-21'],
    ['The strike began on the 21st.', '2024-05-21'],
    // A weekday picks the month where they agree, nearest to publication.
    ['Polls closed on Sunday the 2nd.', '2024-06-02'],
    ['The fund pays out on the 15th of next month.', '2024-07-15'],
  ])('%s → %s', (text, value) => expectDate(text, value));

  it.each(['The 21st century began.', 'It was the 3rd time he won.', 'Their 2nd album sold well.'])(
    'leaves ordinals of other things alone: %s',
    (text) => expectDate(text, null),
  );

  it('takes "on the 2nd ballot" as no day, leaving the weekday', () => {
    expectDate('He won on the 2nd ballot Friday.', '2024-06-07', 'Friday');
  });
});

describe('ranges of days under one month', () => {
  it.each([
    ['The office is shut from 3 to 7 next month.', '2024-07-03/2024-07-07'],
    ['Talks ran between 4 and 9 of March.', '2024-03-04/2024-03-09'],
    ['The show runs from 12 to September 20, 2025.', '2025-09-12/2025-09-20'],
    ['Between March 1 and March 10, rain fell daily.', '2024-03-01/2024-03-10'],
    ['Talks ran between May 28 and June 3.', '2024-05-28/2024-06-03'],
  ])('%s → %s', (text, value) => expectDate(text, value));
});

describe('months in lower case and dates with slashes', () => {
  it.each([
    ['The show ran until june 2022.', '../2022-06'],
    ['Tickets go on sale next february.', '2025-02'],
    ['The bridge opened on 2023-oct-3.', '2023-10-03'],
    ['The levy applies from 3/15.', '2024-03-15'],
    ['Voting runs from 6/20 to 7/2.', '2024-06-20/2024-07-02'],
  ])('%s → %s', (text, value) => expectDate(text, value));

  it.each([
    'Troops will march on the city.',
    'It may rain.',
    'An august body met.',
    'Nothing was the same after 9/11.',
    'The shop is open 24/7.',
    'About 3/4 of voters agreed.',
    'The ratio was 3/5.',
    'April Glaspie, the envoy, spoke.',
  ])('leaves verbs, adjectives, names and fractions alone: %s', (text) => expectDate(text, null));
});

describe('weeks named with a weekday, the coming weekend and next days', () => {
  it.each([
    // Published on a Monday.
    ['The vote is next week on Thursday.', '2024-06-20'],
    ['We met last week Tuesday.', '2024-06-04'],
    ['The meeting is this week Friday.', '2024-06-14'],
    // "next Sunday" on a Monday: the Sunday of next week, not six days on.
    ['The race is next Sunday.', '2024-06-23'],
    // "this weekend" on a weekday: the one ahead.
    ['Storms are due this weekend.', '2024-06-15/2024-06-16'],
    ['Trains are cancelled for the next 3 days.', '2024-06-11/2024-06-13'],
    ['Prices will rise in the coming month.', '2024-07'],
    ['Sales are flat in the current year.', '2024'],
    ['Staff meet this week 9am.', '2024-06-10/2024-06-16'],
  ])('%s → %s', (text, value) => expectDate(text, value));
});

describe('an indefinite weekday or weekend, and the week of a day', () => {
  it('takes "a weekend of talks" as no particular weekend', () => {
    expectDate('After a weekend of talks, the deal was signed today.', '2024-06-10', 'today');
  });

  it.each([
    ['The trial opens the week of July 10.', '2024-07-08/2024-07-14', 'the week of July 10'],
    [
      'Shops reopen the week starting July 10.',
      '2024-07-10/2024-07-16',
      'the week starting July 10',
    ],
  ])('%s → %s', (text, value, expression) => expectDate(text, value, expression));

  it('reads "three weeks ago" as that week', () => {
    expectDate('The strike began three weeks ago.', '2024-05-20/2024-05-26');
  });
});

describe('a year ago, a year earlier, the end of the month', () => {
  it.each([
    ['Profit rose from $3 million a year ago.', '2023-06-10~', ['2023-06-10', '2023']],
    [
      'Sales were $9 million, against $7 million a year earlier.',
      '2023-06-10~',
      ['2023-06-10', '2023'],
    ],
    ['Rents were lower a month ago.', '2024-05-10~', ['2024-05-10', '2024-05']],
  ])('%s → %s', (text, value, alternatives) => {
    const proposal = proposeDate(text, MONDAY);
    expect(proposal?.value).toBe(value);
    expect(proposal?.alternatives).toEqual(alternatives);
  });

  it('still drops "two days later", dated from another event', () => {
    expectDate('The rebels struck two days later.', null);
  });

  it.each([
    ['The fund closes at the end of the month.', '2024-06-21/2024-06-30'],
    ['A decision is expected by the end of the year.', '2024-06-10/2024-12'],
    ['Prices rose at the beginning of the month.', '2024-06-01/2024-06-10'],
  ])('reads "the end of the month" as its last days: %s', (text, value) => expectDate(text, value));

  it('puts "the end of the year" in the year just ended when a past verb says so', () => {
    expectDate(
      'Toward the end of the year, rates rose.',
      '2023-09/2023-12',
      undefined,
      '2024-01-15',
    );
    expectDate(
      'Rates will rise toward the end of the year.',
      '2024-09/2024-12',
      undefined,
      '2024-01-15',
    );
  });
});

describe('a delay names a day ahead', () => {
  it.each([
    // Published on a Monday: "postponed until Friday" is the coming Friday, not the last one.
    ['The vote was postponed until Friday.', '../2024-06-14'],
    ['The hearing was delayed until June 20.', '../2024-06-20'],
  ])('%s → %s', (text, value) => expectDate(text, value));
});

describe('small words', () => {
  it('reads "fiscal 2023" as the year', () =>
    expectDate('Profit fell in fiscal 2023.', '2023', '2023'));
  it('takes "in the month" as a period named elsewhere, not a month from now', () =>
    expectDate('Exports fell 3% in the month.', null));
  it('takes "for an hour" as a duration, no date', () => {
    expectDate('Trading was halted for 30 minutes.', null);
    expectDate('He spoke for an hour on Friday.', '2024-06-07', 'on Friday');
  });
  it('takes "died" as a past verb', () =>
    expect(proposeDate('He died Friday at 80.', MONDAY)?.note).toMatch(/^Past tense \(“died”\)/));
});
