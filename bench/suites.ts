import { api } from './api.bench.ts';
import { browser } from './browser.bench.ts';
import { edges } from './edges.bench.ts';
import { formulas } from './formulas.bench.ts';
import { foundation } from './foundation.bench.ts';
import type { BenchSuite } from './suite.ts';

/** Every suite `npm run bench` knows, in the order they run. Add new suites here. */
export const SUITES: readonly BenchSuite[] = [foundation, formulas, api, edges, browser];
