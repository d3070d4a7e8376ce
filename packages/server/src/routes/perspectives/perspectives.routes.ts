import { createPerspectiveInput, updatePerspectiveInput } from '@bearing/core';
import { deletePerspective, listPerspectives } from '@bearing/db';
import {
  createPerspectiveChecked,
  updatePerspectiveChecked,
} from '../../services/perspective.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { scorecardEntityRoutes } from '../entity-routes.ts';

/** Perspectives have no GET for one: the list is short and ordered. */
export function perspectiveRoutes(app: App, deps: RouteDeps): void {
  scorecardEntityRoutes(app, deps, {
    plural: 'perspectives',
    param: 'perspective',
    paramDescription: 'perspective id',
    summaries: {
      list: 'the perspectives of a scorecard, top to bottom',
      create: 'add a perspective at the bottom (at most 8 per scorecard)',
      update: 'rename or re-weight a perspective (versioned)',
      delete: 'delete an empty perspective (409 IN_USE while objectives sit in it)',
    },
    createInput: createPerspectiveInput,
    updateInput: updatePerspectiveInput,
    list: listPerspectives,
    create: createPerspectiveChecked,
    update: updatePerspectiveChecked,
    remove: deletePerspective,
  });
}
