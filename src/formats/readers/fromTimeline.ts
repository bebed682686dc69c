// A TimelineJS timeline (its JSON or its sheet template) as a Sourceline dataset. The file becomes
// the one source, its text the slides' headlines and texts as plain text; each event quotes its own
// slide. All it holds is hostile: HTML goes through a parser to plain text, ids and kinds become
// slugs, media addresses must be http(s) and are never fetched.
import { passageFromRange } from '../../dataset/anchor';
import type { Passage } from '../../dataset/schema';

/** The passage quoting a slide's own text (its range always lies within the text it was cut from). */
function quoteOf(text: string, sourceId: string, start: number, end: number): Passage {
  const made = passageFromRange(text, sourceId, start, end);
  if (!made.ok) throw new RangeError(`slide text ${start}–${end}: ${made.reason}`);
  return made.passage;
}

import { daysInMonth, MAX_YEAR, MONTH_NAMES, parseEdtf } from '../../dataset/edtf';
import { parseDataset } from '../../dataset/parse';
import type { Problem } from '../../dataset/problem';
import { type Said, said } from '../../dataset/said';
import {
  DATASET_FORMAT,
  type Dataset,
  type Media,
  type Period,
  type Source,
  type TimelineEvent,
} from '../../dataset/schema';
import type { LoadedDataset } from '../../dataset/types';
import { slugClaimer, slugify } from '../slug';
import { htmlToLine, htmlToParagraphs } from './htmlToText';

/** One slide (or era) as read from a file, with where it is, for messages. */
export interface SlideInput {
  slide: unknown;
  /** e.g. `events[3]` in a JSON file, `row 5` in a sheet. */
  where: string;
  /** What messages call it (default `slide N`); a sheet's rows need none, their path says it. */
  name?: string;
}

/** A timeline in TimelineJS's own shape, not yet checked. */
export interface TimelineInput {
  title?: SlideInput;
  events: SlideInput[];
  eras: SlideInput[];
  /** Things noticed while reading the file (e.g. a second title slide). */
  notes: Problem[];
}

export interface ImportContext {
  /** The file's name or address, for the source's title and attribution. */
  name: string;
  /** The file's address, when it came from one. */
  url?: string;
  /** The day of the import (EDTF `YYYY-MM-DD`): it stands in for the missing publication date. */
  today: string;
}

export type ImportResult =
  | { ok: true; loaded: LoadedDataset; notes: Problem[] }
  | { ok: false; summary: string; problems: Problem[]; said?: Said };

export const IMPORT_PUBLISHER = 'Imported from a TimelineJS file';

/** Years beyond this cannot be drawn: JavaScript dates (and so vis-timeline) stop near ±271,800. */
export const MAX_IMPORT_YEAR = MAX_YEAR;

/** The longest quote the format allows. */
const MAX_QUOTE = 100_000;

type Fields = Record<string, unknown>;
const fields = (value: unknown): Fields | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;

/** A string field (numbers too: sheets and hand-written files mix them). */
function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair, with an ellipsis. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Cuts without an ellipsis (for quotes, which must be the text itself). */
function cutExact(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** How messages name a slide: `slide 3 (“Headline”)`, `“Headline”`, or `slide 3`. */
function slideLabel(name: string, headline: string): string {
  const quote = headline ? `“${cut(headline, 80)}”` : '';
  return name && quote ? `${name} (${quote})` : name || quote;
}

const prefixed = (label: string, message: string) => (label ? `${label}: ${message}` : message);

// --- Dates -------------------------------------------------------------------------------------

interface DayParts {
  year: number;
  month?: number;
  day?: number;
}

type DatePart = { ok: true; value: number | null } | { ok: false; raw: string };

/** A year, month or day: a whole number or numeric string (`"650"`, `"-500"`, `"1,850"`). */
function datePart(value: unknown): DatePart {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { ok: true, value } : { ok: false, raw: String(value) };
  }
  if (typeof value !== 'string') return { ok: false, raw: JSON.stringify(value) ?? '' };
  const cleaned = value.replace(/[\s,]+/g, '');
  if (cleaned === '') return { ok: true, value: null };
  if (!/^[-+]?\d+$/.test(cleaned)) return { ok: false, raw: value };
  return { ok: true, value: Number(cleaned) };
}

const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond', 'time'] as const;

/** EDTF for a year: four digits at least, negative for BCE, `Y`-prefixed beyond four digits. */
export function edtfYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

