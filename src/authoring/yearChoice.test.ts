import { describe, expect, it } from 'vitest';
import { proposeDate } from './dateProposals';
import { tenseOf } from './tense';
import { isModifier, leanOf } from './yearChoice';

/** A Tuesday, three weeks before the end of a year. */
const DEC_9 = '2025-12-09';
/** A Monday early in a year. */
const JAN_5 = '2026-01-05';

function at(sentence: string, words: string): [number, number] {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${sentence}"`);
  return [start, start + words.length];
}

function lean(sentence: string, words: string) {
  const [start, end] = at(sentence, words);
  return leanOf(sentence, start, end, tenseOf(sentence, start, end)).lean;
}

describe('leanOf: the side of publication of a date without a year', () => {
  it.each([
    ['The new tariff will apply from Feb. 2.', 'Feb. 2', 'forward'],
    ['The rule takes effect March 1.', 'March 1', 'nearest'],
    ['Parliament resumes sitting Jan. 20.', 'Jan. 20', 'nearest'],
    ['The ferry sank on Nov. 30.', 'Nov. 30', 'back'],
    ['The panel summoned her to testify before it on Jan. 9.', 'Jan. 9', 'nearest'],
    ['He was sentenced to death on Jan. 9.', 'Jan. 9', 'back'],
    ['The court had ruled on Nov. 30.', 'Nov. 30', 'back'],
    // The inviting is past; the summit it invites to is not said to be.
    ['The mayor has invited donors to a gala on Feb. 14.', 'Feb. 14', 'nearest'],
    // A past verb that only reports a deadline.
    ['The minister gave no reason for the Jan. 31 deadline.', 'Jan. 31', 'nearest'],
    ['Officials said the bonds are due Feb. 1.', 'Feb. 1', 'forward'],
    ['The union set a Feb. 6 strike date.', 'Feb. 6', 'nearest'],
    ['The ban was extended until Feb. 28.', 'Feb. 28', 'nearest'],
    ['Talks in Geneva on Jan. 12.', 'Jan. 12', 'nearest'],
    ['The judge let the family stay until March 6.', 'until March 6', 'nearest'],
    ['By March 6 the family had left.', 'By March 6', 'back'],
    ['The pilot was last seen Nov. 3, the day before the search began.', 'Nov. 3', 'back'],
  ])('%s (%s) → %s', (sentence, words, expected) => {
    expect(lean(sentence, words)).toBe(expected);
  });

  it('takes a date before a noun as its modifier, not one before a verb or preposition', () => {
    const modifier = (sentence: string, words: string) =>
      isModifier(sentence, ...at(sentence, words));
    expect(modifier('The Jan. 31 deadline passed.', 'Jan. 31')).toBe(true);
    expect(modifier('a March 3 referendum', 'March 3')).toBe(true);
    expect(modifier('On Jan. 31 the deadline passed.', 'Jan. 31')).toBe(false);
    expect(modifier('the Jan. 31 and Feb. 2 votes', 'Jan. 31')).toBe(false);
  });
});

describe('proposeDate: a month and day without a year', () => {
  it.each([
    // Weeks after publication, read the way the sentence says.
    [DEC_9, 'The new rules take effect Jan. 2.', '2026-01-02', ['2025-01-02']],
    [DEC_9, 'The company will buy back the notes on Jan. 15.', '2026-01-15', ['2025-01-15']],
    [DEC_9, 'Lawmakers were told to vote by a Jan. 9 deadline.', '2026-01-09', ['2025-01-09']],
    [DEC_9, 'The mayor has invited donors to a gala on Jan. 3.', '2026-01-03', ['2025-01-03']],
    // A simple past keeps it before publication, however near the next one is.
    [DEC_9, 'The strike began on Dec. 20.', '2024-12-20', ['2025-12-20']],
    // Just after New Year, a December date is the one just gone.
    [JAN_5, 'The rule takes effect Dec. 30.', '2025-12-30', ['2026-12-30']],
    [JAN_5, 'A Dec. 28 storm flooded the coast.', '2025-12-28', ['2026-12-28']],
    // Nearest, a day ahead weighing one and a half behind: about as far either side, the past.
    [
      '2025-05-06',
      'Police have searched since shortly after the Oct. 20 fire.',
      '2024-10-20',
      ['2025-10-20'],
    ],
    // A month alone, nearest when nothing says.
    [DEC_9, 'Delegates can take part in planning the congress in March.', '2026-03', ['2025-03']],
  ])('%s: %s → %s', (published, text, value, alternatives) => {
    const proposal = proposeDate(text, published);
    expect(proposal?.value).toBe(value);
    expect(proposal?.alternatives).toEqual(alternatives);
    expect(proposal?.note).toMatch(/^No year given\./);
  });

  it('says why, naming the cue', () => {
    expect(proposeDate('The new rules take effect Jan. 2.', DEC_9)?.note).toBe(
      "No year given. “take effect” looks ahead, whatever the verb's tense, so the January 2 nearest to the Tuesday publication (2025-12-09) is 2026-01-02.",
    );
  });

  it('takes the year a weekday agrees with when that is within a week of publication', () => {
    // 2025-12-12 is a Friday, three days after publication, though the verb is past.
    const proposal = proposeDate('The paper said in its leader on Friday, Dec. 12:', DEC_9);
    expect(proposal?.value).toBe('2025-12-12');
    expect(proposal?.note).toContain('It is a Friday, as the text says.');
  });

  it('keeps the date given after "the night of" or "the morning of"', () => {
    expect(proposeDate('He was shot on the night of Friday, Nov. 21.', DEC_9)?.value).toBe(
      '2025-11-21',
    );
    expect(proposeDate('The fire broke out on the morning of Nov. 2.', DEC_9)?.value).toBe(
      '2025-11-02',
    );
  });

  it('reads "until March 6" as the day, not the month', () => {
    const proposal = proposeDate('The order keeps him in the city until March 6.', '2026-01-15');
    expect(proposal?.expression).toBe('until March 6');
    expect(proposal?.value).toBe('../2026-03-06');
  });
});

