import { describe, expect, it } from 'vitest';
import { withoutMarks } from './bidi';
import {
  bodyFailureSummary,
  formatBytes,
  formatProgress,
  originLine,
  showsProgress,
  stallSummary,
} from './loading';

const MB = 1024 * 1024;

describe('amounts downloaded', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [37, '37 bytes'],
    [15 * 1024, '15 KB'],
    [1536, '1.5 KB'],
    [3.24 * MB, '3.2 MB'],
    [12 * MB, '12 MB'],
    [50 * MB, '50 MB'],
  ])('%d bytes are “%s”', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });

  it('says how much of a known total has arrived, in the total’s unit', () => {
    expect(formatProgress(3.2 * MB, 12 * MB)).toBe('3.2 of 12 MB');
    expect(formatProgress(0.4 * MB, 1.3 * MB)).toBe('0.4 of 1.3 MB');
    expect(formatProgress(15 * 1024, 30 * 1024)).toBe('15 of 30 KB');
    expect(formatProgress(37, 100)).toBe('37 of 100 bytes');
    expect(formatProgress(1, 1)).toBe('1 of 1 byte');
  });

  it('says only what has arrived when the total is unknown', () => {
    expect(formatProgress(3.2 * MB, null)).toBe('3.2 MB');
    expect(formatProgress(12, null)).toBe('12 bytes');
  });
});

describe('when progress shows', () => {
  it('shows for a download over 1 MB, known from its total or from what arrived', () => {
    expect(showsProgress(0, 2 * MB, 0)).toBe(true);
    expect(showsProgress(1.5 * MB, null, 0)).toBe(true);
  });

  it('shows for a slow download of any size, after a second', () => {
    expect(showsProgress(10, null, 999)).toBe(false);
    expect(showsProgress(10, null, 1_000)).toBe(true);
  });

  it('does not show for a small, quick one', () => {
    expect(showsProgress(40_000, 40_000, 200)).toBe(false);
  });
});

describe('why a download failed', () => {
  it('says how much arrived before a connection was cut', () => {
    expect(withoutMarks(bodyFailureSummary('a.json', 15 * 1024, 30 * 1024, null))).toBe(
      'The download of a.json was cut off after 15 of 30 KB: the connection was lost before the whole file arrived.',
    );
    expect(withoutMarks(bodyFailureSummary('a.json', 3.2 * MB, null, null))).toBe(
      'The download of a.json was cut off after 3.2 MB: the connection was lost before the whole file arrived.',
    );
  });

  it('names a corrupt compressed body when the encoding can be read', () => {
    expect(withoutMarks(bodyFailureSummary('a.json', 0, 4106, 'gzip'))).toBe(
      'The download of a.json could not be decompressed: the server sent it compressed (gzip), but the compressed data is corrupt.',
    );
    expect(withoutMarks(bodyFailureSummary('a.json', 20, null, ' identity '))).toContain(
      'was cut off after',
    );
  });

  it('names both causes when nothing arrived and the encoding is hidden', () => {
    expect(withoutMarks(bodyFailureSummary('a.json', 0, 4106, null))).toBe(
      'The download of a.json was cut off before any data arrived: the connection was lost, or the server sent compressed data that is corrupt.',
    );
  });

  it('isolates the name, whose direction must not reorder the words around it', () => {
    expect(stallSummary('\u202Ex.json', 30, 0)).toContain('\u2068\u202Ex.json\u2069');
  });

  it('says a download stopped for sending nothing', () => {
    expect(withoutMarks(stallSummary('https://a.example/x.json', 30, 100))).toBe(
      'https://a.example/x.json stopped sending data for 30 seconds (after 100 bytes), so the download was stopped.',
    );
    expect(withoutMarks(stallSummary('x.json', 30, 0))).toContain('(before any data arrived)');
  });
});

describe('the origin line', () => {
  it('names the host the data came from', () => {
    expect(originLine('https://a.example/x.json', 'https://a.example/x.json')).toBe(
      'Loaded from a.example',
    );
    expect(originLine('https://a.example/x.json', 'https://a.example/other/y.json')).toBe(
      'Loaded from a.example',
    );
  });

  it('names both hosts after a redirect to another one', () => {
    expect(originLine('https://a.example/x.json', 'https://b.example/x.json')).toBe(
      'Loaded from b.example (redirected from a.example)',
    );
    expect(originLine('http://127.0.0.1:4000/r', 'http://localhost:4000/ok.json')).toBe(
      'Loaded from localhost:4000 (redirected from 127.0.0.1:4000)',
    );
  });
});
