// The export formats and their files' types, apart from the exporters themselves: the app's
// Export dialog names and offers them at once, and loads the exporters (papaparse and all) only
// to write a file.
export const EXPORT_FORMATS = ['sourceline', 'timelinejs', 'csv', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFileType {
  /** What the Export dialog calls it. */
  label: string;
  /** For a download's type. */
  mimeType: string;
  /** A file name ending, with its dot. */
  extension: string;
}

export const EXPORT_FILE_TYPES: Readonly<Record<ExportFormat, ExportFileType>> = {
  sourceline: { label: 'Sourceline JSON', mimeType: 'application/json', extension: '.json' },
  timelinejs: {
    label: 'TimelineJS JSON',
    mimeType: 'application/json',
    extension: '.timelinejs.json',
  },
  csv: { label: 'CSV', mimeType: 'text/csv;charset=utf-8', extension: '.csv' },
  annotations: {
    label: 'Web Annotations (JSON-LD)',
    mimeType: 'application/ld+json',
    extension: '.annotations.jsonld',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
