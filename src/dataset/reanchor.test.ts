// Re-anchoring on generated edits of the seed article: every passage of the seed, in versions of
// its text with paragraphs inserted, deleted and duplicated, words changed inside and around the
// quotes, digits changed, and quotes removed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageFromRange } from './anchor';
import { changedFacts } from './changedFacts';
import { MARGIN, MIN_SCORE } from './quoteScore';
import { type PassageState, reanchorPassage } from './reanchor';
import type { Dataset, Passage } from './schema';
import { wordDiff } from './wordDiff';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const TEXT = readFileSync(
  new URL('../../data/sources/latin-post-2021-10-us-taliban-doha.txt', import.meta.url),
  'utf8',
);
/** The passages of the article (the seed's other source, the State Department's statement, apart). */
const ARTICLE = seed.sources[0]?.id;
const PASSAGES: Array<{ event: string; passage: Passage }> = seed.events.flatMap((event) =>
  event.passages
    .filter((passage) => passage.source === ARTICLE)
    .map((passage) => ({ event: event.id, passage })),
);
const passageOf = (event: string, index = 0): Passage => {
  const found = seed.events.find((e) => e.id === event)?.passages[index];
  if (!found) throw new Error(`no passage ${index} of ${event}`);
  return found;
};
const PARAGRAPHS = TEXT.split('\n\n');
const joined = (paragraphs: readonly string[]) => paragraphs.join('\n\n');
/** The paragraph that holds a passage (every seed passage lies within one). */
const paragraphOf = (passage: Passage) => TEXT.slice(0, passage.start).split('\n\n').length - 1;

const stateIn = (text: string, passage: Passage) => reanchorPassage(text, passage).state;

