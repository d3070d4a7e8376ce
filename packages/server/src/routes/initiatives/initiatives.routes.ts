import { createInitiativeInput, updateInitiativeInput } from '@bearing/core';
import { deleteInitiative, getInitiative, listInitiatives } from '@bearing/db';
import {
  createInitiativeChecked,
  updateInitiativeChecked,
} from '../../services/initiative.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { scorecardEntityRoutes } from '../entity-routes.ts';
import { checkProgressUpdate } from './initiative-progress.ts';

export function initiativeRoutes(app: App, deps: RouteDeps): void {
  scorecardEntityRoutes(app, deps, {
    plural: 'initiatives',
    param: 'initiative',
    paramDescription: 'initiative id',
    objectiveFilter: 'only the initiatives of this objective',
    summaries: {
      list: 'the initiatives of a scorecard',
      create: 'add an initiative to an objective',
      get: 'one initiative; ETag is its version',
      update: 'change an initiative: status, progress, dates, budget… (versioned)',
      delete: 'delete an initiative (logged)',
    },
    createInput: createInitiativeInput,
    updateInput: updateInitiativeInput,
    list: listInitiatives,
    create: createInitiativeChecked,
    get: getInitiative,
    update: updateInitiativeChecked,
    // Progress, spent and status are an updater's on own initiatives; the rest an editor's.
    updateAccess: 'initiative.progress',
    checkUpdate: checkProgressUpdate,
    remove: deleteInitiative,
  });
}
