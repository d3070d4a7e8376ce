import {
  cycleSettingsSchema,
  mailStatusSchema,
  myUpdatesBodySchema,
  myUpdatesSavedSchema,
  myUpdatesSchema,
  periodKeyField,
  remindBodySchema,
  remindResultSchema,
} from '@bearing/core';
import { putCycleSettings } from '@bearing/db';
import { z } from 'zod';
import { cycleSettingsOf } from '../../cycle/cycle-scan.ts';
import { myUpdates, saveMyUpdates } from '../../cycle/my-updates.ts';
import { remindOwners } from '../../cycle/remind.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, workspaceParams } from '../common.schema.ts';
import { writeContext, writeErrors } from '../versioning.ts';

/**
 * The monthly update cycle (docs/notifications.md): the workspace's reminder settings, the
 * strategy office's "Remind" button, whether the server can send e-mail, and each owner's
 * "My updates" — their due values across scorecards, saved in one transaction.
 */
export function cycleRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/cycle/settings',
    {
      config: { access: 'read' },
      schema: {
        tags: ['cycle'],
        summary: 'grace days, when owners are reminded, and the digest day',
        params: workspaceParams,
        response: { 200: cycleSettingsSchema, ...commonErrors },
      },
    },
    (request) => cycleSettingsOf(db, request.params.ws),
  );

  app.put(
    '/api/workspaces/:ws/cycle/settings',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags: ['cycle'],
        summary: 'change the update cycle settings (workspace administrators)',
        params: workspaceParams,
        body: cycleSettingsSchema,
        response: { 200: cycleSettingsSchema, ...commonErrors },
      },
    },
    async (request) => {
      await putCycleSettings(db, request.params.ws, request.body, deps.now());
      return cycleSettingsOf(db, request.params.ws);
    },
  );

  app.post(
    '/api/workspaces/:ws/cycle/remind',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags: ['cycle'],
        summary: 'remind owners of the values they owe now (all, or the owners named)',
        params: workspaceParams,
        body: remindBodySchema,
        response: { 200: remindResultSchema, ...commonErrors },
      },
    },
    (request) => remindOwners(db, request.params.ws, request.body, deps.now()),
  );

  app.get(
    '/api/mail',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cycle'],
        summary: 'whether this server sends e-mail (BEARING_SMTP_HOST is set)',
        response: { 200: mailStatusSchema, ...commonErrors },
      },
    },
    () => ({ configured: deps.config.mail !== undefined }),
  );

  app.get(
    '/api/workspaces/:ws/my-updates',
    {
      config: { access: 'read' },
      schema: {
        tags: ['cycle'],
        summary: 'the values the signed-in person owes for a period, across every scorecard',
        params: workspaceParams,
        querystring: z.object({
          period: periodKeyField
            .optional()
            .describe('the reporting period; default: the last month that has ended'),
        }),
        response: { 200: myUpdatesSchema, ...commonErrors },
      },
    },
    (request) =>
      myUpdates(
        db,
        request.params.ws,
        request.principal?.email ?? null,
        request.query.period,
        deps.now(),
      ),
  );

  app.post(
    '/api/workspaces/:ws/my-updates',
    {
      // Each value is checked against its KPI's owner (an updater writes only their own).
      config: { access: 'values.write', accessPerItem: true },
      schema: {
        tags: ['cycle'],
        summary: 'save the values entered on "My updates", all in one transaction',
        params: workspaceParams,
        body: myUpdatesBodySchema,
        response: { 200: myUpdatesSavedSchema, ...writeErrors, ...commonErrors },
      },
    },
    (request) =>
      saveMyUpdates(
        request,
        db,
        request.params.ws,
        request.body.values,
        writeContext(request, deps),
      ),
  );
}