function edtfOf(parts: DayParts): string {
  const year = edtfYear(parts.year);
  if (Math.abs(parts.year) > 9999 || parts.month === undefined) return year;
  const month = `${year}-${String(parts.month).padStart(2, '0')}`;
  return parts.day === undefined ? month : `${month}-${String(parts.day).padStart(2, '0')}`;
}

type DateRead =
  | { ok: true; parts: DayParts | null; notes: string[]; display: string }
  | { ok: false; problem: Problem };

/** Reads a TimelineJS date object: `year` required, then `month`, `day`; times are set aside. */
function readDate(
  raw: unknown,
  path: string,
  field: 'start_date' | 'end_date',
  label: string,
  required: boolean,
): DateRead {
  const problem = (at: string, message: string): DateRead => ({
    ok: false,
    problem: { path: at, message: prefixed(label, message) },
  });
  if (raw === undefined || raw === null || raw === '') {
    return required
      ? problem(path, `has no ${field === 'start_date' ? 'date' : 'end date'} (a year at least)`)
      : { ok: true, parts: null, notes: [], display: '' };
  }
  const date = fields(raw);
  if (!date) return problem(path, 'must be a date object such as {"year": 1969}');
  const read: Partial<Record<'year' | 'month' | 'day', number | null>> = {};
  for (const key of ['year', 'month', 'day'] as const) {
    const part = datePart(date[key]);
    if (!part.ok) {
      return problem(`${path}.${key}`, `${key} "${cut(part.raw, 40)}" is not a whole number`);
    }
    read[key] = part.value;
  }
  const { year = null, month = null, day = null } = read;
  const hasTime = TIME_FIELDS.some((key) => stringOf(date[key]).trim() !== '');
  const display = htmlToLine(stringOf(date.display_date));
  if (year === null) {
    if (required) {
      return problem(`${path}.year`, `has no ${field === 'start_date' ? 'year' : 'end year'}`);
    }
    // TimelineJS ignores an end date without a year too.
    const other = month !== null || day !== null || hasTime;
    return { ok: true, parts: null, notes: other ? ['an end date without a year'] : [], display };
  }
  if (Math.abs(year) > MAX_IMPORT_YEAR) {
    return problem(
      `${path}.year`,
      `year ${year} is beyond what the timeline can draw (±${MAX_IMPORT_YEAR.toLocaleString('en')} years)`,
    );
  }
  if (month !== null && (month < 1 || month > 12)) {
    return problem(`${path}.month`, `month ${month} is not between 1 and 12`);
  }
  if (day !== null && (day < 1 || day > 31)) {
    return problem(`${path}.day`, `day ${day} is not between 1 and 31`);
  }
  if (month !== null && day !== null && Math.abs(year) <= 9999 && day > daysInMonth(year, month)) {
    return problem(`${path}.day`, `${year} has no ${day} ${MONTH_NAMES[month - 1]}`);
  }
  const notes: string[] = [];
  if (Math.abs(year) > 9999 && month !== null) {
    notes.push(
      `the month and day of the year ${year} (EDTF writes years beyond four digits alone)`,
    );
  }
  const parts: DayParts = { year };
  if (month !== null) {
    parts.month = month;
    if (day !== null) parts.day = day;
  } else if (day !== null) {
    notes.push(`a day (${day}) without a month`);
  }
  if (hasTime) notes.push('a time of day');
  return { ok: true, parts, notes, display };
}

type SlideDate =
  | { ok: true; value: string; note: string; expression: string }
  | { ok: false; problem: Problem };

