import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from './runScript';
import { suggestionLines } from './suggest';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
const article: string = seed.sources[0].text;

describe('npm run suggest', () => {
  it('prints one JSON object per suggestion, its offsets covering its words', () => {
    const lines = suggestionLines(article, '2021-10-10');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      const out = JSON.parse(line);
      expect(Object.keys(out)).toEqual([
        'start',
        'end',
        'exact',
        'title',
        'kind',
        'value',
        'expression',
        'note',
      ]);
      expect(article.slice(out.start, out.end)).toBe(out.exact);
    }
    const sunday = JSON.parse(lines[0] ?? '');
    expect(sunday).toMatchObject({ start: 0, value: '2021-10-10', expression: 'on Sunday' });
  });

  it('reads stdin and refuses a missing publication day', { timeout: 60_000 }, async () => {
    const text = 'Talks resumed in Doha on Saturday, officials said.';
    const ran = await runScript('suggest.ts', ['--published', '2021-10-10'], text);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout.trim())).toMatchObject({ start: 0, value: '2021-10-09' });
    const refused = await runScript('suggest.ts', [], text);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--published is required');
  });
});
