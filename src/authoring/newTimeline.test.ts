import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import type { Dataset } from '../dataset/schema';
import { proposeEvent } from './eventProposal';
import { checkNewTimeline, type NewTimelineInput, newDraft } from './newTimeline';
import { uniqueId } from './uniqueId';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Dataset;
const article = seed.sources[0] as Dataset['sources'][number];

const form = (changes: Partial<NewTimelineInput['sources'][number]> = {}): NewTimelineInput => ({
  title: 'Doha, October 2021',
  sources: [
    {
      text: article.text,
      title: 'Taliban: US will provide aid',
      publisher: 'Latin Post',
      author: 'Joshua Summers',
      published: '2021-10-10',
      url: '',
      ...changes,
    },
  ],
});

describe('checkNewTimeline', () => {
  it('accepts a filled-in form', () => {
    expect(checkNewTimeline(form())).toEqual([]);
  });

  it('names each missing or wrong field', () => {
    const problems = checkNewTimeline({
      title: ' \u200B ',
      sources: [
        { text: '', title: '', publisher: '', author: '', published: '10/10/2021', url: 'ftp://x' },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'sources[0].text',
      'sources[0].title',
      'sources[0].publisher',
      'sources[0].author',
      'sources[0].published',
      'sources[0].url',
    ]);
    expect(checkNewTimeline(form({ url: 'https://user:pw@example.org/' }))[0]?.field).toBe(
      'sources[0].url',
    );
    expect(checkNewTimeline(form({ published: '2021-02-29' }))[0]?.field).toBe(
      'sources[0].published',
    );
  });
});

describe('newDraft', () => {
  it('starts a dataset the validator accepts once it has an event', () => {
    const draft = newDraft(form({ url: 'https://www.latinpost.com/x' }));
    expect(draft).toMatchObject({
      format: 'sourceline/1',
      id: 'doha-october-2021',
      sources: [{ id: 'taliban-us-will-provide-aid', url: 'https://www.latinpost.com/x' }],
      actors: [],
      events: [],
    });
    const start = article.text.indexOf('The Taliban on Sunday confirmed');
    const proposal = proposeEvent(draft, 'taliban-us-will-provide-aid', start, start + 40);
    if (!proposal) throw new Error('no proposal');
    const withEvent: Dataset = {
      ...draft,
      events: [
        {
          id: 'aid',
          title: proposal.title,
          summary: proposal.summary,
          kind: 'statement',
          date: { value: proposal.date, expression: proposal.expression, note: proposal.note },
          actors: [],
          passages: [proposal.passage],
        },
      ],
    };
    const parsed = parseDataset(withEvent, { anchors: 'strict' });
    expect(parsed.ok).toBe(true);
  });

  it('gives two articles of the same title different ids', () => {
    const twice = form();
    twice.sources.push({ ...(twice.sources[0] as NewTimelineInput['sources'][number]) });
    expect(newDraft(twice).sources.map((s) => s.id)).toEqual([
      'taliban-us-will-provide-aid',
      'taliban-us-will-provide-aid-2',
    ]);
    expect(uniqueId('!!!', 'event', new Set(['event']))).toBe('event-2');
  });
});

describe('the article’s language', () => {
  it('is optional, and checked as a BCP 47 tag', () => {
    expect(checkNewTimeline(form({ lang: '' }))).toEqual([]);
    expect(checkNewTimeline(form({ lang: 'fa-af' }))).toEqual([]);
    expect(checkNewTimeline(form({ lang: 'Dari please' })).map((p) => p.field)).toEqual([
      'sources[0].lang',
    ]);
  });

  it('goes into the draft, canonical, and names the dataset’s words when all articles share it', () => {
    const draft = newDraft(form({ lang: 'fa-af' }));
    expect(draft.sources[0]?.lang).toBe('fa-AF');
    expect(draft.lang).toBe('fa-AF');
    const mixed = form({ lang: 'fa' });
    mixed.sources.push({
      ...(mixed.sources[0] as NewTimelineInput['sources'][number]),
      lang: 'en',
    });
    expect(newDraft(mixed).lang).toBeUndefined();
    expect(newDraft(form()).lang).toBeUndefined();
  });

  it('stops the date proposals for an article not in English: no date rather than a wrong one', () => {
    const start = article.text.indexOf('The Taliban on Sunday confirmed');
    const english = proposeEvent(
      newDraft(form({ lang: 'en' })),
      'taliban-us-will-provide-aid',
      start,
      start + 40,
    );
    expect(english?.datesRead).toBe(true);
    expect(english?.date).not.toBe('');
    const draft = newDraft(form({ lang: 'fa' }));
    const proposal = proposeEvent(draft, 'taliban-us-will-provide-aid', start, start + 40);
    expect(proposal?.datesRead).toBe(false);
    expect(proposal?.date).toBe('');
    expect(proposal?.alternatives).toEqual([]);
    expect(proposal?.note).toMatch(/English only/);
    expect(proposal?.lang).toBe('fa');
  });
});