function slideDate(
  slide: Fields,
  where: string,
  label: string,
  options: { endRequired: boolean },
): SlideDate {
  const start = readDate(slide.start_date, `${where}.start_date`, 'start_date', label, true);
  if (!start.ok) return start;
  const end = readDate(slide.end_date, `${where}.end_date`, 'end_date', label, options.endRequired);
  if (!end.ok) return end;
  if (!start.parts) throw new Error('a required date has parts');
  const from = edtfOf(start.parts);
  const value = end.parts ? `${from}/${edtfOf(end.parts)}` : from;
  const parsed = parseEdtf(value);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: {
        path: `${where}.start_date`,
        message: prefixed(label, `the date ${value} cannot be read (${parsed.error})`),
      },
    };
  }
  const left = [...start.notes, ...end.notes];
  const note = [
    `From the TimelineJS ${end.parts ? 'start_date and end_date' : 'start_date'} (${value}).`,
    left.length > 0 ? `Left out: ${left.join(', ')}; Sourceline dates are calendar days.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const expression =
    htmlToLine(stringOf(slide.display_date)) ||
    [start.display, end.display].filter(Boolean).join(' – ');
  return { ok: true, value, note, expression: cut(expression, 1_000) };
}

// --- Slides ------------------------------------------------------------------------------------

interface SlideText {
  headline: string;
  paragraphs: string[];
}

function slideText(slide: Fields): SlideText {
  const text = fields(slide.text);
  // A plain string `text` is not TimelineJS3, but reading it costs nothing and loses nothing.
  const body = text ? stringOf(text.text) : stringOf(slide.text);
  return {
    headline: text ? htmlToLine(stringOf(text.headline)) : '',
    paragraphs: htmlToParagraphs(body),
  };
}

/** An http(s) address for a media link: protocol- and site-relative ones read against the file. */
function mediaUrl(raw: string, base: string | undefined): string | null {
  // Anything with spaces or markup (TimelineJS takes embed codes such as an <iframe> here) is not
  // an address at all.
  if (!/^[^\s<>"'`]+$/.test(raw)) return null;
  let url = raw;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    if (raw.startsWith('//')) url = `${base ? new URL(base).protocol : 'https:'}${raw}`;
    else if (base) url = new URL(raw, base).href;
    else return null;
  }
  return /^https?:\/\/[^\s]+$/i.test(url) && url.length <= 2_000 ? url : null;
}

/** The media of a slide as a link, or why it was left out. */
function slideMedia(
  slide: Fields,
  base: string | undefined,
): { media?: Media; note?: string; left?: string } {
  const media = fields(slide.media);
  if (!media) return {};
  const raw = stringOf(media.url).trim();
  if (raw === '') return {};
  let url: string | null = null;
  try {
    url = mediaUrl(raw, base);
  } catch {
    url = null;
  }
  if (url === null) {
    return {
      note: `its media is not an http(s) address, so it was left out (embed codes and other schemes are not kept): “${cut(raw, 60)}”`,
      left: cut(raw, 60),
    };
  }
  const caption = cut(htmlToLine(stringOf(media.caption)), 1_000);
  const credit = cut(htmlToLine(stringOf(media.credit)), 1_000);
  return {
    media: { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) },
  };
}

