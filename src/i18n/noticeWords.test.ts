// Notices the pure code makes with a code: the English catalogue says them exactly as the code's
// own English (so the screen and the tools agree), and another language says them in its words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import { readTimelineCsv } from '../formats/readers/timelineCsv';
import { importTimelineJson, readTimelineJson } from '../formats/readers/timelineJson';
import { bidiParts, isolate } from '../model/bidi';
import { reconcileView } from '../model/reconcile';
import { type Said, said } from '../model/said';
import { decodeLocation } from '../model/sitePaths';
import { decodeView } from '../model/urlCodec';
import { DEFAULT_VIEW } from '../model/viewState';
import { repairNotices } from '../state/documentSlice';
import { importNotices } from '../state/openDataset';
import { ENGLISH } from './catalogue';
import { translatorFromFile } from './catalogueFile';
import { noticeWords } from './noticeWords';
import { makeTranslator } from './translator';

const english = makeTranslator('en', ENGLISH);
const french = translatorFromFile('fr');

const LINKS = [
  '?event=a&event=b',
  `?q=${'x'.repeat(2100)}`,
  '?utm_source=x&fbclid=y',
  '?actors=Not_An_Id,also%20not',
  `?kinds=${Array.from({ length: 60 }, (_, i) => `k${i}`).join(',')}`,
  '?match=some',
  '?from=2021-10-01',
  '?from=2021-13-01&to=2021-10-01',
  '?from=2021-10-02&to=2021-10-01',
  '?day=2021-02-30',
  '?embed=yes',
  '?dataset=https://user:pw@example.org/x.json',
  '?dataset=ftp://example.org',
  '?event=Not_an_id',
];

function seed() {
  const raw = readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8');
  const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
  if (!result.ok) throw new Error('seed');
  return result.value;
}

describe('notices with a code', () => {
  const link: Said[] = LINKS.flatMap((search) => decodeView(search).notices);
  const view: Said[] = reconcileView(
    {
      ...DEFAULT_VIEW,
      event: 'moon-landing',
      filters: { ...DEFAULT_VIEW.filters, actors: ['a', 'b', 'c', 'd', 'e'], kinds: ['ceremony'] },
      window: { from: -9_000_000, to: 9_000_000 },
    },
    seed(),
  ).notices;

  it('cover every kind of repaired link and view the tests make', () => {
    expect(new Set(link.map((notice) => notice.code)).size).toBeGreaterThanOrEqual(13);
    expect(view.map((notice) => notice.code).sort()).toEqual([
      'viewNoActors',
      'viewNoEvent',
      'viewNoKinds',
      'viewWindowNarrowed',
    ]);
  });

  it('read in English exactly as the pure code writes them', () => {
    for (const notice of [...link, ...view]) {
      expect(noticeWords(notice, english), notice.code).toBe(notice.text);
    }
  });

  it('read in French in French, with the values from the link', () => {
    const [embed] = decodeView('?embed=yes').notices;
    if (!embed) throw new Error('no notice');
    expect(noticeWords(embed, french)).toMatch(/^Le « embed » du lien doit être « 1 » ou « 0 »/);
    expect(noticeWords(embed, french)).toContain('yes');
    const [choice] = decodeView('?group=year').notices;
    if (!choice) throw new Error('no notice');
    // The choices are a list in the language's words ("ou", not "or").
    expect(noticeWords(choice, french)).toContain('« group »');
    expect(noticeWords(choice, french)).toMatch(/“kind” ou “actor”/);
  });

  it('fall back to their English when the code is unknown', () => {
    const unknown: Said = { code: 'somethingNew', values: {}, text: 'Something new.' };
    expect(noticeWords(unknown, french)).toBe('Something new.');
  });
});

describe('load failures with a code', () => {
  it('read in English exactly as the loader writes them, and in German in German', async () => {
    const { bodyFailureSaid, stallSaid } = await import('../model/loading');
    const { readDatasetText } = await import('../formats/readers/readDataset');
    const MB = 1024 * 1024;
    const failures: Said[] = [
      bodyFailureSaid('big.json', 3.2 * MB, 12 * MB, null),
      bodyFailureSaid('big.json', 37, null, null),
      bodyFailureSaid('big.json', 0, null, null),
      bodyFailureSaid('big.json', 10, null, 'gzip'),
      stallSaid('slow.json', 30, 0),
      stallSaid('slow.json', 30, 15 * 1024),
    ];
    for (const text of ['', '{"a":', '{"format":"other"}', '{"format":"sourceline/1"}']) {
      const result = await readDatasetText(text);
      if (result.ok || !result.said) throw new Error(`no coded failure for ${text}`);
      failures.push(result.said);
    }
    for (const failure of failures) {
      expect(noticeWords(failure, english), failure.code).toBe(failure.text);
    }
    const german = translatorFromFile('de');
    expect(noticeWords(failures[0] as Said, german)).toMatch(/brach nach 3,2 von 12 MB ab/);
    // A file that is not JSON: where it breaks, in numbers and its own characters.
    expect(failures[7]?.code).toBe('fileNotJsonAt');
    expect(noticeWords(failures[7] as Said, german)).toBe(
      'Die Datei ist kein JSON: Sie bricht in Zeile 1, Spalte 6 ab, bei „\u2068{"a":\u2069“.',
    );
  });
});

