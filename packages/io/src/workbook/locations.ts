import { formatPath } from '@bearing/core';
import type { WorkbookPlace } from './workbook-issue.ts';

export interface Located {
  readonly place: WorkbookPlace;
  readonly content: string | null;
}

type Segments = readonly (string | number)[];

/** The last segment of a formatted path: `[3]`, `["2026-03"]` or `.name`. */
const LAST_SEGMENT = /(?:\["(?:[^"\\]|\\.)*"\]|\[\d+\]|\.[A-Za-z_$][\w$-]*)$/;

/**
 * Where each part of the strategy-file document came from in the workbook, so an issue the
 * strategy-file validation reports at `scorecards[0].objectives[2].kpis[1].target` is shown at
 * its sheet, row and column. A path with no place of its own is shown at its nearest ancestor's.
 */
export class Locations {
  private readonly places = new Map<string, Located>();

  /**
   * `content`: the cell's text, for messages; `code`: only for issues with this code (a bad
   * period key and a bad value share a path).
   */
  set(path: Segments, place: WorkbookPlace, content: string | null = null, code?: string): void {
    const key = formatPath(path);
    this.places.set(code === undefined ? key : `${key}#${code}`, { place, content });
  }

  find(path: string, code: string): Located | null {
    let current = path;
    for (;;) {
      const place = this.places.get(`${current}#${code}`) ?? this.places.get(current);
      if (place !== undefined) return place;
      if (current === '') return null;
      const last = LAST_SEGMENT.exec(current);
      current = last === null ? '' : current.slice(0, last.index);
    }
  }
}
