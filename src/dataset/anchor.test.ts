import { describe, expect, it } from 'vitest';
import {
  anchorPassage,
  atItsOffsets,
  CONTEXT_LENGTH,
  isRepairProblem,
  offsetsMatch,
  passageFromQuote,
  passageFromRange,
  repairPassages,
} from './anchor';
import type { Passage } from './schema';

const TEXT =
  'The talks began on Saturday. Both sides met in Doha. ' +
  'On Sunday the Taliban said the talks went well. Both sides met in Doha again later.';

function quote(text: string, exact: string, occurrence = 0, context = 12): Passage {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`"${exact}" not in the text`);
  const end = start + exact.length;
  return {
    source: 'article',
    exact,
    start,
    end,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

describe('anchorPassage', () => {
  it('keeps offsets that match exactly', () => {
    const passage = quote(TEXT, 'the talks went well');
    expect(offsetsMatch(TEXT, passage)).toBe(true);
    expect(anchorPassage(TEXT, passage)).toEqual({
      start: passage.start,
      end: passage.end,
      state: 'exact',
      score: 1,
    });
  });

  it('matches without context too', () => {
    const { start, end, exact, source } = quote(TEXT, 'Doha');
    expect(anchorPassage(TEXT, { source, exact, start, end })).toEqual({
      start,
      end,
      state: 'exact',
      score: 1,
    });
  });

  it('finds a passage whose offsets an edit has shifted: exact, at its new offsets', () => {
    const passage = quote(TEXT, 'the talks went well');
    const edited = `Updated: ${TEXT}`;
    expect(offsetsMatch(edited, passage)).toBe(false);
    const anchor = anchorPassage(edited, passage);
    expect(anchor).toMatchObject({
      start: passage.start + 9,
      end: passage.end + 9,
      state: 'exact',
    });
    expect(atItsOffsets(anchor, passage)).toBe(false);
    expect(edited.slice(anchor.start, anchor.end)).toBe('the talks went well');
  });

  it('lets the prefix and suffix choose between two occurrences', () => {
    // "Both sides met in Doha" appears twice; the second is followed by " again".
    const second = quote(TEXT, 'Both sides met in Doha', 1);
    const first = quote(TEXT, 'Both sides met in Doha', 0);
    expect(second.start).toBeGreaterThan(first.start);
    // Offsets moved next to the first occurrence, but the context is that of the second.
    const edited = `A new opening line that shifts everything by a good deal. ${TEXT}`;
    const shift = edited.length - TEXT.length;
    const anchor = anchorPassage(edited, { ...second, start: first.start, end: first.end });
    expect(anchor).toMatchObject({
      start: second.start + shift,
      end: second.end + shift,
      state: 'exact',
    });
    // And the first one's context finds the first.
    expect(anchorPassage(edited, first)).toMatchObject({ start: first.start + shift });
  });

  it('only the suffix can tell them apart', () => {
    const text = 'x said yes. y said yes! z said yes.';
    const passage: Passage = { source: 's', exact: 'said yes', start: 0, end: 8, suffix: '!' };
    expect(anchorPassage(text, passage)).toMatchObject({ start: 14, end: 22, state: 'exact' });
  });

  it('never lets nearness alone choose: the same words and context are ambiguous', () => {
    const text = 'ok. ok. ok. ok.';
    // No context: every occurrence scores the same but for its distance to the old offset.
    const near = (start: number) =>
      anchorPassage(text, { source: 's', exact: 'ok.', start, end: start + 1 });
    for (const start of [0, 5, 9, 100]) {
      expect(near(start)).toMatchObject({ start, state: 'ambiguous' });
    }
    const withContext: Passage = {
      source: 's',
      exact: 'ok.',
      start: 13,
      end: 16,
      prefix: ' ',
      suffix: ' ',
    };
    expect(anchorPassage(text, withContext)).toMatchObject({ start: 13, state: 'ambiguous' });
  });

  it('prefers better context over nearness', () => {
    const text = 'A: go. B: go. C: go.';
    const passage: Passage = { source: 's', exact: 'go.', start: 3, end: 6, prefix: 'C: ' };
    expect(offsetsMatch(text, passage)).toBe(false);
    expect(anchorPassage(text, passage)).toMatchObject({ start: 17, end: 20, state: 'exact' });
  });

  it('finds a quote whose words changed as edited, and one that is gone as lost', () => {
    const passage = quote(TEXT, 'the talks went well');
    const edited = TEXT.replace('went well', 'went badly');
    const anchor = anchorPassage(edited, passage);
    expect(anchor.state).toBe('edited');
    expect(edited.slice(anchor.start, anchor.end)).toBe('the talks went badly');
    const gone = TEXT.replace('On Sunday the Taliban said the talks went well. ', '');
    expect(anchorPassage(gone, passage)).toMatchObject({
      start: passage.start,
      end: passage.end,
      state: 'lost',
    });
  });

  it('does not trust offsets beyond the end of the text', () => {
    const passage: Passage = { source: 's', exact: 'Doha', start: 500, end: 504 };
    expect(offsetsMatch(TEXT, passage)).toBe(false);
    // Twice in the text, with nothing to tell which.
    expect(anchorPassage(TEXT, passage)).toMatchObject({ state: 'ambiguous' });
    const once: Passage = { source: 's', exact: 'talks began', start: 500, end: 511 };
    expect(anchorPassage(TEXT, once)).toMatchObject({ start: 4, state: 'exact' });
  });

  it('rejects offsets whose context does not match', () => {
    const passage = { ...quote(TEXT, 'the talks went well'), prefix: 'Monday ' };
    expect(offsetsMatch(TEXT, passage)).toBe(false);
    const suffixed = { ...quote(TEXT, 'the talks went well'), suffix: '?' };
    expect(offsetsMatch(TEXT, suffixed)).toBe(false);
  });

  it('counts offsets in UTF-16 code units: astral characters count as two', () => {
    const text = '🇶🇦 😀 Talks in Doha 🤝 went well.';
    const exact = 'Talks in Doha';
    const start = text.indexOf(exact);
    // 🇶🇦 is two code points (four units), 😀 one code point (two units), plus two spaces.
    expect(start).toBe(8);
    expect([...text.slice(0, start)].length).toBe(5);
    const passage: Passage = {
      source: 's',
      exact,
      start,
      end: start + exact.length,
      prefix: '😀 ',
      suffix: ' 🤝',
    };
    expect(anchorPassage(text, passage)).toEqual({ start: 8, end: 21, state: 'exact', score: 1 });
    // Offsets counted in code points (5) are off, and the quote is re-anchored to units.
    expect(anchorPassage(text, { ...passage, start: 5, end: 18 })).toMatchObject({
      start: 8,
      end: 21,
      state: 'exact',
    });
  });
});

describe('passageFromRange', () => {
  const text = 'Before. The talks in Doha went well. After that, nothing.';

  it('makes the quote and 32 units of context either side', () => {
    const start = text.indexOf('The talks');
    const end = text.indexOf(' After');
    const made = passageFromRange(text, 'article', start, end);
    expect(made).toEqual({
      ok: true,
      passage: {
        source: 'article',
        exact: 'The talks in Doha went well.',
        start,
        end,
        prefix: 'Before. ',
        suffix: ' After that, nothing.',
      },
    });
  });

  it('cuts context to 32 units away from the edges of the text', () => {
    const long = `${'a'.repeat(50)}QUOTE${'b'.repeat(50)}`;
    const made = passageFromRange(long, 's', 50, 55);
    expect(made).toMatchObject({ ok: true, passage: { exact: 'QUOTE' } });
    if (!made.ok) return;
    expect(made.passage.prefix).toBe('a'.repeat(CONTEXT_LENGTH));
    expect(made.passage.suffix).toBe('b'.repeat(CONTEXT_LENGTH));
  });

  it('keeps shorter (or empty) context at the start and end of the text', () => {
    expect(passageFromRange('Whole text', 's', 0, 10)).toEqual({
      ok: true,
      passage: { source: 's', exact: 'Whole text', start: 0, end: 10, prefix: '', suffix: '' },
    });
    expect(passageFromRange('ab cd', 's', 3, 5)).toMatchObject({
      passage: { exact: 'cd', prefix: 'ab ', suffix: '' },
    });
  });

  it('widens a range that would cut an emoji in half, on either side', () => {
    const emoji = 'Talks 😀 done';
    const at = emoji.indexOf('😀');
    // Starting on the second half of 😀, and ending on its first half.
    expect(passageFromRange(emoji, 's', at + 1, at + 2)).toMatchObject({
      passage: { exact: '😀', start: at, end: at + 2 },
    });
    expect(passageFromRange(emoji, 's', 0, at + 1)).toMatchObject({
      passage: { exact: 'Talks 😀', start: 0, end: at + 2, suffix: ' done' },
    });
  });

  it('never starts or ends its context inside a character', () => {
    // 31 letters then 𝕏 (two units) before the quote: 32 units would take half of 𝕏.
    const text = `𝕏${'a'.repeat(31)}QUOTE${'b'.repeat(31)}𝕏`;
    const start = text.indexOf('QUOTE');
    const made = passageFromRange(text, 's', start, start + 5);
    expect(made).toMatchObject({ ok: true });
    if (!made.ok) return;
    expect(made.passage.prefix).toBe('a'.repeat(31));
    expect(made.passage.suffix).toBe('b'.repeat(31));
    // One unit further, 𝕏 fits whole.
    const roomy = `𝕏${'a'.repeat(30)}QUOTE${'b'.repeat(30)}𝕏`;
    const at = roomy.indexOf('QUOTE');
    expect(passageFromRange(roomy, 's', at, at + 5)).toMatchObject({
      passage: { prefix: `𝕏${'a'.repeat(30)}`, suffix: `${'b'.repeat(30)}𝕏` },
    });
  });

  it('refuses an empty range and offsets outside the text', () => {
    expect(passageFromRange(text, 's', 4, 4)).toEqual({ ok: false, reason: 'empty' });
    expect(passageFromRange(text, 's', 5, 4)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(passageFromRange(text, 's', -1, 4)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(passageFromRange(text, 's', 0, text.length + 1)).toEqual({
      ok: false,
      reason: 'out-of-range',
    });
    expect(passageFromRange(text, 's', 0.5, 4)).toEqual({ ok: false, reason: 'out-of-range' });
  });
});

describe('passageFromQuote', () => {
  it('anchors a quote that occurs once', () => {
    const exact = 'the talks went well';
    expect(passageFromQuote(TEXT, 'article', exact)).toEqual({
      ok: true,
      passage: quote(TEXT, exact, 0, CONTEXT_LENGTH),
    });
  });

  it('counts astral characters before the quote as two units each', () => {
    const text = '𝕏 posted 😀 then: Talks in Doha resume.';
    const made = passageFromQuote(text, 's', 'Talks in Doha');
    expect(made).toMatchObject({ ok: true, passage: { start: 19, end: 32 } });
    if (!made.ok) return;
    expect(text.slice(made.passage.start, made.passage.end)).toBe('Talks in Doha');
    expect(made.passage.prefix).toBe('𝕏 posted 😀 then: ');
    // Code points would have put it at 17.
    expect([...text.slice(0, 19)].length).toBe(17);
  });

  it('anchors a quote with astral characters inside it', () => {
    const text = 'He wrote “peace 🕊️ now 𝕏” and left.';
    const exact = '“peace 🕊️ now 𝕏”';
    const made = passageFromQuote(text, 's', exact);
    expect(made).toMatchObject({
      ok: true,
      passage: {
        exact,
        start: 9,
        end: 9 + exact.length,
        prefix: 'He wrote ',
        suffix: ' and left.',
      },
    });
  });

  it('does not match half of a character', () => {
    // The low half of 𝕏 alone (as a JSON "\udd4f" escape could write it) is not a quote of it.
    const text = 'a𝕏b';
    const lowHalf = '𝕏'.charAt(1);
    expect(passageFromQuote(text, 's', lowHalf)).toEqual({
      ok: false,
      reason: 'not-found',
      occurrences: [],
    });
  });

  it('lets the prefix decide between repeated quotes', () => {
    const text = 'A: go. B: go. C: go.';
    expect(passageFromQuote(text, 's', 'go.', { prefix: 'B: ' })).toMatchObject({
      ok: true,
      passage: { start: 10, end: 13, prefix: 'A: go. B: ', suffix: ' C: go.' },
    });
  });

  it('lets the suffix decide, even when it matches only in part', () => {
    const text = 'x said yes. y said yes! z said yes.';
    expect(passageFromQuote(text, 's', 'said yes', { suffix: '! w' })).toMatchObject({
      ok: true,
      passage: { start: 14, end: 22 },
    });
  });

  it('lets the old offset decide among equally good occurrences, only where it is exact', () => {
    const text = 'ok. ok. ok.';
    expect(passageFromQuote(text, 's', 'ok.', { start: 4 })).toMatchObject({
      ok: true,
      passage: { start: 4, end: 7, prefix: 'ok. ', suffix: ' ok.' },
    });
    // Near an occurrence is not enough: the tool does not guess.
    expect(passageFromQuote(text, 's', 'ok.', { start: 5 })).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: [0, 4, 8],
    });
  });

  it('prefers context over the old offset', () => {
    const text = 'A: go. B: go. C: go.';
    expect(passageFromQuote(text, 's', 'go.', { prefix: 'C: ', start: 3 })).toMatchObject({
      passage: { start: 17 },
    });
  });

  it('reports a repeated quote that its context cannot place as ambiguous', () => {
    expect(passageFromQuote(TEXT, 's', 'Both sides met in Doha')).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: [29, 101],
    });
    // Context that both occurrences share does not help either.
    expect(passageFromQuote(TEXT, 's', 'Both sides met in Doha', { prefix: '. ' })).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: [29, 101],
    });
    // Only the occurrences the context could not tell apart are listed.
    const text = 'A: go. A: go. C: go.';
    expect(passageFromQuote(text, 's', 'go.', { prefix: 'A: ' })).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: [3, 10],
    });
  });

  it('reports a quote that is not in the text', () => {
    for (const exact of ['the talks went badly', '']) {
      expect(passageFromQuote(TEXT, 's', exact)).toEqual({
        ok: false,
        reason: 'not-found',
        occurrences: [],
      });
    }
  });

  it('counts CRLF line ends as two units, in offsets and context', () => {
    const text = 'First line.\r\nSecond line.\r\n\r\nThird paragraph.';
    const made = passageFromQuote(text, 's', 'Second line.\r\n\r\nThird');
    expect(made).toEqual({
      ok: true,
      passage: {
        source: 's',
        exact: 'Second line.\r\n\r\nThird',
        start: 13,
        end: 34,
        prefix: 'First line.\r\n',
        suffix: ' paragraph.',
      },
    });
    // A quote written with bare \n is not the text.
    expect(passageFromQuote(text, 's', 'Second line.\n\nThird')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });
});

