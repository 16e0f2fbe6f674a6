import type { HistoryQuery } from '../../../src-preload/contract';

/** A range of start times as IDBKeyRange's bounds, plain numbers (no bound: undefined). */
export interface StartBounds {
  lower?: number;
  lowerOpen: boolean;
  upper?: number;
  upperOpen: boolean;
}

/**
 * The start times a query allows: at or after `from`, strictly before `to` and `before`;
 * 'empty' when nothing can match (a page past the start of the range: IDBKeyRange would throw).
 */
export function startBounds(
  query: Pick<HistoryQuery, 'from' | 'to' | 'before'>,
): StartBounds | 'empty' {
  const uppers = [query.to, query.before].filter((time) => time !== undefined);
  const upper = uppers.length > 0 ? Math.min(...uppers) : undefined;
  if (query.from !== undefined && upper !== undefined && upper <= query.from) return 'empty';
  return {
    ...(query.from !== undefined ? { lower: query.from } : {}),
    lowerOpen: false,
    ...(upper !== undefined ? { upper } : {}),
    upperOpen: true,
  };
}

/**
 * Splits `bounds` at `low`, a start time inside them: the chunk from `low` (inclusive: every call
 * started then, however many) to the top, and what is left below `low`, or undefined when
 * nothing is. Reading newest first chunk by chunk, no call is read twice or skipped.
 */
export function splitBelow(
  bounds: StartBounds,
  low: number,
): { chunk: StartBounds; rest?: StartBounds } {
  const chunk = { ...bounds, lower: low, lowerOpen: false };
  if (bounds.lower !== undefined && low <= bounds.lower) return { chunk };
  const rest: StartBounds = { lowerOpen: bounds.lowerOpen, upper: low, upperOpen: true };
  if (bounds.lower !== undefined) rest.lower = bounds.lower;
  return { chunk, rest };
}

/** The bounds as an IDBKeyRange (undefined: every key). */
export function keyRange(bounds: StartBounds): IDBKeyRange | undefined {
  const { lower, lowerOpen, upper, upperOpen } = bounds;
  if (lower === undefined)
    return upper === undefined ? undefined : IDBKeyRange.upperBound(upper, upperOpen);
  if (upper === undefined) return IDBKeyRange.lowerBound(lower, lowerOpen);
  return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
}