/** Replaces the `n`th occurrence of `find` in the text. */
function replaced(text: string, find: string, by: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(find, at + 1);
  if (at === -1) throw new Error(`"${find}" not in the text`);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

describe('the seed article unchanged', () => {
  it('finds every passage exact, at its offsets', () => {
    expect(seed.sources[0]?.text).toBe(TEXT);
    for (const { passage } of PASSAGES) {
      const found = reanchorPassage(TEXT, passage);
      expect(found).toMatchObject({ state: 'exact', start: passage.start, end: passage.end });
      expect(found.score).toBeGreaterThan(0.99);
    }
  });
});

describe('paragraphs inserted and deleted', () => {
  it('a paragraph inserted at the top shifts every passage, still exact', () => {
    const insert = 'Editor’s note: this story was updated on Monday with new details.\n\n';
    const text = insert + TEXT;
    for (const { passage } of PASSAGES) {
      const found = reanchorPassage(text, passage);
      expect(found.state).toBe('exact');
      expect(found.start).toBe(passage.start + insert.length);
      expect(text.slice(found.start, found.end)).toBe(passage.exact);
    }
  });

  it('a paragraph inserted in the middle: passages before stay, after shift; all exact', () => {
    const paragraphs = [...PARAGRAPHS];
    paragraphs.splice(6, 0, 'A new paragraph added by the editors, with more reporting.');
    const text = joined(paragraphs);
    const states = PASSAGES.map(({ passage }) => stateIn(text, passage));
    // A passage whose suffix or prefix ran into the new paragraph's neighbour is moved.
    expect(new Set(states)).toEqual(new Set(['exact', 'moved']));
    expect(states.filter((s) => s === 'exact').length).toBeGreaterThan(PASSAGES.length - 4);
  });

  it('a paragraph deleted loses its passages, and the others are found', () => {
    const gone = paragraphOf(passageOf('taliban-say-talks-went-well'));
    const text = joined(PARAGRAPHS.filter((_, i) => i !== gone));
    for (const { passage } of PASSAGES) {
      const found = reanchorPassage(text, passage);
      if (paragraphOf(passage) === gone) expect(found.state).toBe('lost');
      else {
        expect(['exact', 'moved']).toContain(found.state);
        expect(text.slice(found.start, found.end)).toBe(passage.exact);
      }
    }
  });

  it('paragraphs moved around keep every passage word for word', () => {
    const text = joined([...PARAGRAPHS].reverse());
    for (const { passage } of PASSAGES) {
      const found = reanchorPassage(text, passage);
      expect(['exact', 'moved']).toContain(found.state);
      expect(text.slice(found.start, found.end)).toBe(passage.exact);
    }
  });
});

describe('words changed', () => {
  const mosque = passageOf('shia-mosque-suicide-bombing', 1);

  it('a word changed inside a quote: edited, at the new words, with its diff', () => {
    expect(mosque.exact).toBe("Friday's suicide bombing that killed 46 people at a Shia mosque");
    const text = replaced(TEXT, "Friday's suicide bombing", "Friday's deadly bombing");
    const found = reanchorPassage(text, mosque);
    expect(found.state).toBe('edited');
    expect(text.slice(found.start, found.end)).toBe(
      "Friday's deadly bombing that killed 46 people at a Shia mosque",
    );
    expect(found.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(wordDiff(mosque.exact, text.slice(found.start, found.end))).toEqual([
      { kind: 'same', text: "Friday's " },
      { kind: 'removed', text: 'suicide' },
      { kind: 'added', text: 'deadly' },
      { kind: 'same', text: ' bombing that killed 46 people at a Shia mosque' },
    ]);
  });

  it('several words changed inside a long quote, its context kept: edited', () => {
    const passage = passageOf('roggio-criticizes-taliban-counterterrorism-partnership');
    const place = passage.exact.slice(40, 120);
    const rewritten = place.replace(/\b(the|a|of|and)\b/g, 'THE');
    expect(rewritten).not.toBe(place);
    const found = reanchorPassage(replaced(TEXT, place, rewritten), passage);
    expect(found.state).toBe('edited');
  });

  it('words changed around a quote (its context): moved, word for word', () => {
    const passage = passageOf('taliban-say-talks-went-well');
    const after = TEXT.slice(passage.end, passage.end + 12);
    const text = replaced(TEXT, after, ' — reported by several outlets —', 0);
    const found = reanchorPassage(text, passage);
    expect(found.state).toBe('moved');
    expect(found.start).toBe(passage.start);
    expect(text.slice(found.start, found.end)).toBe(passage.exact);
  });

  it('a quote rewritten beyond recognition, its context also gone: lost', () => {
    const passage = passageOf('taliban-say-talks-went-well');
    const paragraph = PARAGRAPHS[paragraphOf(passage)] as string;
    const text = TEXT.replace(
      paragraph,
      'Taliban officials later described the meetings as constructive and promising.',
    );
    expect(stateIn(text, passage)).toBe('lost');
  });
});

describe('a duplicated paragraph', () => {
  it('makes a quote in its middle ambiguous, with both places as candidates', () => {
    // Words from the middle of the seed's longest paragraph, with their 32 units of context.
    const paragraph = PARAGRAPHS.reduce((a, b) => (b.length > a.length ? b : a));
    const from = TEXT.indexOf(paragraph) + 80;
    const made = passageFromRange(TEXT, 'article', from, from + 60);
    if (!made.ok) throw new Error('no passage');
    const passage = made.passage;
    expect(passage.prefix + passage.exact + passage.suffix).toBe(paragraph.slice(48, 172));
    for (const at of [0, PARAGRAPHS.indexOf(paragraph) + 1, PARAGRAPHS.length]) {
      const paragraphs = [...PARAGRAPHS];
      paragraphs.splice(at, 0, paragraph);
      const text = joined(paragraphs);
      const found = reanchorPassage(text, passage);
      expect(found.state).toBe('ambiguous');
      expect(found.candidates).toHaveLength(2);
      for (const candidate of found.candidates) {
        expect(text.slice(candidate.start, candidate.end)).toBe(passage.exact);
      }
      const [first, second] = found.candidates;
      expect(Math.abs((first?.score ?? 0) - (second?.score ?? 0))).toBeLessThan(MARGIN);
    }
  });

  it('with its neighbours, makes every seed quote in it ambiguous', () => {
    // Even with one copy still at the old offsets: nearness never decides.
    const passage = passageOf('taliban-say-talks-went-well');
    const p = paragraphOf(passage);
    const block = PARAGRAPHS.slice(p - 1, p + 2);
    const text = joined([...PARAGRAPHS, ...block]);
    const found = reanchorPassage(text, passage);
    expect(found.state).toBe('ambiguous');
    expect(found.candidates.map((c) => c.start)).toContain(passage.start);
  });

  it('made by a paragraph copied right after itself: the context tells the copies apart', () => {
    // The first copy keeps the words before the quote and after it (the quote ends mid-paragraph).
    const passage = passageOf('taliban-say-talks-went-well');
    const p = paragraphOf(passage);
    const paragraphs = [...PARAGRAPHS];
    paragraphs.splice(p + 1, 0, paragraphs[p] as string);
    expect(reanchorPassage(joined(paragraphs), passage)).toMatchObject({
      state: 'exact',
      start: passage.start,
    });
  });

  it('is ambiguous for a quote with no context found twice', () => {
    const {
      prefix: _p,
      suffix: _s,
      ...bare
    } = passageOf('biden-administration-condemns-mosque-bombing');
    const text = `${TEXT}\n\n${bare.exact}`;
    expect(stateIn(text, bare)).toBe('ambiguous');
  });

  it('is not ambiguous when the context tells the copies apart', () => {
    const passage = passageOf('doha-talks', 1);
    const text = `${TEXT}\n\nFor the record: ${passage.exact} (repeated).`;
    expect(stateIn(text, passage)).toBe('exact');
  });
});

describe('digits, dates and names changed inside a quote', () => {
  const mosque = passageOf('shia-mosque-suicide-bombing', 1);

  it('46 → 47: edited, and the figure is named', () => {
    const text = replaced(TEXT, 'killed 46 people', 'killed 47 people');
    const found = reanchorPassage(text, mosque);
    expect(found.state).toBe('edited');
    const facts = changedFacts(wordDiff(mosque.exact, text.slice(found.start, found.end)));
    expect(facts).toEqual([{ before: '46', after: '47', kind: 'figure' }]);
  });

  it('46 → 146: the old words inside the new number are not the quote', () => {
    const bomb = passageOf('shia-mosque-suicide-bombing', 0);
    expect(bomb.exact.startsWith('46 ')).toBe(true);
    const text = replaced(TEXT, '46 Killed', '146 Killed');
    const found = reanchorPassage(text, bomb);
    expect(found.state).toBe('edited');
    expect(text.slice(found.start, found.end).startsWith('146 Killed')).toBe(true);
  });

  it('the old figure still standing elsewhere does not hide the edit', () => {
    // The headline keeps "46 Killed"; the sentence quoted now says 47.
    const text = replaced(TEXT, 'killed 46 people', 'killed 47 people');
    const bomb = passageOf('shia-mosque-suicide-bombing', 0);
    expect(stateIn(text, bomb)).toBe('exact');
    expect(stateIn(text, mosque)).toBe('edited');
  });

  it('a date changed: edited, the date named', () => {
    const passage = passageOf('us-military-leaves-afghanistan');
    expect(passage.exact).toContain('August 30');
    const text = replaced(TEXT, 'left on August 30', 'left on August 31');
    const found = reanchorPassage(text, passage);
    expect(found.state).toBe('edited');
    const facts = changedFacts(wordDiff(passage.exact, text.slice(found.start, found.end)));
    expect(facts.map((f) => f.kind)).toEqual(['figure']);
    const month = replaced(TEXT, 'left on August 30', 'left on September 30');
    const moved = reanchorPassage(month, passage);
    expect(moved.state).toBe('edited');
    expect(
      changedFacts(wordDiff(passage.exact, month.slice(moved.start, moved.end)))[0]?.kind,
    ).toBe('date');
  });

  it('a name changed: edited, the name named', () => {
    const passage = passageOf('biden-administration-condemns-mosque-bombing', 1);
    expect(passage.exact).toContain('Ned Price');
    const text = replaced(TEXT, 'Ned Price', 'Jen Psaki');
    const found = reanchorPassage(text, passage);
    expect(found.state).toBe('edited');
    const facts = changedFacts(wordDiff(passage.exact, text.slice(found.start, found.end)));
    expect(facts).toEqual([{ before: 'Ned Price', after: 'Jen Psaki', kind: 'name' }]);
  });

  it('property: any digit of any quote changed is never exact or moved', () => {
    const withDigits = PASSAGES.filter(({ passage }) => /\d/.test(passage.exact));
    expect(withDigits.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...withDigits),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        ({ passage }, pick, add) => {
          const digits = [...passage.exact.matchAll(/\d/g)].map((m) => m.index as number);
          const at = passage.start + (digits[pick % digits.length] as number);
          const digit = String((Number(TEXT[at]) + add) % 10);
          const text = TEXT.slice(0, at) + digit + TEXT.slice(at + 1);
          const state = stateIn(text, passage);
          return state !== 'exact' && state !== 'moved';
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the quote removed', () => {
  it('is lost, at its old offsets, with no place', () => {
    const passage = passageOf('ap-reports-uyghur-bomber');
    const text = TEXT.replace(passage.exact, '');
    const found = reanchorPassage(text, passage);
    expect(found).toMatchObject({ state: 'lost', start: passage.start, end: passage.end });
    expect(found.candidates.every((c) => c.score < MIN_SCORE)).toBe(true);
  });
});

describe('every state', () => {
  it('is reached by some edit of the seed', () => {
    const seen = new Set<PassageState>();
    const mosque = passageOf('shia-mosque-suicide-bombing', 1);
    seen.add(stateIn(TEXT, mosque));
    seen.add(stateIn(joined([...PARAGRAPHS].reverse()), passageOf('doha-talks', 0)));
    seen.add(stateIn(replaced(TEXT, 'killed 46', 'killed 47'), mosque));
    seen.add(stateIn(`${TEXT}\n\n${TEXT}`, mosque));
    seen.add(stateIn(TEXT.replace(mosque.exact, ''), mosque));
    expect(seen).toEqual(new Set(['exact', 'moved', 'edited', 'ambiguous', 'lost']));
  });
});

describe('property: text added outside the passages', () => {
  it('never loses a passage, and finds its words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: PARAGRAPHS.length }),
        fc.string({ minLength: 1, maxLength: 200 }),
        (where, words) => {
          const paragraphs = [...PARAGRAPHS];
          paragraphs.splice(where, 0, words);
          const text = joined(paragraphs);
          return PASSAGES.every(({ passage }) => {
            const found = reanchorPassage(text, passage);
            if (found.state === 'ambiguous') return words.includes(passage.exact);
            return (
              (found.state === 'exact' || found.state === 'moved') &&
              text.slice(found.start, found.end) === passage.exact
            );
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the search budget', () => {
  it('finds word-for-word places without it, and no approximate ones once it is spent', () => {
    const mosque = passageOf('shia-mosque-suicide-bombing', 1);
    const text = replaced(TEXT, 'killed 46 people', 'killed 47 people');
    expect(reanchorPassage(text, mosque, { budget: { units: 0 } }).state).toBe('lost');
    const budget = { units: 10_000_000 };
    expect(reanchorPassage(text, mosque, { budget }).state).toBe('edited');
    expect(budget.units).toBeLessThan(10_000_000);
    const shifted = `Note.\n\n${TEXT}`;
    expect(reanchorPassage(shifted, mosque, { budget: { units: 0 } }).state).toBe('exact');
  });
});
