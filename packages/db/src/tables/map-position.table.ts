/**
 * Where a user placed an objective on the strategy map: presentation, not strategy (no version,
 * no change-log row, not in the strategy file). Goes away with its objective (foreign key cascade).
 */
export interface MapPositionTable {
  objective_id: string;
  x: number;
  y: number;
  updated_at: string;
}
