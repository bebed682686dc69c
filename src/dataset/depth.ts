// How deeply a JSON value nests, found without recursion: JSON.parse accepts any depth, but
// anything that recurses over such a value (JSON.stringify, a validator, structuredClone) can
// overflow the stack or crawl. A dataset nests six levels; far deeper is refused up front.

/** Levels of objects and arrays, the outermost object counting one: a dataset needs 6. */
export const MAX_DEPTH = 64;

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null;

/** Whether `value` nests deeper than `max` levels. Iterative; ~30 ms for 100k events. */
function nestsDeeper(value: unknown, max: number): boolean {
  const nodes: unknown[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > max) return true;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (!isContainer(child)) continue;
        nodes.push(child);
        depths.push(depth + 1);
      }
    } else {
      for (const key in node) {
        // An own key named "__proto__" (JSON.parse makes one) shadows the prototype's accessor.
        const child: unknown = (node as Record<string, unknown>)[key];
        if (!isContainer(child)) continue;
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * The dataset field under which `value` first nests too deep: a top-level field (`format`), or a
 * field of an item of a top-level list (`events[3].summary`). Called only once the quick walk has
 * found too deep a nesting; it walks again only the few branches that lead there.
 */
function whereTooDeep(value: object, max: number): string {
  if (Array.isArray(value)) return '';
  // The whole value is one level: a member of it is at depth 2, so may nest max - 1 levels, etc.
  const deep = (child: unknown, depth: number) =>
    isContainer(child) && nestsDeeper(child, max - depth);
  for (const [key, member] of Object.entries(value)) {
    if (!deep(member, 1)) continue;
    if (!Array.isArray(member)) return key;
    for (let i = 0; i < member.length; i++) {
      const item: unknown = member[i];
      if (!deep(item, 2)) continue;
      // A list of lists is not a dataset's shape: name the list itself.
      if (Array.isArray(item)) return key;
      for (const [field, inner] of Object.entries(item as object)) {
        if (deep(inner, 3)) return `${key}[${i}].${field}`;
      }
      return `${key}[${i}]`;
    }
    return key;
  }
  return '';
}

/**
 * Where `value` nests deeper than `max` levels of objects and arrays (a path such as `format` or
 * `events[3].summary`), or null if it does not. Safe on any input: nothing here recurses.
 */
export function tooDeep(value: unknown, max = MAX_DEPTH): string | null {
  if (!isContainer(value) || !nestsDeeper(value, max)) return null;
  return whereTooDeep(value, max);
}
