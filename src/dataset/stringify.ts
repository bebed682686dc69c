// A dataset's JSON text, made a piece at a time: the same text as `JSON.stringify(dataset)`, but a
// caller can stop between pieces (a 10k-event draft is ~4.5 MB: one stringify is a 30 ms task,
// and the editor needs the text after every pause in typing, to save it and to check it; it makes
// the pieces a few per task: src/editor/draftText.ts).

/** Elements of a long top-level array (events, actors…) stringified per piece. */
const ELEMENTS_PER_PIECE = 1_000;

/**
 * The pieces of `JSON.stringify(value)` for a plain object of JSON values (a dataset): joined,
 * they are exactly that text. Each long top-level array is cut into pieces of elements. `memo`:
 * the text of objects stringified before, by identity (datasets are never changed in place, and
 * an edit shares every object it leaves alone), so a draft's next version costs only what changed.
 */
/**
 * The pieces of a dataset's last text, by place, with what each was made of: a piece whose
 * elements (or field) are the same objects again is the same string again, so whoever keeps
 * pieces (the draft store, the checking worker) tells what changed by identity alone.
 */
export type PieceMemo = Map<string, { parts: readonly unknown[]; text: string }>;

export function* jsonPieces(
  value: Record<string, unknown>,
  memo?: WeakMap<object, string>,
  pieceMemo?: PieceMemo,
): Generator<string> {
  /** `text()` for `parts`, or the string made for the same parts at this place last time. */
  const remembered = (place: string, parts: readonly unknown[], text: () => string): string => {
    if (!pieceMemo) return text();
    const known = pieceMemo.get(place);
    if (known && known.parts.length === parts.length && known.parts.every((p, i) => p === parts[i]))
      return known.text;
    const made = text();
    pieceMemo.set(place, { parts, text: made });
    return made;
  };
  const json = (part: unknown): string | undefined => {
    if (!memo || typeof part !== 'object' || part === null) return JSON.stringify(part);
    const known = memo.get(part);
    if (known !== undefined) return known;
    const made = JSON.stringify(part);
    if (made !== undefined) memo.set(part, made);
    return made;
  };
  let first = true;
  yield '{';
  for (const key of Object.keys(value)) {
    const field = value[key];
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (Array.isArray(field) && field.length > ELEMENTS_PER_PIECE) {
      first = false;
      yield `${head}[`;
      for (let at = 0; at < field.length; at += ELEMENTS_PER_PIECE) {
        const part = field.slice(at, at + ELEMENTS_PER_PIECE);
        yield remembered(`${key}@${at}`, part, () => {
          // As JSON.stringify writes an array's holes and undefined elements: null.
          const text = part.map((element) => json(element) ?? 'null').join(',');
          return at === 0 ? text : `,${text}`;
        });
      }
      yield ']';
      continue;
    }
    const text = json(field);
    // Undefined (and functions) are left out of an object, as JSON.stringify does.
    if (text === undefined) continue;
    first = false;
    yield remembered(head, [field], () => head + text);
  }
  yield '}';
}
