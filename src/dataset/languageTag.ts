// BCP 47 language tags as the dataset carries them (`lang` of a dataset or a source): well formed
// by Intl's own reading of the tag, so what the schema accepts is what the browser can use.

/** The canonical form of a well-formed BCP 47 tag ("fa-af" → "fa-AF"), or null. */
export function canonicalLanguageTag(tag: string): string | null {
  // Intl accepts "" and arrays; a dataset's tag is one non-empty string without spaces.
  if (tag === '' || /\s/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function isWellFormedLanguageTag(tag: string): boolean {
  return canonicalLanguageTag(tag) !== null;
}
