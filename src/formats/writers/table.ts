// Every way out of Sourceline, in one table (as pandoc's Writers): what each format is called,
// what it is for, its file's type and name ending, and its writer, loaded only to write a file.
// The Export dialog and `npm run convert` both read it, so the dialog names the formats at once
// and the writers (papaparse and all) stay out of the page until a file is made.
import type { Dataset } from '../../dataset/schema';

export const EXPORT_FORMATS = ['sourceline', 'timelinejs', 'csv', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A writer: a dataset (already checked by parseDataset) as a file's text. */
export type WriteText = (dataset: Dataset) => string;

export interface Writer {
  /** What the Export dialog calls it. */
  label: string;
  /** What it is for, beside its label in the Export dialog. */
  note: string;
  /** For a download's type. */
  mimeType: string;
  /** A file name ending, with its dot. */
  extension: string;
  /** The writer itself, loaded on demand. */
  load: () => Promise<WriteText>;
}

export const WRITERS: Readonly<Record<ExportFormat, Writer>> = {
  sourceline: {
    label: 'Sourceline JSON',
    note: 'the format this app opens: events, their passages (with claims) and sources',
    mimeType: 'application/json',
    extension: '.json',
    load: async () => (await import('./sourceline')).sourcelineText,
  },
  timelinejs: {
    label: 'TimelineJS JSON',
    note: 'for Knight Lab’s TimelineJS: a slide per event, periods as eras; no claims',
    mimeType: 'application/json',
    extension: '.timelinejs.json',
    load: async () => (await import('./timelineJs')).timelineJsText,
  },
  csv: {
    label: 'CSV',
    note: 'a row per event, for spreadsheets; no claims',
    mimeType: 'text/csv;charset=utf-8',
    extension: '.csv',
    load: async () => (await import('./csv')).eventsCsv,
  },
  annotations: {
    label: 'Web Annotations (JSON-LD)',
    note: 'a W3C annotation per passage, for annotation tools; no claims',
    mimeType: 'application/ld+json',
    extension: '.annotations.jsonld',
    load: async () => (await import('./annotations')).annotationsText,
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportFile {
  text: string;
  /** For a download's type. */
  mimeType: string;
  /** A file name ending, with its dot. */
  extension: string;
}

/** The file of a dataset (already checked by parseDataset) in one of the export formats. */
export async function exportDataset(dataset: Dataset, format: ExportFormat): Promise<ExportFile> {
  const { mimeType, extension, load } = WRITERS[format];
  const write = await load();
  return { text: write(dataset), mimeType, extension };
}
