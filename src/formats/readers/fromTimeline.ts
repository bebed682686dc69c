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
import { cut, fields, type SlideName, slideProblem, stringOf } from './slideProblems';
import { slideDate } from './timelineDates';

export { edtfYear, MAX_IMPORT_YEAR } from './timelineDates';

/** One slide (or era) as read from a file, with where it is, for messages. */
export interface SlideInput {
  slide: unknown;
  /** e.g. `events[3]` in a JSON file, `row 5` in a sheet. */
  where: string;
  /** A sheet's row: messages need not number it, its path says where it is. */
  row?: boolean;
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

/** The longest quote the format allows. */
const MAX_QUOTE = 100_000;

type Fields = Record<string, unknown>;

/** Cuts without an ellipsis (for quotes, which must be the text itself). */
function cutExact(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
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
    problems.push({
      path: 'events',
      message: 'the timeline has no slides to import',
      code: 'importNoSlides',
    });
  }
  timeline.events.forEach((input, i) => {
    const n = i + 1;
    const { slide: raw, where } = input;
    const kind = input.row ? 'row' : 'slide';
    const slide = fields(raw);
    if (!slide) {
      const name: SlideName = { kind, number: n, headline: '' };
      problems.push(slideProblem(where, name, 'importNotSlide', {}, 'is not a slide (an object)'));
      return;
    }
    const { headline, paragraphs } = slideText(slide);
    const name: SlideName = { kind, number: n, headline };
    const date = slideDate(slide, where, name, { endRequired: false });
    if (!date.ok) {
      problems.push(date.problem);
      return;
    }
    const { media, note: mediaNote, left } = slideMedia(slide, base);
    if (mediaNote) {
      notes.push(
        slideProblem(
          `${where}.media`,
          name,
          'importMediaLeftOut',
          { media: left ?? '' },
          mediaNote,
        ),
      );
    }
    const lines = [headline, ...paragraphs].filter(Boolean);
    if (lines.length === 0) {
      // Nothing to quote but what else the slide shows; named so, never left empty. The name is
      // data (the event's title and quote), so it is in the words of the rest of the import's
      // data (its source's attribution, its dates' notes), not of whoever imported it.
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
    const { slide: raw, where } = input;
    const kind = input.row ? 'row' : 'era';
    const era = fields(raw);
    if (!era) {
      const name: SlideName = { kind, number: n, headline: '' };
      problems.push(slideProblem(where, name, 'importNotSlide', {}, 'is not a slide (an object)'));
      return;
    }
    const { headline } = slideText(era);
    const date = slideDate(era, where, { kind, number: n, headline }, { endRequired: true });
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
