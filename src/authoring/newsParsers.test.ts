// The parsers and filters newsChrono.ts adds to chrono-node, each rule in sentences of its own.
import { describe, expect, it } from 'vitest';
import { proposeDate } from './dateProposals';

const MONDAY = '2024-06-10';

function expectDate(text: string, value: string | null, expression?: string, published = MONDAY) {
  const proposal = proposeDate(text, published);
  expect(proposal?.value ?? null, text).toBe(value);
  if (expression !== undefined) expect(proposal?.expression, text).toBe(expression);
}

describe('bare years as modifiers and headings', () => {
  it.each([
    ['A 2019 ruling struck the law down.', '2019', '2019'],
    ['The bank said its 2022 profits doubled.', '2022', '2022'],
    ['For 2023, the airline lost $40 million.', '2023', 'For 2023'],
    ['Voters rejected the pre-2010 rules.', '2010', '2010'],
  ])('%s', (text, value, expression) => expectDate(text, value, expression));

  it.each([
    'The firm laid off its 1200 staff.',
    'Seats were found for 2000 people in the hall.',
    'A 2000-strong crowd gathered.',
  ])('leaves counts alone: %s', (text) => expectDate(text, null));
});