describe('tenseOf: what is no cue', () => {
  const tense = (sentence: string, words: string) => tenseOf(sentence, ...at(sentence, words));
  it('"next to" is a place, not the future', () => {
    expect(
      tense('Two were killed in the blast next to the station on Friday.', 'Friday'),
    ).toMatchObject({
      tense: 'past',
      cue: 'killed',
    });
  });

  it('"later Tuesday" is a time of that day, and the verb decides', () => {
    expect(tense('Later Tuesday, the envoy flew home.', 'Tuesday')).toMatchObject({
      tense: 'past',
      cue: 'flew',
    });
  });

  it('"planned" is past unless it stands after a form of "be" or before "for"', () => {
    expect(tense('On Monday the council planned to close the road.', 'On Monday').tense).toBe(
      'past',
    );
    expect(tense('A rally is planned for Monday.', 'Monday').tense).toBe('future');
    expect(tense('A hastily planned visit ended on Monday.', 'on Monday').tense).toBe('past');
  });

  it('marks a present perfect', () => {
    expect(tense('The mayor has invited them to a gala on Jan. 3.', 'on Jan. 3')).toEqual({
      tense: 'past',
      cue: 'invited',
      perfect: true,
    });
  });
});

describe('weekdays by the lean of the sentence', () => {
  // A Saturday.
  const SATURDAY = '2025-12-13';
  it.each([
    // A deadline word outweighs a future verb elsewhere in the sentence: the nearer Friday.
    ['The court said the papers must be filed, and named Friday as the deadline.', '2025-12-12'],
    // A reported "would" is a future seen from the report: ahead.
    ['Officials announced in Rome that the envoy would be flying home Sunday.', '2025-12-14'],
    ['The results would be out Thursday, officials said.', '2025-12-18'],
    // A possessive date under a future verb names an event: the nearer one.
    ['Lawyers said they would appeal Wednesday’s ruling.', '2025-12-10'],
    // "ahead of" awaits it.
    ['Police were deployed ahead of Tuesday’s vote.', '2025-12-16'],
    // An unreported "would" leaves the time open: the nearer one.
    ['The envoy would be flying home Sunday if talks failed.', '2025-12-14'],
    ['The vote would have passed Thursday without the boycott.', '2025-12-11'],
    // A cue across "that" counts less than the verb of the date's own clause.
    ['Mayors warned officials Thursday that they should expect no help.', '2025-12-11'],
  ])('%s → %s', (text, value) => {
    expect(proposeDate(text, SATURDAY)?.value).toBe(value);
  });

  it('says so in the note when the nearer day wins against the tense', () => {
    const proposal = proposeDate(
      'The envoy would be flying home Sunday if talks failed.',
      SATURDAY,
    );
    expect(proposal?.note).toBe(
      '“would” leaves the time open, so the nearer: the Sunday after the Saturday publication (2025-12-13): 2025-12-14.',
    );
    expect(proposal?.alternatives).toEqual(['2025-12-07']);
  });
});

describe('weekdays in present-perfect and headline sentences', () => {
  const SATURDAY = '2025-12-13';
  it.each([
    // A present perfect tells of a recent past, even when the nearer Monday is ahead.
    ['The company has said Monday it will cut jobs.', '2025-12-08'],
    ['Dozens have been hurt in clashes Thursday.', '2025-12-11'],
    // A headline's "to" + verb is its future; its present tense reports the past.
    ['Envoy to Visit Kabul Tuesday', '2025-12-16'],
    ['Rebels Seize Airport Thursday', '2025-12-11'],
  ])('%s → %s', (text, value) => {
    expect(proposeDate(text, SATURDAY)?.value).toBe(value);
  });
});
