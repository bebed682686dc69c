// Ids for new records (a draft, its sources, events and actors): readable slugs, never taken twice.
import { slugify } from '../formats/slug';

/** Hands out ids unique among `taken`: the slug of `text`, else `fallback`, then `-2`, `-3`… */
export function uniqueId(text: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slugify(text, 60) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
