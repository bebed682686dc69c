import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import { clip, linkPreview, previewTags } from './linkPreview';

const site = { base: '/', defaultDataset: 'doha-talks-2021' };
const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));

function loaded(data: unknown) {
  const result = parseDataset(data, { anchors: 'repair' });
  if (!result.ok) throw new Error('the seed does not parse');
  return result.value;
}

describe('link previews', () => {
  it('an event’s: its title, date in words, first passage and its source', () => {
    const preview = linkPreview(loaded(seed), site, 'doha-talks-2021', 'doha-talks');
    expect(preview).toMatchObject({
      title: 'US and Taliban hold face-to-face talks in Doha',
      date: '9–10 October 2021',
      source:
        'Latin Post, Taliban: US will provide humanitarian aid to Afghanistan without recognition',
      path: '/events/doha-talks/',
      imagePath: '/events/doha-talks/preview.png',
    });
    expect(preview.quote).toMatch(/^The statement came after the face-to-face meetings/);
    expect(preview.marks.chosen).not.toBeNull();
  });

  it('cuts long text at a word, with an ellipsis', () => {
    expect(clip('one two three four five', 12)).toBe('one two…');
    expect(clip('  short\n text ', 40)).toBe('short text');
  });

  it('a hostile title stays text in every tag', () => {
    const hostile = structuredClone(seed);
    const title = '"><script>alert(1)</script><meta property="og:title" content="x';
    hostile.events[0].title = title;
    const data = loaded(hostile);
    const id = hostile.events[0].id;
    const tags = previewTags(linkPreview(data, site, 'doha-talks-2021', id), 'https://a.example');
    expect(tags).not.toMatch(/<script/i);
    const document = parseDocument(`<head>${tags}</head>`);
    const ogTitles = DomUtils.findAll(
      (node) => node.name === 'meta' && node.attribs.property === 'og:title',
      document.children,
    );
    expect(ogTitles.map((meta) => meta.attribs.content)).toEqual([title]);
  });

  it('without a site address, no tag holds a relative address where an absolute one is due', () => {
    const tags = previewTags(linkPreview(loaded(seed), site, 'doha-talks-2021', null), null);
    expect(tags).not.toMatch(/og:image"|og:url|twitter:image"|canonical/);
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
  });
});
