import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileDataset } from '../../../e2e/hostile';
import { passageFromRange } from '../../dataset/anchor';
import type { Dataset } from '../../dataset/schema';
import { ANNOTATION_CONTEXT, codePointOffsets, datasetAnnotations } from './annotations';

const seed = JSON.parse(
  readFileSync(new URL('../../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

describe('codePointOffsets', () => {
  it('counts a surrogate pair as one code point', () => {
    const text = 'a😀b𝒳c';
    expect(codePointOffsets(text, [0, 1, 3, 4, 6, 7])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('agrees with Array.from for any text and offsets on code point boundaries, in any order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.nat()),
        (text, picks) => {
          const points = Array.from(text);
          const boundaries = points.map((_, i) => points.slice(0, i).join('').length);
          const offsets = picks.map((n) => boundaries[n % (boundaries.length || 1)] ?? 0);
          const expected = offsets.map((offset) => Array.from(text.slice(0, offset)).length);
          expect(codePointOffsets(text, offsets)).toEqual(expected);
        },
      ),
    );
  });
});

describe('exporting Web Annotations', () => {
  it('is an AnnotationCollection with one annotation per passage', () => {
    const collection = datasetAnnotations(seed);
    const passages = seed.events.flatMap((e) => e.passages);
    expect(collection).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      type: 'AnnotationCollection',
      total: passages.length,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection['rdfs:comment']).toMatch(/code points/);
    expect(collection.first.items).toHaveLength(passages.length);
    expect(new Set(collection.first.items.map((a) => a.id)).size).toBe(passages.length);
  });

  it('targets the source with a quote and a position, and names the event in its body', () => {
    const [annotation] = datasetAnnotations(seed).first.items;
    const event = seed.events[0];
    const passage = event?.passages[0];
    expect(annotation).toEqual({
      id: `urn:sourceline:doha-talks-2021:event:${event?.id}:passage:0`,
      type: 'Annotation',
      motivation: 'describing',
      body: {
        id: `urn:sourceline:doha-talks-2021:event:${event?.id}`,
        type: 'TextualBody',
        purpose: 'describing',
        format: 'text/plain',
        value: `${event?.title} — August 2021 (approximate)`,
      },
      target: {
        // The seed's source has no url: a stable urn stands in.
        source: 'urn:sourceline:doha-talks-2021:source:latin-post-2021-10-us-taliban-doha',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: passage?.exact,
            prefix: passage?.prefix,
            suffix: passage?.suffix,
          },
          // The seed is ASCII before this passage: code points and code units agree.
          { type: 'TextPositionSelector', start: passage?.start, end: passage?.end },
        ],
      },
    });
  });

  it('uses the source’s address as the target when it has one', () => {
    const copy = structuredClone(seed);
    const [source] = copy.sources;
    if (source) source.url = 'https://www.latinpost.com/article';
    expect(datasetAnnotations(copy).first.items[0]?.target.source).toBe(
      'https://www.latinpost.com/article',
    );
  });

  it('converts positions to code points where astral characters come first', () => {
    const dataset = hostileDataset() as unknown as Dataset;
    const text = dataset.sources[0]?.text ?? '';
    for (const annotation of datasetAnnotations(dataset).first.items) {
      const [quote, position] = annotation.target.selector;
      const points = Array.from(text);
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(text.indexOf(quote.exact)).not.toBe(position.start);
    }
  });

  it('keeps quote and position consistent on a text built for it', () => {
    const text = '𝒳😀 first, 🇦🇫 then the quote.';
    const made = passageFromRange(text, 's', text.indexOf('the quote'), text.indexOf('.'));
    if (!made.ok) throw new Error(made.reason);
    const passage = made.passage;
    const dataset: Dataset = {
      ...structuredClone(seed),
      sources: [
        { ...structuredClone(seed.sources[0] as Dataset['sources'][number]), id: 's', text },
      ],
      events: [
        { ...structuredClone(seed.events[0] as Dataset['events'][number]), passages: [passage] },
      ],
    };
    const [, position] = datasetAnnotations(dataset).first.items[0]?.target.selector ?? [];
    // 𝒳, 😀 and the two regional indicators of 🇦🇫: four code points of two code units each.
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: passage.start - 4,
      end: passage.end - 4,
    });
  });
});
