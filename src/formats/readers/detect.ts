// Telling a TimelineJS file from a Sourceline one by its content, cheaply: the parsing worker
// loads the importers only when a file is not a Sourceline dataset.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A TimelineJS3 timeline (`events[]`), bare or in the older `{"timeline": …}` wrapper. A file with
 * `sources` is a Sourceline dataset missing its `format`, and is told so rather than converted.
 */
export function looksLikeTimelineJson(json: unknown): boolean {
  if (!isObject(json) || 'format' in json || 'sources' in json) return false;
  if (Array.isArray(json.events)) return true;
  const inner = json.timeline;
  return isObject(inner) && (Array.isArray(inner.events) || Array.isArray(inner.date));
}
