import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offsetsMatch } from '../dataset/anchor';
import type { Dataset } from '../dataset/schema';
import { actorsNamedIn, proposeEvent, sentenceAround } from './eventProposal';
import { type NewTimelineInput, newDraft } from './newTimeline';

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

describe('sentenceAround', () => {
  const text = 'First one. The U.S. said on Friday that talks went well. Last one.\nNext line.';
  it('finds the whole sentence around a few words, not cut at "U.S."', () => {
    const at = text.indexOf('said');
    const { start, end } = sentenceAround(text, at, at + 4);
    expect(text.slice(start, end)).toBe('The U.S. said on Friday that talks went well.');
  });
  it('spans the sentences a selection crosses, but not past the paragraph', () => {
    const at = text.indexOf('well');
    const { start, end } = sentenceAround(text, at, text.indexOf('Last') + 4);
    expect(text.slice(start, end)).toBe('The U.S. said on Friday that talks went well. Last one.');
  });
});

describe('actorsNamedIn', () => {
  it('finds names and aliases as whole words, in order, ignoring case', () => {
    const actors: Dataset['actors'] = [
      { id: 'us', name: 'United States', kind: 'state', aliases: ['U.S.', 'Washington'] },
      { id: 'taliban', name: 'Taliban', kind: 'armed-group' },
      { id: 'china', name: 'China', kind: 'state' },
    ];
    expect(actorsNamedIn(actors, 'The Taliban met the U.S. delegation')).toEqual([
      { id: 'taliban', at: 4 },
      { id: 'us', at: 20 },
    ]);
    expect(actorsNamedIn(actors, 'Chinatown and Indochina')).toEqual([]);
  });
});

describe('proposeEvent', () => {
  it('proposes the seed’s bombing from a selection, as the curated dataset has it', () => {
    const start = article.text.indexOf("Friday's suicide bombing");
    const end = start + "Friday's suicide bombing that killed 46 people at a Shia mosque".length;
    const proposal = proposeEvent(seed, article.id, start, end);
    if (!proposal) throw new Error('no proposal');
    expect(proposal.date).toBe('2021-10-08');
    expect(proposal.expression).toContain('Friday');
    expect(proposal.note).toContain('2021-10-10');
    expect(proposal.passage.exact).toBe(article.text.slice(start, end));
    expect(offsetsMatch(article.text, proposal.passage)).toBe(true);
    expect(proposal.title.length).toBeLessThanOrEqual(121);
    expect(proposal.actors.map((a) => a.id)).toContain('iskp');
  });

  it('proposes no date where the words date nothing', () => {
    const text = 'The ISKP is an affiliate group.';
    const draft = newDraft(form({ text }));
    const proposal = proposeEvent(draft, draft.sources[0]?.id ?? '', 0, text.length);
    expect(proposal?.date).toBe('');
    expect(proposal?.note).toMatch(/give the date/);
  });

  it('is null for an empty selection or an unknown source', () => {
    expect(proposeEvent(seed, article.id, 10, 10)).toBeNull();
    expect(proposeEvent(seed, 'nope', 0, 5)).toBeNull();
  });
});
