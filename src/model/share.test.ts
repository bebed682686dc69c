import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import type { Dataset } from '../dataset/schema';
import { EXPORT_FILE_TYPES } from '../formats/exportFormats';
import {
  datasetAsShown,
  datasetToExport,
  EMBED_DEFAULT_HEIGHT,
  embedSnippet,
  escapeAttribute,
  exportFileName,
  heightMessage,
  resizeScript,
  viewAddress,
} from './share';
import { decodeView } from './urlCodec';
import { DEFAULT_VIEW } from './viewState';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

function load(dataset: unknown) {
  const result = parseDataset(dataset, { anchors: 'repair' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('datasetToExport', () => {
  it('gives the whole dataset as it is when nothing was repaired', () => {
    const loaded = load(seed);
    const result = datasetToExport(loaded, 'dataset', []);
    expect(result).toEqual({ ok: true, dataset: loaded.dataset });
    expect(datasetAsShown(loaded)).toBe(loaded.dataset);
  });

  it('gives only the filtered events, as a valid dataset', () => {
    const loaded = load(seed);
    const result = datasetToExport(loaded, 'filtered', [
      'doha-talks',
      'shia-mosque-suicide-bombing',
    ]);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.events.map((event) => event.id).sort()).toEqual([
      'doha-talks',
      'shia-mosque-suicide-bombing',
    ]);
    expect(parseDataset(result.dataset, { anchors: 'strict' }).ok).toBe(true);
  });

  it('refuses a filtered view of no events, with a message', () => {
    expect(datasetToExport(load(seed), 'filtered', [])).toEqual({
      ok: false,
      message: 'No events to export: the view shows none.',
    });
  });

  it('writes a passage re-anchored on load at the offsets it was found at, so the file validates', () => {
    const stale = structuredClone(seed);
    const event = stale.events[0];
    const passage = event?.passages[0];
    if (!event || !passage) throw new Error('the seed has events with passages');
    const { start, end } = passage;
    passage.start = start + 3;
    passage.end = end + 3;
    expect(parseDataset(stale, { anchors: 'strict' }).ok).toBe(false);
    const loaded = load(stale);
    const result = datasetToExport(loaded, 'dataset', []);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.events[0]?.passages[0]).toMatchObject({ start, end });
    expect(parseDataset(result.dataset, { anchors: 'strict' }).ok).toBe(true);
    // The loaded dataset itself is left as it was read.
    expect(loaded.dataset.events[0]?.passages[0]?.start).toBe(start + 3);
  });
});

describe('exportFileName', () => {
  it('names the file after the dataset, the scope and the format', () => {
    expect(
      exportFileName('doha-talks-2021', 'dataset', EXPORT_FILE_TYPES.sourceline.extension),
    ).toBe('doha-talks-2021.json');
    expect(
      exportFileName('doha-talks-2021', 'dataset', EXPORT_FILE_TYPES.timelinejs.extension),
    ).toBe('doha-talks-2021.timelinejs.json');
    expect(exportFileName('doha-talks-2021', 'filtered', EXPORT_FILE_TYPES.csv.extension)).toBe(
      'doha-talks-2021-filtered.csv',
    );
    expect(
      exportFileName('doha-talks-2021', 'filtered', EXPORT_FILE_TYPES.annotations.extension),
    ).toBe('doha-talks-2021-filtered.annotations.jsonld');
  });
});

describe('embedding', () => {
  const app = 'https://sourceline.example/app/';

  it('addresses the same view, embedded or not', () => {
    const view = {
      ...DEFAULT_VIEW,
      event: 'doha-talks',
      filters: { ...DEFAULT_VIEW.filters, kinds: ['attack'] },
    };
    const embedded = viewAddress(app, view, true);
    expect(embedded).toBe('https://sourceline.example/app/?event=doha-talks&kinds=attack&embed=1');
    expect(viewAddress(app, { ...view, embed: true }, false)).toBe(
      'https://sourceline.example/app/?event=doha-talks&kinds=attack',
    );
    expect(decodeView(new URL(embedded).search).view).toEqual({ ...view, embed: true });
  });

  it('writes an iframe with a title naming the dataset, full width, lazy, with a height', () => {
    expect(embedSnippet(`${app}?embed=1`, 'US–Taliban talks')).toBe(
      `<iframe src="${app}?embed=1" title="US–Taliban talks — a Sourceline timeline" width="100%" height="${EMBED_DEFAULT_HEIGHT}" loading="lazy" style="border: 0"></iframe>`,
    );
  });

  it('escapes a hostile title and address, so the snippet is one inert iframe', () => {
    const snippet = embedSnippet(
      `${app}?q=a"b&embed=1`,
      "\"><script>alert(1)</script><img src=x onerror='alert(2)'>",
    );
    expect(snippet).not.toContain('<script');
    expect(snippet).not.toContain('<img');
    // Six attributes, each quoted once.
    expect(snippet.match(/"/g)?.length).toBe(12);
    expect(snippet).toContain('src="https://sourceline.example/app/?q=a&quot;b&amp;embed=1"');
    expect(escapeAttribute(`&"'<>`)).toBe('&amp;&quot;&#39;&lt;&gt;');
  });

  it('gives a host script that trusts only the app’s origin and the frame that sent it', () => {
    const script = resizeScript('https://sourceline.example');
    expect(script).toContain('event.origin !== "https://sourceline.example"');
    expect(script).toContain("event.data?.type !== 'sourceline:height'");
    expect(script).toContain('frame.contentWindow === event.source');
  });

  it('posts whole, non-negative heights', () => {
    expect(heightMessage(412.2)).toEqual({ type: 'sourceline:height', height: 413 });
    expect(heightMessage(-5)).toEqual({ type: 'sourceline:height', height: 0 });
  });
});
