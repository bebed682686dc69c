import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset/schema';
import { anchorText } from './anchor';
import { reanchorDatasetText } from './anchorUpdate';
import { runScript } from './runScript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'data/doha-talks-2021.json';
const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const seed = JSON.parse(seedText) as Dataset;

const dir = mkdtempSync(join(tmpdir(), 'sourceline-anchor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The seed as a person would write it by hand: each passage only a source and a quote. */
function quotesOnly(dataset: Dataset): unknown {
  const copy = structuredClone(dataset);
  for (const event of copy.events) {
    for (const passage of event.passages) {
      for (const key of ['start', 'end', 'prefix', 'suffix']) Reflect.deleteProperty(passage, key);
    }
  }
  return copy;
}

describe('anchorText (the core of npm run anchor)', () => {
  it('leaves the seed dataset unchanged, byte for byte', () => {
    expect(anchorText(seedText)).toEqual({ output: seedText, repairs: [], problems: [] });
  });

  it('restores the seed exactly from its quotes alone', () => {
    const { output, repairs, problems } = anchorText(JSON.stringify(quotesOnly(seed), null, 2));
    expect(problems).toEqual([]);
    expect(output === seedText, 'the restored seed differs from data/doha-talks-2021.json').toBe(
      true,
    );
    const passages = seed.events.reduce((n, event) => n + event.passages.length, 0);
    expect(repairs).toHaveLength(passages);
    expect(repairs.every((repair) => repair.outcome === 'completed')).toBe(true);
    // Whatever the input's layout (here a single line), the output is the seed's layout.
    expect(anchorText(JSON.stringify(quotesOnly(seed))).output === seedText).toBe(true);
  });

  it('repairs offsets and context that an edit of the text has shifted', () => {
    const edited = structuredClone(seed);
    const source = edited.sources[0];
    if (!source) throw new Error('the seed has a source');
    source.text = `Editor’s note: updated.\n\n${source.text}`;
    const { output, repairs, problems } = anchorText(JSON.stringify(edited));
    expect(problems).toEqual([]);
    expect(repairs.every((repair) => repair.outcome === 'repaired')).toBe(true);
    const shift = 'Editor’s note: updated.\n\n'.length;
    const out = JSON.parse(output ?? '') as Dataset;
    out.events.forEach((event, e) => {
      event.passages.forEach((passage, p) => {
        // The passages of the other source (the statement) stay where they were.
        const moved = passage.source === source.id ? shift : 0;
        expect(passage.start).toBe((seed.events[e]?.passages[p]?.start ?? 0) + moved);
      });
    });
  });

  it('reports quotes not found or found twice with their paths, and other problems once', () => {
    const broken = quotesOnly(seed) as Dataset;
    const [first, second, third] = broken.events;
    if (!first?.passages[0] || !second?.passages[0] || !third) throw new Error('seed events');
    first.passages[0].exact = 'Words nobody wrote.';
    second.passages[0].exact = 'Taliban';
    third.title = '';
    const { problems } = anchorText(JSON.stringify(broken));
    expect(problems).toEqual([
      'events[0].passages[0]: the quote is not in sources[0].text',
      expect.stringMatching(
        /^events\[1\]\.passages\[0\]: the quote occurs \d+ times in sources\[0\]\.text \(at \d+–\d+, .*, …\) and its context does not say which: lengthen the quote, or give a prefix or suffix$/,
      ),
      'events[2].title: must not be empty',
    ]);
  });

  it('refuses a file nested absurdly deep, without crashing', () => {
    const deep = `{"format":"sourceline/1","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(anchorText(deep)).toEqual({
      output: null,
      repairs: [],
      problems: ['extra: nested deeper than 64 levels'],
    });
  });

  it('says when the file is not JSON', () => {
    const { output, problems } = anchorText('{"format": ');
    expect(output).toBeNull();
    expect(problems).toEqual([expect.stringMatching(/^not valid JSON: /)]);
  });
});

const runCli = (args: string[]) => runScript('anchor.ts', args);

describe('npm run anchor (the CLI)', () => {
  it('completes a hand-written file in place', { timeout: 30_000 }, async () => {
    const file = tempFile('by-hand.json', JSON.stringify(quotesOnly(seed), null, 2));
    const { code, stdout } = await runCli([file]);
    expect(code).toBe(0);
    expect(stdout).toContain(`✓ ${file}: 29 passages anchored or repaired, rewritten`);
    expect(stdout).toContain('  events[0].passages[0]: anchored at ');
    expect(readFileSync(file, 'utf8') === seedText).toBe(true);
  });

  it('leaves an anchored file untouched, and --check passes on it', {
    timeout: 30_000,
  }, async () => {
    const file = tempFile('anchored.json', seedText);
    const before = statSync(file).mtimeMs;
    const { code, stdout } = await runCli([file, '--check']);
    expect(code).toBe(0);
    expect(stdout).toContain(`✓ ${file}: already anchored, unchanged`);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('--check fails on a file that needs anchoring, and writes nothing', {
    timeout: 30_000,
  }, async () => {
    const content = JSON.stringify(quotesOnly(seed));
    const file = tempFile('unanchored.json', content);
    const { code, stderr } = await runCli([file, '--check']);
    expect(code).toBe(1);
    expect(stderr).toContain('not anchored (run without --check)');
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('--out - prints the dataset alone on standard output', { timeout: 30_000 }, async () => {
    const file = tempFile('to-stdout.json', JSON.stringify(quotesOnly(seed)));
    const { code, stdout, stderr } = await runCli([file, '--out', '-']);
    expect(code).toBe(0);
    expect(stdout === seedText).toBe(true);
    expect(stderr).toContain(`✓ ${file}`);
  });

  it('exits 1 naming each quote it cannot place', { timeout: 30_000 }, async () => {
    const broken = quotesOnly(seed) as Dataset;
    const passage = broken.events[3]?.passages[0];
    if (!passage) throw new Error('seed passage');
    passage.exact = 'Words nobody wrote.';
    const file = tempFile('cli-bad.json', JSON.stringify(broken, null, 2));
    const { code, stderr } = await runCli([file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`✗ ${file}: 28 passages anchored or repaired, rewritten; 1 problem`);
    expect(stderr).toContain('  events[3].passages[0]: the quote is not in sources[0].text');
    // What could be anchored was written; the quote that could not stays as it was.
    const written = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    expect(written.events[3]?.passages[0]).toEqual({
      source: passage.source,
      exact: passage.exact,
    });
    expect(written.events[4]?.passages[0]).toEqual(seed.events[4]?.passages[0]);
  });

  it('explains its usage', { timeout: 30_000 }, async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('no dataset file given');
    expect(stderr).toContain('usage: npm run anchor -- <file.json>');
  });
});

describe('npm run anchor -- --source --text (a new version of an article)', () => {
  const sourceId = seed.sources[0]?.id ?? '';
  const article = seed.sources[0]?.text ?? '';
  /** The article's passages (the seed's other source, the statement, is not re-anchored). */
  const articlePassages = seed.events.flatMap((e) =>
    e.passages.filter((passage) => passage.source === sourceId),
  ).length;
  /** A paragraph on top (every passage shifts) and 46 → 47 in two quotes. */
  const newVersion = `Updated on Monday.\n\n${article.replace('killed 46 people', 'killed 47 people')}`;

  it('gives each passage its state, score and new place', () => {
    const { lines, output, problems } = reanchorDatasetText(seedText, sourceId, newVersion);
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(articlePassages);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['event', 'passage', 'state', 'score', 'start', 'end']);
    }
    const edited = lines.filter((line) => line.state === 'edited');
    expect(edited.map((line) => `${line.event}:${line.passage}`)).toEqual([
      'shia-mosque-suicide-bombing:1',
      'iskp-claims-mosque-bombing:0',
    ]);
    const first = lines.find((line) => line.event === 'doha-talks' && line.passage === 0);
    const before = seed.events.find((e) => e.id === 'doha-talks')?.passages[0];
    expect(first).toEqual({
      event: 'doha-talks',
      passage: 0,
      state: 'exact',
      score: 1,
      start: (before?.start ?? 0) + 20,
      end: (before?.end ?? 0) + 20,
    });
    // The dataset with the new text: word-for-word passages moved, edited ones left for review.
    const written = JSON.parse(output ?? '') as Dataset;
    expect(written.sources[0]?.text).toBe(newVersion);
    const events = new Map(written.events.map((e) => [e.id, e]));
    expect(events.get('doha-talks')?.passages[0]?.start).toBe(first?.start);
    expect(events.get('shia-mosque-suicide-bombing')?.passages[1]).toEqual(
      seed.events.find((e) => e.id === 'shia-mosque-suicide-bombing')?.passages[1],
    );
  });

  it('refuses an unknown source, naming the known ones', () => {
    expect(reanchorDatasetText(seedText, 'nope', newVersion).problems).toEqual([
      `no source "nope" in the dataset (its sources: ${seed.sources.map((s) => `"${s.id}"`).join(', ')})`,
    ]);
  });

  it('prints JSON lines; --write updates exact and moved only', { timeout: 30_000 }, async () => {
    const file = tempFile('update.json', seedText);
    const text = tempFile('new-version.txt', newVersion);
    const dry = await runCli([file, '--source', sourceId, '--text', text]);
    expect(dry.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(seedText);
    const lines = dry.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(articlePassages);
    expect(dry.stderr).toContain('2 passages need review');
    const wrote = await runCli([file, '--source', sourceId, '--text', text, '--write']);
    expect(wrote.stdout).toBe(dry.stdout);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    expect(written.sources[0]?.text).toBe(newVersion);
    expect(written.events[5]?.passages[0]?.start).toBe(
      (seed.events[5]?.passages[0]?.start ?? 0) + 20,
    );
    // Without changes to review, it exits 0.
    const shifted = tempFile('shifted.txt', `Updated.\n\n${article}`);
    const clean = await runCli([
      tempFile('clean.json', seedText),
      '--source',
      sourceId,
      '--text',
      shifted,
    ]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain(`${articlePassages} exact`);
  });

  it('explains a wrong combination of options', { timeout: 30_000 }, async () => {
    const { code, stderr } = await runCli([SEED, '--source', sourceId]);
    expect(code).toBe(2);
    expect(stderr).toContain('--source and --text go together');
  });
});
