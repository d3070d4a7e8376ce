import { parsePeriod, type PeriodParse } from '../periods/period.ts';

/**
 * Period keys repeat across thousands of KPIs ("2026-01" on every monthly KPI), so one parse per
 * distinct key keeps validation of large files fast.
 */
export class PeriodCache {
  private readonly cache = new Map<string, PeriodParse>();

  parse(key: string): PeriodParse {
    let parsed = this.cache.get(key);
    if (parsed === undefined) {
      parsed = parsePeriod(key);
      this.cache.set(key, parsed);
    }
    return parsed;
  }
}