/** The last part of a path or address: "gold-rush.json" from ".../gold-rush.json?x". */
function lastSegment(name: string): string {
  const path = name.split(/[?#]/)[0] ?? '';
  const last = path.replace(/\/+$/, '').split(/[/\\]/).pop() ?? '';
  try {
    return decodeURIComponent(last).trim();
  } catch {
    return last.trim(); // Not percent-encoded after all.
  }
}

/** The part of a file name or address that names it: "gold-rush" from ".../gold-rush.json?x". */
export function fileBaseName(name: string): string {
  return lastSegment(name)
    .replace(/\.(json|csv|txt)$/i, '')
    .trim();
}

/** Builds the source text slide by slide, remembering where each slide's block lies. */
class SourceTextBuilder {
  private parts: string[] = [];
  private length = 0;

  add(lines: readonly string[]): { start: number; end: number } {
    if (this.parts.length > 0) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    const block = lines.join('\n');
    const start = this.length;
    this.parts.push(block);
    this.length += block.length;
    return { start, end: this.length };
  }

  text(): string {
    return this.parts.join('');
  }
}

/** The Sourceline dataset of a timeline, checked by `parseDataset`, or every problem found. */
export function timelineToDataset(timeline: TimelineInput, context: ImportContext): ImportResult {
  const problems: Problem[] = [];
  const notes: Problem[] = [...timeline.notes];
  const fileName = cut(fileBaseName(context.name) || context.name.trim(), 200);
  const fullName = cut(fileName ? lastSegment(context.name) || fileName : '', 200);
  const base = context.url && /^https?:\/\//i.test(context.url) ? context.url : undefined;

  const titleSlide = timeline.title ? fields(timeline.title.slide) : null;
  const title = titleSlide ? slideText(titleSlide) : null;
  const datasetTitle = cut(title?.headline || fileName || 'Imported timeline', 1_000);
  const description = title && title.paragraphs.length > 0 ? title.paragraphs.join('\n') : '';

  const sourceId = slugify(fileName) || 'timeline-file';
  const text = new SourceTextBuilder();
  if (title && (title.headline || title.paragraphs.length > 0)) {
    text.add([title.headline, ...title.paragraphs].filter(Boolean));
  }

  const claimEventId = slugClaimer();
  const pending: Array<{
    event: Omit<TimelineEvent, 'passages'>;
    range: { start: number; end: number };
  }> = [];
  if (timeline.events.length === 0) {
    problems.push({ path: 'events', message: 'the timeline has no slides to import' });
  }
  timeline.events.forEach((input, i) => {
    const n = i + 1;
    const { slide: raw, where, name = `slide ${n}` } = input;
    const slide = fields(raw);
    if (!slide) {
      problems.push({ path: where, message: prefixed(name, 'is not a slide (an object)') });
      return;
    }
    const { headline, paragraphs } = slideText(slide);
    const label = slideLabel(name, headline);
    const date = slideDate(slide, where, label, { endRequired: false });
    if (!date.ok) {
      problems.push(date.problem);
      return;
    }
    const { media, note: mediaNote, left } = slideMedia(slide, base);
    if (mediaNote) {
      notes.push({
        path: `${where}.media`,
        message: prefixed(label, mediaNote),
        code: 'importMediaLeftOut',
        params: { slide: label, media: left ?? '' },
      });
    }
    const lines = [headline, ...paragraphs].filter(Boolean);
    if (lines.length === 0) {
      // Nothing to quote but what else the slide shows; named so, never left empty.
      lines.push(media?.caption || date.expression || `Untitled slide ${n}`);
    }
    const range = text.add(lines);
    const eventTitle = cut(headline || lines[0] || `Untitled slide ${n}`, 1_000);
    pending.push({
      range,
      event: {
        id: claimEventId([stringOf(slide.unique_id), headline], `slide-${n}`),
        title: eventTitle,
        summary: '',
        kind: slugify(htmlToLine(stringOf(slide.group))) || 'event',
        date: { value: date.value, expression: date.expression, note: date.note },
        actors: [],
        ...(media ? { media } : {}),
      },
    });
  });

  const claimPeriodId = slugClaimer();
  const periods: Period[] = [];
  timeline.eras.forEach((input, i) => {
    const n = i + 1;
    const { slide: raw, where, name = `era ${n}` } = input;
    const era = fields(raw);
    if (!era) {
      problems.push({ path: where, message: prefixed(name, 'is not a slide (an object)') });
      return;
    }
    const { headline } = slideText(era);
    const label = slideLabel(name, headline);
    const date = slideDate(era, where, label, { endRequired: true });
    if (!date.ok) {
      problems.push(date.problem);
      return;
    }
    periods.push({
      id: claimPeriodId([headline], `era-${n}`),
      title: cut(headline || `Era ${n}`, 1_000),
      date: {
        value: date.value,
        ...(date.expression ? { expression: date.expression } : {}),
        note: date.note,
      },
    });
  });

  if (problems.length > 0) {
    const count = problems.length;
    const summary = `The TimelineJS file has ${count.toLocaleString('en')} problem${count === 1 ? '' : 's'}.`;
    return { ok: false, summary, problems, said: said('timelineProblems', { count }, summary) };
  }

  const sourceText = text.text();
  const source: Source = {
    id: sourceId,
    title: cut(title?.headline || fileName || 'TimelineJS file', 1_000),
    publisher: IMPORT_PUBLISHER,
    author: 'Unknown',
    published: context.today,
    ...(base ? { url: cut(base, 2_000) } : {}),
    attribution: cut(
      `Converted by Sourceline from ${fullName || 'a TimelineJS file'} on ${context.today}. The file gives no publication date, so the day of the import stands in for one. The text is the slides' headlines and texts, turned from HTML into plain text; each event quotes its own slide.`,
      2_000,
    ),
    text: sourceText,
  };
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    id: slugify(datasetTitle) || 'imported-timeline',
    title: datasetTitle,
    ...(description ? { description: cut(description, 10_000) } : {}),
    sources: [source],
    actors: [],
    events: pending.map(({ event, range }) => ({
      ...event,
      passages: [
        quoteOf(
          sourceText,
          source.id,
          range.start,
          range.start + cutExact(sourceText.slice(range.start, range.end), MAX_QUOTE).length,
        ),
      ],
    })),
    ...(periods.length > 0 ? { periods } : {}),
  };

  const checked = parseDataset(dataset, { anchors: 'strict' });
  if (!checked.ok) {
    const summary = 'The TimelineJS file could not be turned into a valid dataset.';
    return {
      ok: false,
      summary,
      problems: checked.problems,
      said: said('timelineInvalid', {}, summary),
    };
  }
  checked.value.warnings.push(...notes);
  return { ok: true, loaded: checked.value, notes };
}
