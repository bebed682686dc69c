import { describe, expect, it } from 'vitest';
import { eventFromValues, valuesOfProposal } from './eventValues';

const passage = { source: 's', exact: 'on Sunday', start: 10, end: 19 };

describe('an event from its form’s values', () => {
  it('trims the text, makes the kind a slug and the id unique', () => {
    const event = eventFromValues(
      {
        title: '  Talks in Doha ',
        summary: ' They met. ',
        kind: 'Diplomatic Talks',
        date: ' 2021-10-09 ',
        expression: ' on Sunday ',
        note: ' Sunday before publication. ',
        actors: [{ id: 'taliban', role: 'participant' }],
      },
      passage,
      new Set(['talks-in-doha']),
    );
    expect(event).toEqual({
      id: 'talks-in-doha-2',
      title: 'Talks in Doha',
      summary: 'They met.',
      kind: 'diplomatic-talks',
      date: { value: '2021-10-09', expression: 'on Sunday', note: 'Sunday before publication.' },
      actors: [{ id: 'taliban', role: 'participant' }],
      passages: [passage],
    });
  });

  it('starts a proposal’s form as a statement with what was proposed', () => {
    const values = valuesOfProposal({
      title: 'T',
      summary: 'S',
      date: '2021-10-09',
      expression: 'on Sunday',
      note: 'n',
      actors: [],
      alternatives: [],
      passage,
    } as never);
    expect(values).toEqual({
      title: 'T',
      summary: 'S',
      kind: 'statement',
      date: '2021-10-09',
      expression: 'on Sunday',
      note: 'n',
      actors: [],
    });
  });
});