describe('repairPassages', () => {
  const text = 'Talks began. 😀 The Taliban said yes. The US said yes.';
  const dataset = (passages: unknown[]) => ({
    format: 'sourceline/1',
    sources: [{ id: 'article', text }],
    events: [{ id: 'e', passages }],
  });
  const passagesOf = (result: unknown): unknown =>
    (result as { events: Array<{ passages: unknown[] }> }).events[0]?.passages;

  it('completes passages that have only a source and a quote, in the written key order', () => {
    const input = dataset([{ source: 'article', exact: 'The Taliban said yes.' }]);
    const { dataset: out, report } = repairPassages(input);
    const [passage] = passagesOf(out) as object[];
    expect(passage).toEqual({
      source: 'article',
      exact: 'The Taliban said yes.',
      start: 16,
      end: 37,
      prefix: 'Talks began. 😀 ',
      suffix: ' The US said yes.',
    });
    expect(Object.keys(passage ?? {})).toEqual([
      'source',
      'exact',
      'start',
      'end',
      'prefix',
      'suffix',
    ]);
    expect(report).toEqual([
      { path: 'events[0].passages[0]', outcome: 'completed', message: 'anchored at 16–37' },
    ]);
    // The input is left as it was.
    expect(passagesOf(input)).toEqual([{ source: 'article', exact: 'The Taliban said yes.' }]);
  });

  it('corrects offsets and context that no longer match, and says so', () => {
    const { report, dataset: out } = repairPassages(
      dataset([
        { source: 'article', exact: 'said yes.', start: 0, end: 9, suffix: ' The US' },
        { source: 'article', exact: 'The US said yes.', start: 38, end: 54, prefix: 'stale' },
        { source: 'article', exact: 'Talks began.', start: 0, end: 12 },
      ]),
    );
    expect(report).toEqual([
      { path: 'events[0].passages[0]', outcome: 'repaired', message: 'moved from 0–9 to 28–37' },
      { path: 'events[0].passages[1]', outcome: 'repaired', message: 'context updated at 38–54' },
      {
        path: 'events[0].passages[2]',
        outcome: 'completed',
        message: 'context filled in at 0–12',
      },
    ]);
    expect(passagesOf(out)).toMatchObject([
      { start: 28, prefix: 'Talks began. 😀 The Taliban ', suffix: ' The US said yes.' },
      { start: 38, prefix: 'began. 😀 The Taliban said yes. ', suffix: '' },
      { start: 0, prefix: '', suffix: ' 😀 The Taliban said yes. The US' },
    ]);
  });

  it('reports quotes it cannot place and leaves those passages as they were', () => {
    const unplaced = [
      { source: 'article', exact: 'said yes.' },
      { source: 'article', exact: 'said no.' },
      { source: 'elsewhere', exact: 'said yes.' },
      { source: 'article' },
    ];
    const { report, dataset: out } = repairPassages(dataset(unplaced));
    expect(report).toEqual([
      {
        path: 'events[0].passages[0]',
        outcome: 'ambiguous',
        message:
          'the quote occurs 2 times in sources[0].text (at 28–37, 45–54) and its context does not say which: lengthen the quote, or give a prefix or suffix',
      },
      {
        path: 'events[0].passages[1]',
        outcome: 'not-found',
        message: 'the quote is not in sources[0].text',
      },
      {
        path: 'events[0].passages[2]',
        outcome: 'unknown-source',
        message: 'unknown source "elsewhere"',
      },
      {
        path: 'events[0].passages[3]',
        outcome: 'no-quote',
        message: 'has no quote (`exact`) to anchor',
      },
    ]);
    expect(report.every(isRepairProblem)).toBe(true);
    expect(passagesOf(out)).toEqual(unplaced);
  });

  it('hints at CRLF when a quote written with \\n is not found in CRLF text', () => {
    const { report } = repairPassages({
      sources: [{ id: 's', text: 'One.\r\nTwo.' }],
      events: [{ passages: [{ source: 's', exact: 'One.\nTwo.' }] }],
    });
    expect(report[0]?.message).toBe(
      'the quote is not in sources[0].text (the text ends its lines with CRLF: the quote must too, as \\r\\n)',
    );
  });

  it('reports nothing for passages that are already right, and keeps unknown keys', () => {
    const made = passageFromQuote(text, 'article', 'Talks began.');
    if (!made.ok) throw new Error('expected a passage');
    const { report, dataset: out } = repairPassages(dataset([{ ...made.passage, note: 'x' }]));
    expect(report).toEqual([]);
    expect(passagesOf(out)).toEqual([{ ...made.passage, note: 'x' }]);
  });

  it('leaves alone what is not shaped like a dataset', () => {
    for (const input of [null, 42, [], { events: 'none' }, { events: [null, { passages: 7 }] }]) {
      expect(repairPassages(input)).toEqual({ dataset: input, report: [] });
    }
    // A key named __proto__ (JSON.parse makes it a plain key) stays a plain key.
    const hostile = JSON.parse(
      '{"sources":[{"id":"s","text":"abc"}],"events":[{"passages":[{"source":"s","exact":"b","__proto__":{"x":1}}]}]}',
    );
    const [passage] = passagesOf(repairPassages(hostile).dataset) as object[];
    expect(Object.getPrototypeOf(passage)).toBe(Object.prototype);
    expect(Object.keys(passage ?? {})).toContain('__proto__');
  });
});
