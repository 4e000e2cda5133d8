/**
 * The first index in [0, count) at which `before(index)` is false, for a `before` that is true
 * up to some index and false from there on (a sorted array cut by a key). Binary search:
 * O(log count).
 * @internal
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
