import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateExtent } from '../dataset/calendar';
import { parseEdtf } from '../dataset/edtf';
import type { Dataset } from '../dataset/schema';
import { suggestEvents } from './suggest';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Dataset;

/** First and last day of an EDTF value, an open end running for ever. */
function extent(value: string): [number, number] {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(`not EDTF: ${value}`);
  const { first, last } = dateExtent(parsed.date);
  return [first ?? Number.NEGATIVE_INFINITY, last ?? Number.POSITIVE_INFINITY];
}

const PUBLISHED = '2024-03-15'; // a Friday

/** The suggestion holding `words`. */
function about(text: string, words: string) {
  const at = text.indexOf(words);
  const found = suggestEvents(text, PUBLISHED).find((s) => s.start <= at && s.end > at);
  if (!found) throw new Error(`no suggestion holds “${words}”`);
  return found;
}

describe('suggested events', () => {
  it('cover every event of the seed, with its date or one inside it', () => {
    const source = seed.sources[0];
    if (!source) throw new Error('no source');
    const suggestions = suggestEvents(source.text, source.published, { actors: seed.actors });
    for (const event of seed.events) {
      const [from, to] = extent(event.date.value);
      const covering = suggestions.find((s) => {
        const [a, b] = extent(s.value);
        const overlaps = event.passages.some((p) => s.start < p.end && s.end > p.start);
        return overlaps && a >= from && b <= to;
      });
      expect(covering, `${event.id} (${event.date.value})`).toBeDefined();
    }
    // Offsets point at the words they quote.
    for (const s of suggestions) expect(source.text.slice(s.start, s.end)).toBe(s.exact);
  });

  it('date a sentence by its own words', () => {
    const text = 'Rescue crews reached the village on Tuesday after the road reopened.';
    expect(about(text, 'Rescue').value).toBe('2024-03-12');
  });

  it('give an undated sentence the date of what it goes on about, and say so', () => {
    const text =
      'Negotiators met in Geneva on Wednesday for the first round. The talks ended without a deal, officials said.';
    const later = about(text, 'The talks ended');
    expect(later.value).toBe('2024-03-13');
    expect(later.expression).toBe('');
    expect(later.note).toContain('earlier passage');
  });

  it('meet a happening under another of its names (“the blast” after a bombing)', () => {
    const text =
      'A car bomb exploded near the market on Monday, officials said. The blast shattered windows along the street.';
    expect(about(text, 'The blast').value).toBe('2024-03-11');
  });

  it('bound what has no date by the publication day, before or after it by its tense', () => {
    const text =
      'The governor has approved a new budget for the schools. Lawmakers will debate the plan in committee.';
    expect(about(text, 'The governor').value).toBe(`../${PUBLISHED}`);
    expect(about(text, 'The governor').note).toContain('on or before Friday 15 March 2024');
    expect(about(text, 'Lawmakers').value).toBe(`${PUBLISHED}/..`);
  });

  it('part a main clause from the later clause its date belongs to', () => {
    const text =
      'The rebels have held the northern province firmly ever since, after the army withdrew on January 5.';
    const suggestions = suggestEvents(text, PUBLISHED);
    expect(suggestions.map((s) => s.value)).toEqual(['2024-01-05/..', '2024-01-05']);
    expect(suggestions[0]?.exact).toBe(
      'The rebels have held the northern province firmly ever since',
    );
  });

  it('run “since the takeover” from the day the article dates the takeover, even later on', () => {
    const text =
      'Since the junta seized power, exports have collapsed across the region. The generals seized power on February 2 in a bloodless coup.';
    expect(about(text, 'exports').value).toBe('2024-02-02/..');
  });

  it('put “Meanwhile” at the time of the passage before it', () => {
    const text =
      'Floods cut the railway line on Thursday, the operator reported. Meanwhile, farmers counted their losses in the lowlands.';
    expect(about(text, 'farmers').value).toBe('2024-03-14');
  });

  it('leave out headlines, page furniture, short fragments and what events already quote', () => {
    const text = [
      'Storm Batters Coast As Thousands Flee',
      'READ MORE: Ten things to know about storms in spring',
      'The storm reached the coast on Wednesday, forecasters said.',
      'Tens of thousands left their homes on Thursday, officials said.',
    ].join('\n');
    const quoted = [{ start: text.indexOf('Tens'), end: text.indexOf('Tens') + 10 }];
    expect(suggestEvents(text, PUBLISHED, { quoted }).map((s) => s.exact)).toEqual([
      'The storm reached the coast on Wednesday, forecasters said.',
    ]);
  });

  it('keep a sentence whole across “U.S.” and name its kind and known actors', () => {
    const text = 'A U.S. State Department spokesperson condemned the attack on Sunday.';
    const [only] = suggestEvents(text, PUBLISHED, {
      actors: [{ id: 'state-department', name: 'State Department', kind: 'government-body' }],
    });
    expect(only?.exact).toBe(text);
    expect(only?.actors).toEqual([{ id: 'state-department', role: 'participant' }]);
    expect(only?.kind).toBe('attack');
    expect(about('Officials said the two leaders met in Oslo on Monday.', 'Officials').kind).toBe(
      'statement',
    );
  });
});
