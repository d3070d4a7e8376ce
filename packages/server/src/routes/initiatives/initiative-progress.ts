import type { UpdateInitiativeInput } from '@bearing/core';
import { type Executor, getInitiative } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../errors.ts';
import { assertOwn, needsOwnerCheck } from '../../plugins/access.ts';
import type { Address } from '../entity-routes.ts';

/** What an updater may change of an initiative they own (docs/access.md, Roles). */
const PROGRESS_FIELDS: ReadonlySet<string> = new Set(['progress', 'spent', 'status']);

/**
 * The item-level check of an initiative PATCH (route action 'initiative.progress'): an updater
 * changes only progress, spent and status, and only of an initiative they own (the stored
 * owner). Editors and admins pass without a lookup.
 */
export async function checkProgressUpdate(
  request: FastifyRequest,
  db: Executor,
  address: Address,
  key: string,
  patch: Omit<UpdateInitiativeInput, 'version'>,
): Promise<void> {
  if (!needsOwnerCheck(request, address.scorecard)) return;
  const others = Object.keys(patch).filter((field) => !PROGRESS_FIELDS.has(field));
  if (others.length > 0) {
    throw new ApiError(
      'FORBIDDEN',
      `needs the editor role in workspace "${address.workspace}" to change ${others.join(', ')} ` +
        'of an initiative (an updater changes only progress, spent and status)',
      `body.${others[0] ?? ''}`,
      { roleNeeded: 'editor' },
    );
  }
  const { owner } = await getInitiative(db, address.workspace, address.scorecard, key);
  assertOwn(request, address.scorecard, [owner ?? null]);
}
