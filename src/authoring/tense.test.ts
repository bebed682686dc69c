import { describe, expect, it } from 'vitest';
import { tenseOf } from './tense';

/** The tense of the event dated by `words` in `sentence`. */
function tense(sentence: string, words: string) {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${sentence}"`);
  return tenseOf(sentence, start, start + words.length);
}

describe('tenseOf', () => {
  it.each([
    ['The group on Saturday said there will be no cooperation.', 'on Saturday', 'past', 'said'],
    ['The Taliban on Sunday confirmed the aid.', 'on Sunday', 'past', 'confirmed'],
    ['The talks will resume on Friday.', 'on Friday', 'future', 'will'],
    ['The talks will be held on Friday.', 'on Friday', 'future', 'will'],
    ['The talks will not be held on Friday.', 'on Friday', 'future', 'will'],
    ['The summit is scheduled for Friday.', 'Friday', 'future', 'scheduled'],
    ['The vote is due to take place on Dec. 30.', 'on Dec. 30', 'future', 'due'],
    ['Officials plan to meet on Friday.', 'on Friday', 'future', 'plan'],
    ['The withdrawal must be finished by December.', 'by December', 'future', 'must'],
    ['They must have left on Friday.', 'on Friday', 'past', 'must'],
    ['The talks are held on Friday.', 'on Friday', 'present', 'are'],
    ["Officials say Friday's attack was planned.", "Friday's", 'present', 'say'],
    ['The attack happened three days ago.', 'three days ago', 'past', 'ago'],
    ['Fighting has continued since late May.', 'since late May', 'past', 'since'],
    ['The envoy will visit next Wednesday.', 'next Wednesday', 'future', 'next'],
    // "would" says nothing of the date's side of publication; "confirmed" does.
    [
      'The Taliban on Sunday confirmed that the U.S. would provide aid.',
      'on Sunday',
      'past',
      'confirmed',
    ],
    // A name in -ed is no verb; a period after an abbreviation ends no sentence.
    ['Mr. Biden met United Nations staff on Friday.', 'on Friday', 'past', 'met'],
    // "Ms. May" is a person, not a modal.
    ['Ms. May said on Monday that she would resign.', 'on Monday', 'past', 'said'],
  ])('%s (%s) → %s', (sentence, words, expected, cue) => {
    expect(tense(sentence, words)).toEqual({ tense: expected, cue });
  });

  it('reads a date in the clause after "planned to" as ahead of the plan, one before it as past', () => {
    expect(tense('The team planned to fly home on Monday.', 'on Monday')).toEqual({
      tense: 'future',
      cue: 'planned',
    });
    expect(tense('On Monday the team planned to fly home.', 'On Monday').tense).toBe('past');
  });

  it('marks a past perfect', () => {
    expect(tense('By then the troops had left.', 'By then')).toEqual({
      tense: 'past',
      cue: 'had',
      pluperfect: true,
    });
  });

  it('takes the tense of a reported clause, not of "said"', () => {
    // The reported clause has no tense cue of its own here: nothing decides.
    expect(tense('Officials said the plant reopens on Monday.', 'on Monday')).toEqual({
      tense: 'past',
      cue: null,
    });
    expect(tense('He said the vote will be on Monday.', 'on Monday').tense).toBe('future');
    expect(tense('The firm said it was told on Monday.', 'on Monday').cue).toBe('told');
    // "said" decides a date of its own clause.
    expect(tense('Officials said in a statement on Monday that it ended.', 'on Monday').cue).toBe(
      'said',
    );
  });

  it('falls back to the past, the news default, when no verb says', () => {
    expect(tense('Talks in Doha on Friday.', 'on Friday')).toEqual({ tense: 'past', cue: null });
  });

  it('looks only within the sentence of the expression', () => {
    const text = 'Officials will travel to Doha. The talks on Friday went well.';
    expect(tense(text, 'on Friday')).toEqual({ tense: 'past', cue: 'went' });
  });
});

describe('tenseOf: attributions', () => {
  it('ignores a trailing ", officials said" for a date in the reported clause', () => {
    const sentence = 'The plant reopens Monday, officials said.';
    const start = sentence.indexOf('Monday');
    expect(tenseOf(sentence, start, start + 6).cue).toBeNull();
  });
});
