// The heights of a virtualised list (the reader's pieces): estimated at first, replaced by
// measured ones as pieces are drawn. A Fenwick tree keeps their running sums, so the offset of a
// piece, the piece at an offset and a changed height each cost O(log n): a part of 100k pieces
// is no slower to scroll or to measure than one of 100.

export class HeightIndex {
  private readonly sizes: Float64Array;
  private readonly tree: Float64Array;
  private readonly top: number;

  constructor(sizes: ArrayLike<number>) {
    const n = sizes.length;
    this.sizes = Float64Array.from(sizes);
    this.tree = new Float64Array(n + 1);
    // Built in O(n): each node passes its sum on to its parent.
    for (let i = 1; i <= n; i++) {
      this.tree[i] = (this.tree[i] as number) + (this.sizes[i - 1] as number);
      const parent = i + (i & -i);
      if (parent <= n) this.tree[parent] = (this.tree[parent] as number) + (this.tree[i] as number);
    }
    let top = 1;
    while (top * 2 <= n) top *= 2;
    this.top = n === 0 ? 0 : top;
  }

  get count(): number {
    return this.sizes.length;
  }

  size(i: number): number {
    return this.sizes[i] ?? 0;
  }

  set(i: number, size: number): void {
    const delta = size - (this.sizes[i] as number);
    if (delta === 0) return;
    this.sizes[i] = size;
    for (let j = i + 1; j <= this.sizes.length; j += j & -j) {
      this.tree[j] = (this.tree[j] as number) + delta;
    }
  }

  /** The sum of the sizes before item `i`: where it starts. */
  offsetOf(i: number): number {
    let sum = 0;
    for (let j = Math.min(i, this.sizes.length); j > 0; j -= j & -j) sum += this.tree[j] as number;
    return sum;
  }

  total(): number {
    return this.offsetOf(this.sizes.length);
  }

  /** The item that holds offset `y` (the first at or below 0, the last beyond the end). */
  indexAt(y: number): number {
    const n = this.sizes.length;
    if (n === 0) return -1;
    let position = 0;
    let rest = y;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = position + step;
      if (next <= n && (this.tree[next] as number) <= rest) {
        position = next;
        rest -= this.tree[next] as number;
      }
    }
    return Math.min(position, n - 1);
  }
}
