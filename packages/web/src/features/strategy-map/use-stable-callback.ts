/**
 * A function whose identity never changes but which always runs the latest `fn`. React Flow
 * re-renders every node wrapper when a callback prop changes identity, and callbacks that close
 * over the URL's search params would change with every selection.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
