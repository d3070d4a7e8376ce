import type { IssueCollector, PathSegments } from './issue-collector.ts';
import { str, trimmed, type RawObject } from './raw.ts';
import { slugify } from './slug.ts';
import { closest } from './closest.ts';

/**
 * Ids of one kind within one scope (objectives of a scorecard, scorecards of a file). An item
 * without an id gets the slug of its name; a clash is reported with a hint to set an id.
 */
export class IdScope {
  private readonly ids = new Set<string>();

  constructor(
    private readonly kind: string,
    private readonly issues: IssueCollector,
  ) {}

  claim(raw: RawObject, path: PathSegments): string {
    const explicit = str(raw, 'id');
    const name = trimmed(raw, 'name') ?? '';
    const id = explicit ?? slugify(name);
    if (explicit === null && id === '' && name !== '') {
      this.issues.add(
        'REQUIRED',
        [...path, 'id'],
        `the ${this.kind} "${name}" needs an id: its name gives no letters or digits to derive one from`,
      );
    } else if (id !== '' && this.ids.has(id)) {
      const hint =
        explicit === null
          ? `give one of them an explicit id (the default is the slug of the name)`
          : null;
      this.issues.add(
        'DUPLICATE_ID',
        explicit === null ? [...path, 'name'] : [...path, 'id'],
        `another ${this.kind} in the same scope already has the id "${id}"`,
        hint,
      );
    }
    this.ids.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** "did you mean …" for a reference that does not resolve. */
  suggest(id: string): string | null {
    const best = closest(id, [...this.ids]);
    return best === null ? null : `did you mean "${best}"?`;
  }
}
