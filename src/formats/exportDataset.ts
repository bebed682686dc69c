// One entry point for every way out of Sourceline, shared by the app's export and the CLI.
import type { Dataset } from '../dataset/schema';
import { sourcelineText } from './subset';
import { annotationsText } from './toAnnotations';
import { eventsCsv } from './toCsv';
import { timelineJsText } from './toTimelineJs';

export const EXPORT_FORMATS = ['sourceline', 'timelinejs', 'csv', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  text: string;
  /** For a download's type. */
  mimeType: string;
  /** A file name ending, with its dot. */
  extension: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file of a dataset (already checked by parseDataset) in one of the export formats. */
export function exportDataset(dataset: Dataset, format: ExportFormat): ExportFile {
  switch (format) {
    case 'sourceline':
      return { text: sourcelineText(dataset), mimeType: 'application/json', extension: '.json' };
    case 'timelinejs':
      return {
        text: timelineJsText(dataset),
        mimeType: 'application/json',
        extension: '.timeline.json',
      };
    case 'csv':
      return { text: eventsCsv(dataset), mimeType: 'text/csv;charset=utf-8', extension: '.csv' };
    case 'annotations':
      return {
        text: annotationsText(dataset),
        mimeType: 'application/ld+json',
        extension: '.annotations.jsonld',
      };
  }
}
