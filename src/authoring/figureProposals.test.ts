import { describe, expect, it } from 'vitest';
import { proposeFigures } from './figureProposals';

const figures = (text: string) => proposeFigures(text).map((p) => p.figure);

describe('proposeFigures', () => {
  it.each([
    ['at least 46 people were killed', [{ what: 'killed', value: 46, hedge: 'at least' }]],
    ['at least 46 people', [{ what: 'people', value: 46, hedge: 'at least' }]],
    [
      'UN officials said more than 100 killed and injured',
      [{ what: 'killed and injured', value: 100, hedge: 'more than' }],
    ],
    [
      "Friday's suicide bombing that killed 46 people at a Shia mosque",
      [{ what: 'killed', value: 46 }],
    ],
    ['46 Killed Inside Afghanistan Mosque After IS Bomber Attack', [{ what: 'killed', value: 46 }]],
    [
      'killing and injuring 46 worshippers, a spokesman said',
      [{ what: 'killed and injured', value: 46 }],
    ],
    ['about forty-six civilians were wounded', [{ what: 'injured', value: 46, hedge: 'about' }]],
    [
      'over 1,200 people have been displaced',
      [{ what: 'displaced', value: 1200, hedge: 'more than' }],
    ],
    [
      'Twelve were killed and 30 injured',
      [
        { what: 'killed', value: 12 },
        { what: 'injured', value: 30 },
      ],
    ],
  ])('reads “%s”', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('proposes nothing for dates, years and numbers that count nothing known', () => {
    expect(figures('on 8 October 2021, the Taliban said')).toEqual([]);
    expect(figures('the U.S. military left on August 30')).toEqual([]);
    expect(figures('It was the first such meeting in 20 years')).toEqual([]);
    expect(figures('')).toEqual([]);
  });

  it('keeps the words each figure was read from', () => {
    expect(proposeFigures('a blast that killed at least 46 people').map((p) => p.words)).toEqual([
      'killed at least 46 people',
    ]);
  });
});
