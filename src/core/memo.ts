// A memo for per-storyline work between analyses: a value is reused when it was made from the
// same inputs (its key), else made again. The analysis passes one down to stages that work
// storyline by storyline (claims, framing); a stage only needs `get`.
export interface Memo {
  /** The value kept under (space, id) if it was made from `key`, else `make()` (then kept). */
  get<T>(space: string, id: string, key: string, make: () => T): T;
  /** Whether get() would reuse a value, without counting or keeping anything (optional). */
  peek?(space: string, id: string, key: string): boolean;
}
