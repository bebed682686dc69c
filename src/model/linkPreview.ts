// What a link to a page of a bundled dataset shows where it is pasted (a chat, a mail, a post):
// the words of its preview and the <head> tags that carry them to crawlers, which run no script.
// Pure: the build (scripts/prerender/) draws the image and writes the tags into each page.
import { formatDayShort, formatEventDate } from '../dataset/formatDate';
import type { LoadedDataset } from '../dataset/types';
import { escapeAttribute } from './embedding';
import { pagePath, type Site } from './sitePaths';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const QUOTE_MAX = 180;
const DESCRIPTION_MAX = 300;

export interface LinkPreview {
  /** The event's title, or the dataset's for its default view. */
  title: string;
  /** The page's <title>: the title and the dataset's. */
  documentTitle: string;
  /** The event's date in words, or the span of the dataset's events. */
  date: string;
  /** The event's first passage, whitespace folded and cut at a word when long; null for none. */
  quote: string | null;
  /** The dataset's own description, for its default view: the dataset's words, not a quote. */
  about: string | null;
  /** Where the quote comes from: "Publisher, Title" (or "Sources: …" for the dataset's view). */
  source: string;
  description: string;
  /** The page's path and its image's, under the site's base. */
  path: string;
  imagePath: string;
  /** Where the event sits among the dataset's events, 0 to 1 (the image's timeline); null: none. */
  marks: { positions: number[]; chosen: number | null };
}

/** Text on one line, cut at a word boundary with an ellipsis when longer than `max`. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function positionsOf(loaded: LoadedDataset): number[] {
  const extent = loaded.extent;
  if (!extent) return [];
  const span = Math.max(1, extent.to - extent.from);
  return loaded.events.map((resolved) => (resolved.sortDay - extent.from) / span);
}

/** The preview of a bundled dataset's page: its default view (event null) or an event's. */
export function linkPreview(
  loaded: LoadedDataset,
  site: Site,
  datasetId: string,
  eventId: string | null,
): LinkPreview {
  const { dataset } = loaded;
  const path = pagePath(site, { dataset: datasetId, event: eventId });
  const imagePath = `${path}preview.png`;
  const positions = positionsOf(loaded);
  const resolved = eventId === null ? undefined : loaded.eventById.get(eventId);
  if (!resolved) {
    const extent = loaded.extent;
    const date = extent
      ? extent.from === extent.to
        ? formatDayShort(extent.from)
        : `${formatDayShort(extent.from)} to ${formatDayShort(extent.to)}`
      : '';
    const count = loaded.events.length;
    const publishers = [...new Set(dataset.sources.map((s) => s.publisher))];
    const source = `Source${publishers.length === 1 ? '' : 's'}: ${publishers.join(', ')}`;
    const span = `${count} event${count === 1 ? '' : 's'}${date ? `, ${date}` : ''}`;
    return {
      title: dataset.title,
      documentTitle: `${dataset.title} — Sourceline`,
      date: span,
      quote: null,
      about: dataset.description ? clip(dataset.description, QUOTE_MAX) : null,
      source,
      description: clip(`${span}. ${source}. ${dataset.description ?? ''}`, DESCRIPTION_MAX),
      path,
      imagePath,
      marks: { positions, chosen: null },
    };
  }
  const { event } = resolved;
  const date = formatEventDate(resolved.date);
  const passage = event.passages[0];
  const from = dataset.sources.find((s) => s.id === passage?.source);
  const source = from ? `${from.publisher}, ${from.title}` : dataset.title;
  const quote = passage ? clip(passage.exact, QUOTE_MAX) : null;
  return {
    title: event.title,
    documentTitle: `${event.title} — ${dataset.title}`,
    date,
    quote,
    about: null,
    source,
    description: clip(
      `${date}. ${quote ? `“${quote}” — ${source}.` : ''} ${event.summary}`,
      DESCRIPTION_MAX,
    ),
    path,
    imagePath,
    marks: { positions, chosen: positions[loaded.events.indexOf(resolved)] ?? null },
  };
}

/** The tags that need an absolute address, left out when the build is given no SITE_URL. */
export const ABSOLUTE_TAGS = [
  'link rel="canonical"',
  'og:url',
  'og:image',
  'twitter:image',
] as const;

/**
 * The <head> tags of a page's preview: <title>, description, Open Graph and Twitter card.
 * `siteUrl` (the site's origin, e.g. https://example.org) makes the addresses absolute, as
 * crawlers need; without it the tags that need one are left out.
 */
export function previewTags(preview: LinkPreview, siteUrl: string | null): string {
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`;
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : null);
  const url = absolute(preview.path);
  const image = absolute(preview.imagePath);
  const imageAlt = `${preview.title}, ${preview.date}${preview.quote ? `: “${preview.quote}” — ` : '. '}${preview.source}`;
  return [
    `<title>${escapeAttribute(preview.documentTitle)}</title>`,
    meta('name', 'description', preview.description),
    url && `<link rel="canonical" href="${escapeAttribute(url)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'Sourceline'),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    url && meta('property', 'og:url', url),
    image && meta('property', 'og:image', image),
    image && meta('property', 'og:image:type', 'image/png'),
    image && meta('property', 'og:image:width', String(PREVIEW_WIDTH)),
    image && meta('property', 'og:image:height', String(PREVIEW_HEIGHT)),
    image && meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    image && meta('name', 'twitter:image', image),
    image && meta('name', 'twitter:image:alt', imageAlt),
  ]
    .filter((tag): tag is string => typeof tag === 'string')
    .join('\n    ');
}
