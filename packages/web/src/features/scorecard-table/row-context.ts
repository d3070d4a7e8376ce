import type { KpiRecord } from '../../api/types.ts';
import type { EditableKind, EditBody } from './edit-input.ts';
import type { TableNode } from './table-tree.ts';
import type { Series } from './trend.ts';
import type { SaveOutcome } from './use-row-edits.ts';

/** What every row needs from the page; one memoised object, so rows re-render only on change. */
export interface RowContext {
  /** Link to a node's page, keeping the period; null for rows without a page. */
  readonly linkOf: (node: TableNode) => string | null;
  readonly trendOf: (node: TableNode) => Series | undefined;
  readonly trendPeriods: readonly string[];
  readonly onToggle: (key: string) => void;
  /** False while a filter is on: every kept row is shown open then. */
  readonly canFold: boolean;
  readonly canEdit: (kind: EditableKind, id: string) => boolean;
  readonly save: (kind: EditableKind, id: string, body: EditBody) => Promise<SaveOutcome>;
  readonly kpiRecords: ReadonlyMap<string, KpiRecord>;
}
