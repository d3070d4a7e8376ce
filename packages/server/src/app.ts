import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hostPolicy, registerHostCheck } from './plugins/allowed-hosts.ts';
import { registerAccessCheck } from './plugins/access.ts';
import { registerAuth } from './plugins/auth.ts';
import { clientErrorHandler } from './plugins/client-errors.ts';
import { registerCrossSiteCheck } from './plugins/cross-site.ts';
import { frameworkErrorHandler, registerErrorHandler } from './plugins/errors.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerWriteBatchHeaders } from './plugins/write-batch.ts';
import { registerWebhookEvents } from './plugins/webhook-events.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { findWebApp, registerWebApp, spaFallback } from './plugins/web-app.ts';
import { accountRoutes } from './routes/accounts/accounts.routes.ts';
import { editRoutes } from './routes/edits/edits.routes.ts';
import { accountSetupRoutes } from './routes/auth/account-setup.routes.ts';
import { authRoutes } from './routes/auth/auth.routes.ts';
import { oidcRoutes } from './routes/auth/oidc.routes.ts';
import { memberRoutes } from './routes/members/members.routes.ts';
import { tokenRoutes } from './routes/tokens/tokens.routes.ts';
import { webhookRoutes } from './routes/webhooks/webhooks.routes.ts';
import { cycleRoutes } from './routes/cycle/cycle.routes.ts';
import { notificationRoutes } from './routes/notifications/notifications.routes.ts';
import { changeRoutes } from './routes/changes/changes.routes.ts';
import { collectionRoutes } from './routes/collection/collection.routes.ts';
import { healthRoutes } from './routes/health/health.routes.ts';
import { initiativeRoutes } from './routes/initiatives/initiatives.routes.ts';
import { kpiRoutes } from './routes/kpis/kpis.routes.ts';
import { linkRoutes } from './routes/links/links.routes.ts';
import { objectiveRoutes } from './routes/objectives/objectives.routes.ts';
import { perspectiveRoutes } from './routes/perspectives/perspectives.routes.ts';
import { scorecardWriteRoutes } from './routes/scorecards/scorecard-writes.routes.ts';
import { lintRoutes } from './routes/lint/lint.routes.ts';
import { scorecardRoutes } from './routes/scorecards/scorecards.routes.ts';
import { strategyRoutes } from './routes/strategy/strategy.routes.ts';
import { valueRoutes } from './routes/values/values.routes.ts';
import { valuesFileRoutes } from './routes/values-files/values-files.routes.ts';
import { workspaceRoutes } from './routes/workspaces/workspaces.routes.ts';
import { documentRoutes } from './routes/document/document.routes.ts';
import { reportRoutes } from './routes/report/report.routes.ts';
import { templateRoutes } from './routes/templates/templates.routes.ts';
import { wizardRoutes } from './routes/wizard/wizard.routes.ts';
import { explainRoutes } from './routes/explain/explain.routes.ts';
import { evidenceRoutes } from './routes/evidence/evidence.routes.ts';
import { formulaRoutes } from './routes/formulas/formulas.routes.ts';
import { layoutRoutes } from './routes/layout/layout.routes.ts';
import { trendRoutes } from './routes/trends/trends.routes.ts';
import type { App, AppDeps, RouteDeps } from './types.ts';
import { serverVersion } from './version.ts';

const routeNow = (deps: AppDeps) => deps.now ?? (() => new Date());

/**
 * Builds the whole API around its dependencies and never listens (habit 1): tests call
 * `app.inject()`, and `main.ts` is the only file that opens a port. The database must already
 * be migrated; `main.ts` does that at start.
 */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    // request.ip and request.protocol from X-Forwarded-* only when told a proxy sets them.
    trustProxy: config.trustProxy,
    // A slow or stalled client cannot hold a connection open (408 REQUEST_TIMEOUT).
    requestTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: config.headersTimeoutMs,
      // Node checks the two timeouts this often (its default, 30 s, would make them late).
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
    // Errors raised before a route is found, and before a request is parsed, in our shape too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // No route reads text/plain, and a browser sends it cross-site without asking.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webApp = findWebApp(deps.webRoot);
  registerErrorHandler(app, spaFallback(webApp));
  // First the headers every answer carries (errors included), then the two refusals that
  // protect a server on loopback from the pages its user visits, then who is asking.
  await registerSecurityHeaders(app);
  registerHostCheck(app, hostPolicy(config.host, config.allowedHosts));
  registerCrossSiteCheck(app);
  await registerAuth(app, { db: deps.db.db, host: config.host, now: routeNow(deps) });
  // Before the routes: it refuses any /api route that declares no access action.
  registerAccessCheck(app);
  await registerOpenApi(app, serverVersion());
  registerWriteBatchHeaders(app, deps.db.db);
  registerWebhookEvents(app, deps.db.db, routeNow(deps));

  const routeDeps: RouteDeps = { ...deps, now: routeNow(deps) };
  healthRoutes(app, routeDeps);
  workspaceRoutes(app, routeDeps);
  scorecardRoutes(app, routeDeps);
  lintRoutes(app, routeDeps);
  scorecardWriteRoutes(app, routeDeps);
  perspectiveRoutes(app, routeDeps);
  objectiveRoutes(app, routeDeps);
  linkRoutes(app, routeDeps);
  kpiRoutes(app, routeDeps);
  initiativeRoutes(app, routeDeps);
  valueRoutes(app, routeDeps);
  changeRoutes(app, routeDeps);
  editRoutes(app, routeDeps);
  documentRoutes(app, routeDeps);
  reportRoutes(app, routeDeps);
  templateRoutes(app, routeDeps);
  wizardRoutes(app, routeDeps);
  explainRoutes(app, routeDeps);
  formulaRoutes(app, routeDeps);
  evidenceRoutes(app, routeDeps);
  trendRoutes(app, routeDeps);
  collectionRoutes(app, routeDeps);
  layoutRoutes(app, routeDeps);
  memberRoutes(app, routeDeps);
  accountRoutes(app, routeDeps);
  tokenRoutes(app, routeDeps);
  webhookRoutes(app, routeDeps);
  cycleRoutes(app, routeDeps);
  notificationRoutes(app, routeDeps);
  // Own scope: the import's raw-text body parsers must not leak into the JSON routes.
  await app.register((scope, _options, done) => {
    strategyRoutes(scope, routeDeps);
    done();
  });
  // Own scope too: values files are read as raw bytes under the import body limit.
  await app.register((scope, _options, done) => {
    valuesFileRoutes(scope, routeDeps);
    done();
  });
  authRoutes(app, routeDeps);
  accountSetupRoutes(app, routeDeps);
  oidcRoutes(app, routeDeps);
  // Last: the web app's files and page fallback sit behind every API route.
  await registerWebApp(app, webApp);
  await app.ready();
  return app;
}