describe('the notice of passages out of place', () => {
  it('reads in English as the store writes it, and in French and Persian in their words', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
    );
    // A note on top (every passage shifts) and a changed figure (two quotes edited).
    raw.sources[0].text = `Updated on Monday.\n\n${raw.sources[0].text.replace('killed 46 people', 'killed 47 people')}`;
    const result = parseDataset(raw, { anchors: 'repair' });
    if (!result.ok) throw new Error('seed');
    const [notice] = repairNotices(result.value);
    if (!notice || typeof notice === 'string') throw new Error('no coded notice');
    expect(notice.code).toBe('passageStates');
    expect(noticeWords(notice, english)).toBe(notice.text);
    expect(notice.text).toMatch(
      /^Some passage positions in this dataset were out of date: \d+ passages found word for word at another place; 2 passages found with changed words \(edited\)\. Each event’s details say which\.$/,
    );
    expect(noticeWords(notice, french)).toMatch(
      /^Certaines positions de passages .* : \d+ passages retrouvés mot pour mot à un autre endroit ; 2 passages retrouvés avec des mots changés \(modifiés\)\./,
    );
    const persian = translatorFromFile('fa');
    expect(noticeWords(notice, persian)).toContain('؛ ۲ بخش با واژه‌های تغییریافته پیدا شد');
  });
});

describe('the notice of a deleted event', () => {
  it('reads in French with the title isolated', () => {
    const title = 'US and Taliban hold face-to-face talks in Doha';
    const notice = said('eventDeleted', { title: isolate(title) }, `“${title}” was deleted…`);
    const words = noticeWords(notice, french);
    expect(bidiParts(words)).toContainEqual({ text: title, isolated: true });
    expect(
      bidiParts(words)
        .map((part) => part.text)
        .join(''),
    ).toBe(`« ${title} » a été supprimé ; il n’est donc plus sélectionné.`);
  });
});

describe('notices of addresses, imports and reads', () => {
  const site = { base: '/', defaultDataset: 'doha-talks-2021' };
  const context = { name: 'sheet.csv', today: '2021-10-20' };
  const slides = (events: unknown[]) => ({ events });
  const failures: Said[] = [
    ...decodeLocation('/nowhere/at/all', '', site).notices,
    ...decodeLocation('/events/doha-talks/', '?event=other', site).notices,
    ...decodeLocation('/datasets/doha-talks-2021/', '?dataset=other', site).notices,
    ...[
      readTimelineJson({ timeline: { date: [] } }),
      readTimelineJson({ title: 'no events' }),
      readTimelineCsv('"never closed'),
      readTimelineCsv('a,b\n1,2'),
      importTimelineJson(slides([{ headline: 'no date' }, 7]), context),
      importTimelineJson(slides([{ start_date: { year: 'x' } }]), context),
    ].flatMap((result) => (!result.ok && result.said ? [result.said] : [])),
  ];

  it('read in English exactly as the pure code writes them', () => {
    expect(failures.map((notice) => notice.code).sort()).toEqual([
      'csvQuote',
      'notCsvSheet',
      'notTimeline',
      'pathNamesTwice',
      'pathNamesTwice',
      'pathNotAPage',
      'timelineJs2',
      'timelineProblems',
      'timelineProblems',
    ]);
    for (const notice of failures) {
      expect(noticeWords(notice, english), notice.code).toBe(notice.text);
    }
  });

  it('read in French in French', () => {
    const words = failures.map((notice) => noticeWords(notice, french));
    expect(words).toContain('Le fichier TimelineJS a 2 problèmes.');
    expect(words.find((w) => w.startsWith('Le chemin de l’adresse « '))).toMatch(
      /nowhere.*n’est pas une page de Sourceline/,
    );
    expect(words).toContain(
      'Le lien nomme le jeu de données deux fois, dans son chemin et comme « dataset » ; celui du chemin, « \u2068doha-talks-2021\u2069 », est utilisé.',
    );
  });

  it('say what an import could not keep in the language, its example too', () => {
    const result = importTimelineJson(
      slides([
        { start_date: { year: 2021 }, text: { headline: 'One' }, media: { url: 'javascript:x' } },
      ]),
      context,
    );
    if (!result.ok) throw new Error(result.summary);
    const [notice] = importNotices({ ...result.loaded, importedFrom: 'TimelineJS JSON' });
    if (!notice || typeof notice === 'string') throw new Error('no notice');
    expect(noticeWords(notice, english)).toBe(notice.text);
    const french_ = noticeWords(notice, french);
    expect(french_).toMatch(/^1 événement importé/);
    // The file's strings (the headline, the address) isolated among the words.
    const plain = french_.replace(/[\u2068\u2069]/g, '');
    expect(plain).toContain('diapositive 1 (« One ») : son média n’est pas une adresse http(s)');
    expect(plain).toContain('« javascript:x »');
    expect(french_).toContain('\u2068javascript:x\u2069');
  });
});
