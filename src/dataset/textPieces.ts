// A long text kept as pieces on both sides of a message channel (the page and its checking
// worker): the sender sends only the pieces unlike those the receiver holds, a few megabytes a
// message, and the receiver puts them in place. Pure, so the pair is tested together.

/** The pieces of `pieces` unlike `held` (by place), cut into batches of about `maxUnits`. */
export function pieceBatches(
  held: readonly string[],
  pieces: readonly string[],
  maxUnits: number,
): Array<Array<[number, string]>> {
  const batches: Array<Array<[number, string]>> = [[]];
  let size = 0;
  pieces.forEach((piece, index) => {
    if (held[index] === piece) return;
    if (size > maxUnits) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)?.push([index, piece]);
    size += piece.length;
  });
  return batches;
}

/** `held` made `count` pieces long, with `updates` in their places (in place; returned). */
export function applyPieces(
  held: string[],
  count: number,
  updates: ReadonlyArray<readonly [number, string]>,
): string[] {
  held.length = count;
  for (const [index, piece] of updates) held[index] = piece;
  return held;
}
