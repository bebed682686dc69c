import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourcelineText } from '../formats/writers/sourceline';
import { parseDataset } from './parse';
import type { Problem } from './problem';
import type { Dataset, Passage } from './schema';

const fixture = JSON.parse(
  readFileSync(new URL('../../e2e/fixtures/two-sources.json', import.meta.url), 'utf8'),
) as Dataset;

/** The fixture with its first event's first passage changed. */
function withPassage(edit: (passage: Passage) => void): Dataset {
  const dataset = structuredClone(fixture);
  const passage = dataset.events[0]?.passages[0];
  if (!passage) throw new Error('the fixture has a passage there');
  edit(passage);
  return dataset;
}

function problemsOf(dataset: unknown): Problem[] {
  const result = parseDataset(dataset, { anchors: 'strict' });
  return result.ok ? [] : result.problems;
}

const at = 'events[0].passages[0]';

describe('claims on a passage', () => {
  it('reads a dataset whose passages carry claims and quoted passages', () => {
    const dataset = withPassage((passage) => {
      passage.quotes = { source: 'state-statement', start: 0, end: 17 };
    });
    const result = parseDataset(dataset, { anchors: 'strict' });
    expect(result.ok && result.value.dataset.events[0]?.passages[0]?.claim).toEqual({
      figures: [{ what: 'killed and injured', value: 46 }],
      attributedTo: { actor: 'taliban-spokesman', words: 'a Taliban spokesman said' },
    });
  });

  it('survive the Sourceline JSON round trip, word for word', () => {
    const dataset = withPassage((passage) => {
      passage.quotes = { source: 'state-statement', start: 0, end: 17 };
    });
    const result = parseDataset(JSON.parse(sourcelineText(dataset)), { anchors: 'strict' });
    expect(result.ok && result.value.dataset).toEqual(dataset);
  });

  it.each<[string, (passage: Passage) => void, Problem[]]>([
    [
      'an unknown actor',
      (p) => {
        p.claim = { attributedTo: { actor: 'nobody' } };
      },
      [{ path: `${at}.claim.attributedTo.actor`, message: 'unknown actor "nobody"' }],
    ],
    [
      'a claimed date that is no EDTF',
      (p) => {
        p.claim = { date: { value: '8 October' } };
      },
      [{ path: `${at}.claim.date.value`, message: expect.any(String) as unknown as string }],
    ],
    [
      'a figure with no number',
      (p) => {
        p.claim = { figures: [{ what: 'killed' }] };
      },
      [{ path: `${at}.claim.figures[0]`, message: 'needs a value, or a min and/or max' }],
    ],
    [
      'a figure with a value and a range',
      (p) => {
        p.claim = { figures: [{ what: 'killed', value: 4, min: 3 }] };
      },
      [
        {
          path: `${at}.claim.figures[0]`,
          message: 'gives both a value and a min/max: give one or the other',
        },
      ],
    ],
    [
      'a range upside down, hedged',
      (p) => {
        p.claim = { figures: [{ what: 'killed', min: 9, max: 3, hedge: 'about' }] };
      },
      [
        { path: `${at}.claim.figures[0].max`, message: 'is less than min (9)' },
        {
          path: `${at}.claim.figures[0].hedge`,
          message: 'qualifies a single value; a range (min/max) takes none',
        },
      ],
    ],
    [
      'a quoted source that is not there',
      (p) => {
        p.quotes = { source: 'nowhere', start: 0, end: 3 };
      },
      [{ path: `${at}.quotes.source`, message: 'unknown source "nowhere"' }],
    ],
    [
      'a passage quoting its own source',
      (p) => {
        p.quotes = { source: p.source, start: 0, end: 3 };
      },
      [{ path: `${at}.quotes.source`, message: 'must be another source than the passage’s own' }],
    ],
    [
      'quoted offsets past the end of the text',
      (p) => {
        p.quotes = { source: 'state-statement', start: 0, end: 5_000 };
      },
      [{ path: `${at}.quotes.end`, message: 'is past the end of sources[3].text (104)' }],
    ],
    [
      'an empty quoted passage',
      (p) => {
        p.quotes = { source: 'state-statement', start: 4, end: 4 };
      },
      [{ path: `${at}.quotes.end`, message: 'must be after start (4)' }],
    ],
  ])('reports %s with its path', (_, edit, problems) => {
    // Each also has a code for the views (problemWords.test.ts checks them).
    expect(problemsOf(withPassage(edit))).toMatchObject(problems);
  });

  it.each([
    ['a hedge outside the list', { figures: [{ what: 'killed', value: 3, hedge: 'nearly' }] }],
    ['a negative figure', { figures: [{ what: 'killed', value: -3 }] }],
    ['a figure of nothing', { figures: [{ what: '', value: 3 }] }],
    ['a field the format does not know', { source: 'someone' }],
  ])('refuses %s in the schema, with its path', (_, claim) => {
    const dataset = withPassage((passage) => {
      (passage as { claim: unknown }).claim = claim;
    });
    const problems = problemsOf(dataset);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems)
      expect(problem.path).toMatch(/^events\[0\]\.passages\[0\]\.claim/);
  });
});
