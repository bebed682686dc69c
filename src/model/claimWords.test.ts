import { describe, expect, it } from 'vitest';
import { SINGLE_SOURCE } from '../dataset/corroboration';
import {
  conservativeWords,
  disputeWords,
  figureWords,
  rangeWords,
  supportWords,
} from './claimWords';

describe('claims in words', () => {
  it('writes a figure as its source gives it', () => {
    expect(figureWords({ what: 'killed', value: 46 })).toBe('46');
    expect(figureWords({ what: 'killed', value: 46, hedge: 'at least' })).toBe('at least 46');
    expect(figureWords({ what: 'killed', value: 1200, hedge: 'more than' })).toBe(
      'more than 1,200',
    );
    expect(figureWords({ what: 'killed', min: 40, max: 60 })).toBe('40 to 60');
    expect(figureWords({ what: 'killed', min: 40 })).toBe('at least 40');
    expect(figureWords({ what: 'killed', max: 60 })).toBe('up to 60');
  });

  it('states a range with its sources, and the conservative figure', () => {
    const range = {
      what: 'killed and injured',
      lowest: { what: 'killed and injured', value: 46 },
      highest: { what: 'killed and injured', value: 100, hedge: 'more than' as const },
      sources: 2,
      disputed: true,
    };
    expect(rangeWords(range)).toBe('46 to more than 100 killed and injured · 2 sources');
    expect(conservativeWords(range)).toBe(
      'Conservative figure: 46 killed and injured (the lowest a source gives, as ACLED reports when sources differ)',
    );
    expect(rangeWords({ ...range, highest: range.lowest, sources: 1 })).toBe(
      '46 killed and injured · 1 source',
    );
  });

  it('says how many sources and outlets, and what is disputed', () => {
    expect(supportWords(SINGLE_SOURCE)).toBe('1 source');
    const disputed = {
      status: 'disputed' as const,
      sources: 2,
      outlets: 3,
      copies: 1,
      disputedDate: true,
      disputedFigures: ['killed', 'injured'],
    };
    expect(supportWords(disputed)).toBe(
      '2 sources from 3 outlets (a copy of another source’s text counted once)',
    );
    expect(disputeWords(disputed)).toBe('the date, the number killed and the number injured');
    expect(disputeWords({ ...disputed, disputedFigures: [] })).toBe('the date');
    expect(disputeWords(SINGLE_SOURCE)).toBe('');
  });
});
