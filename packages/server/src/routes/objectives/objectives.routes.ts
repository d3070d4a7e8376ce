import { createObjectiveInput, updateObjectiveInput } from '@bearing/core';
import { deleteObjective, getObjective, listObjectives } from '@bearing/db';
import {
  createObjectiveChecked,
  updateObjectiveChecked,
} from '../../services/objective.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { scorecardEntityRoutes } from '../entity-routes.ts';
import { objectiveRecord } from './objectives.schema.ts';

/** Moves and reference checks live in the service; the routes are the standard five. */
export function objectiveRoutes(app: App, deps: RouteDeps): void {
  scorecardEntityRoutes(app, deps, {
    plural: 'objectives',
    param: 'objective',
    paramDescription: 'objective id',
    record: objectiveRecord,
    summaries: {
      list: 'the objectives of a scorecard, in file order (without KPIs and initiatives)',
      create: 'add an objective (as the strategy file writes one); references are checked',
      get: 'one objective (without KPIs and initiatives); ETag is its version',
      update: 'change or move an objective; stale versions get 409 with the current state',
      delete: 'delete an objective with its KPIs, values, initiatives and links (logged)',
    },
    createInput: createObjectiveInput,
    updateInput: updateObjectiveInput,
    list: listObjectives,
    create: createObjectiveChecked,
    get: getObjective,
    update: updateObjectiveChecked,
    remove: deleteObjective,
  });
}
