import { createKpiInput, updateKpiInput } from '@bearing/core';
import { deleteKpi, getKpi, listKpis } from '@bearing/db';
import { createKpiChecked, updateKpiChecked } from '../../services/kpi.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { scorecardEntityRoutes } from '../entity-routes.ts';

export function kpiRoutes(app: App, deps: RouteDeps): void {
  scorecardEntityRoutes(app, deps, {
    plural: 'kpis',
    param: 'kpi',
    paramDescription: 'KPI id',
    objectiveFilter: 'only the KPIs of this objective',
    summaries: {
      list: 'the KPI definitions of a scorecard (values: …/kpis/{kpi}/values)',
      create: 'add a KPI to an objective; its scale must be scorable (422 INVALID_SCALE)',
      get: 'one KPI definition; ETag is its version',
      update: 'change a KPI definition (versioned); the scale must stay scorable',
      delete: 'delete a KPI with its values (logged, so a revert restores them)',
    },
    createInput: createKpiInput,
    updateInput: updateKpiInput,
    list: listKpis,
    create: createKpiChecked,
    get: getKpi,
    update: updateKpiChecked,
    remove: deleteKpi,
  });
}
