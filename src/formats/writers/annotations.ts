// The passages of a dataset as W3C Web Annotations (JSON-LD): one AnnotationCollection, one
// annotation per passage, targeting its source (its url, else a stable urn) with a
// TextQuoteSelector and a TextPositionSelector. The model counts positions in Unicode code
// points; Sourceline stores UTF-16 code units, so offsets are converted (and the file says so).
import { parseEdtf } from '../../dataset/edtf';
import { formatEventDate } from '../../dataset/formatDate';
import type { Dataset, Source } from '../../dataset/schema';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created?: string;
  body: {
    id: string;
    type: 'TextualBody';
    purpose: 'describing';
    format: 'text/plain';
    value: string;
  };
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  'rdfs:comment': string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const urn = (...parts: string[]) => `urn:sourceline:${parts.map(encodeURIComponent).join(':')}`;

/** Where a source is: its http(s) address, else a urn that stays the same for the same dataset. */
export function sourceTarget(datasetId: string, source: Source): string {
  return source.url && /^https?:\/\//i.test(source.url)
    ? source.url
    : urn(datasetId, 'source', source.id);
}

/**
 * Code point offsets of UTF-16 offsets into `text` (each pair of surrogates is one code point).
 * One sweep over the text for all of them, whatever their order.
 */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const result = new Array<number>(offsets.length);
  let unit = 0;
  let points = 0;
  for (const i of order) {
    const target = offsets[i] ?? 0;
    while (unit < target) {
      const code = text.charCodeAt(unit);
      const pair =
        code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      // A target inside a pair (never the case for a valid passage) lands after it.
      unit += pair ? 2 : 1;
      points++;
    }
    result[i] = points;
  }
  return result;
}

/** Every passage of the dataset as a Web Annotation, in one collection. */
export function datasetAnnotations(dataset: Dataset): AnnotationCollection {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  // Offsets converted per source, all at once.
  const wanted = new Map<string, number[]>();
  for (const event of dataset.events) {
    for (const passage of event.passages) {
      const list = wanted.get(passage.source) ?? [];
      list.push(passage.start, passage.end);
      wanted.set(passage.source, list);
    }
  }
  const converted = new Map<string, number[]>();
  for (const [id, list] of wanted) {
    converted.set(id, codePointOffsets(sources.get(id)?.text ?? '', list));
  }
  const next = new Map<string, number>();

  const items: WebAnnotation[] = [];
  for (const event of dataset.events) {
    const parsed = parseEdtf(event.date.value);
    const when = parsed.ok ? formatEventDate(parsed.date) : event.date.value;
    event.passages.forEach((passage, p) => {
      const at = next.get(passage.source) ?? 0;
      next.set(passage.source, at + 2);
      const source = sources.get(passage.source);
      if (!source) return;
      const points = converted.get(passage.source) ?? [];
      items.push({
        id: urn(dataset.id, 'event', event.id, 'passage', String(p)),
        type: 'Annotation',
        motivation: 'describing',
        body: {
          id: urn(dataset.id, 'event', event.id),
          type: 'TextualBody',
          purpose: 'describing',
          format: 'text/plain',
          value: `${event.title} — ${when}`,
        },
        target: {
          source: sourceTarget(dataset.id, source),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: passage.exact,
              ...(passage.prefix ? { prefix: passage.prefix } : {}),
              ...(passage.suffix ? { suffix: passage.suffix } : {}),
            },
            {
              type: 'TextPositionSelector',
              start: points[at] ?? 0,
              end: points[at + 1] ?? 0,
            },
          ],
        },
      });
    });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: urn(dataset.id, 'annotations'),
    type: 'AnnotationCollection',
    label: `${dataset.title}: the passages its events quote`,
    'rdfs:comment':
      'TextPositionSelector start and end count Unicode code points, as the Web Annotation model defines (Sourceline stores UTF-16 code units; they were converted). Each body names the event the passage dates.',
    total: items.length,
    first: {
      id: urn(dataset.id, 'annotations', 'page', '1'),
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}

/** The Web Annotations JSON-LD file of a dataset. */
export function annotationsText(dataset: Dataset): string {
  return `${JSON.stringify(datasetAnnotations(dataset), null, 2)}\n`;
}
