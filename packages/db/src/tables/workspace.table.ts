/** One tenant's strategy. The migration creates the `default` workspace. */
export interface WorkspaceTable {
  id: string;
  key: string;
  name: string;
  /** `Strategy.organization`: the organisation named at the top of the strategy file. */
  organization: string | null;
  /** Strategy-level settings beyond the organisation (e.g. the file's `lint:`), JSON. */
  settings_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
