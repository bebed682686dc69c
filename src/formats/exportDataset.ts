// One entry point for every way out of Sourceline, shared by the app's export and the CLI.
import type { Dataset } from '../dataset/schema';
import { EXPORT_FILE_TYPES, type ExportFormat } from './exportFormats';
import { annotationsText } from './toAnnotations';
import { eventsCsv } from './toCsv';
import { sourcelineText } from './toSourceline';
import { timelineJsText } from './toTimelineJs';

export { EXPORT_FORMATS, type ExportFormat, isExportFormat } from './exportFormats';

export interface ExportFile {
  text: string;
  /** For a download's type. */
  mimeType: string;
  /** A file name ending, with its dot. */
  extension: string;
}

function writeText(dataset: Dataset, format: ExportFormat): string {
  switch (format) {
    case 'sourceline':
      return sourcelineText(dataset);
    case 'timelinejs':
      return timelineJsText(dataset);
    case 'csv':
      return eventsCsv(dataset);
    case 'annotations':
      return annotationsText(dataset);
  }
}

/** The file of a dataset (already checked by parseDataset) in one of the export formats. */
export function exportDataset(dataset: Dataset, format: ExportFormat): ExportFile {
  const { mimeType, extension } = EXPORT_FILE_TYPES[format];
  return { text: writeText(dataset, format), mimeType, extension };
}
