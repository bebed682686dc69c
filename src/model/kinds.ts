// Colours of event kinds: fixed for the kinds the format suggests, from a spare palette for others.
// Every colour is dark enough for white text (WCAG AA, ≥ 4.5:1). A Map, not an object: a kind
// named "constructor" must not find Object.prototype's property.
const KNOWN = new Map<string, string>([
  ['diplomacy', '#1f5f99'],
  ['statement', '#5b4a9e'],
  ['attack', '#a4262c'],
  ['military', '#4d5b23'],
  ['political', '#8a4b08'],
  ['humanitarian', '#0f6b5c'],
  ['analysis', '#4a5560'],
]);
const SPARE = ['#7a3e6e', '#2f5d50', '#6b4f1d', '#3b4f8a', '#8b3a3a', '#35606e'];

export function kindColor(kind: string): string {
  const known = KNOWN.get(kind);
  if (known) return known;
  let hash = 0;
  for (const char of kind) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return SPARE[hash % SPARE.length] ?? '#4a5560';
}

/** "humanitarian-aid" → "Humanitarian aid" */
export function kindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
