// The Sourceline JSON file of a dataset: what `npm run validate` reads back, two-space indented.
import type { Dataset } from '../../dataset/schema';

/** The Sourceline JSON file of a dataset. */
export function sourcelineText(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
