import { createWorkspaceInput } from '@bearing/core';
import { isApiError, request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import type { Workspace } from '../../api/types.ts';

export type FieldErrors = Partial<Record<'key' | 'name', string>>;

/** Checks a new workspace with the API's own input schema, so the messages match the server's. */
export function checkNewWorkspace(input: { key: string; name: string }): FieldErrors {
  const parsed = createWorkspaceInput.safeParse(input);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'key' || field === 'name') && errors[field] === undefined) {
      errors[field] = issue.message;
    }
  }
  return errors;
}

/** POST /api/workspaces; a taken key comes back as a field error rather than a failure. */
export async function createWorkspace(input: {
  key: string;
  name: string;
}): Promise<{ ok: true; workspace: Workspace } | { ok: false; errors: FieldErrors }> {
  const errors = checkNewWorkspace(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    const workspace = await request<Workspace>(paths.workspaces(), { method: 'POST', body: input });
    return { ok: true, workspace };
  } catch (error) {
    if (isApiError(error) && error.code === 'DUPLICATE_KEY') {
      return {
        ok: false,
        errors: { key: `A workspace “${input.key}” already exists; pick another key.` },
      };
    }
    if (isApiError(error) && error.code === 'VALIDATION' && error.path !== null) {
      const field = error.path.replace(/^body\./, '');
      if (field === 'key' || field === 'name')
        return { ok: false, errors: { [field]: error.message } };
    }
    throw error;
  }
}

/** The scorecard id a DUPLICATE_KEY import error names (`scorecard "acme" already exists…`). */
export function duplicateScorecardId(error: unknown): string | null {
  if (!isApiError(error) || error.code !== 'DUPLICATE_KEY') return null;
  return /scorecard "([^"]+)"/.exec(error.message)?.[1] ?? '';
}
