// Slugs for ids and kinds made from imported strings: the format's `a-z0-9-` shape, and unique
// where ids must be.

const MAX_SLUG = 80;

/** "Élection présidentielle, 2e tour" → "election-presidentielle-2e-tour"; "" when nothing is left. */
export function slugify(text: string, maxLength = MAX_SLUG): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * Hands out unique slugs: the slug of the first candidate that has one, else the fallback, with
 * `-2`, `-3`… added when it is taken.
 */
export function slugClaimer(): (candidates: readonly string[], fallback: string) => string {
  const taken = new Set<string>();
  return (candidates, fallback) => {
    let base = fallback;
    for (const candidate of candidates) {
      const slug = slugify(candidate);
      if (slug !== '') {
        base = slug;
        break;
      }
    }
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}
