/** Path builders, so no screen spells an API path by hand. */
const enc = encodeURIComponent;

export const paths = {
  workspaces: () => '/workspaces',
  workspace: (ws: string) => `/workspaces/${enc(ws)}`,
  scorecards: (ws: string) => `/workspaces/${enc(ws)}/scorecards`,
  scorecard: (ws: string, sc: string) => `/workspaces/${enc(ws)}/scorecards/${enc(sc)}`,
  scores: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/scores`,
  lint: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/lint`,
  perspectives: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/perspectives`,
  perspective: (ws: string, sc: string, id: string) =>
    `${paths.scorecard(ws, sc)}/perspectives/${enc(id)}`,
  objectives: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/objectives`,
  objective: (ws: string, sc: string, id: string) =>
    `${paths.scorecard(ws, sc)}/objectives/${enc(id)}`,
  objectiveHistory: (ws: string, sc: string, id: string) =>
    `${paths.objective(ws, sc, id)}/history`,
  links: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/links`,
  link: (ws: string, sc: string, from: string, to: string) =>
    `${paths.scorecard(ws, sc)}/links/${enc(from)}/${enc(to)}`,
  kpis: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/kpis`,
  kpi: (ws: string, sc: string, id: string) => `${paths.scorecard(ws, sc)}/kpis/${enc(id)}`,
  kpiHistory: (ws: string, sc: string, id: string) => `${paths.kpi(ws, sc, id)}/history`,
  kpiExplain: (ws: string, sc: string, id: string) => `${paths.kpi(ws, sc, id)}/explain`,
  kpiValues: (ws: string, sc: string, id: string) => `${paths.kpi(ws, sc, id)}/values`,
  kpiValue: (ws: string, sc: string, id: string, period: string) =>
    `${paths.kpi(ws, sc, id)}/values/${enc(period)}`,
  formulaCheck: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/formula-check`,
  kpiIndex: (ws: string) => `/workspaces/${enc(ws)}/kpi-index`,
  values: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/values`,
  initiatives: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/initiatives`,
  initiative: (ws: string, sc: string, id: string) =>
    `${paths.scorecard(ws, sc)}/initiatives/${enc(id)}`,
  trends: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/trends`,
  layout: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/layout`,
  evidence: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/evidence`,
  linkSeries: (ws: string, sc: string, from: string, to: string) =>
    `${paths.evidence(ws, sc)}/${enc(from)}/${enc(to)}`,
  document: (ws: string, sc: string) => `${paths.scorecard(ws, sc)}/document`,
  changes: (ws: string) => `/workspaces/${enc(ws)}/changes`,
  collection: (ws: string) => `/workspaces/${enc(ws)}/collection`,
  revert: (ws: string, change: string) => `/workspaces/${enc(ws)}/changes/${enc(change)}/revert`,
  edits: (ws: string) => `/workspaces/${enc(ws)}/edits`,
  revertBatch: (ws: string, batch: string) => `/workspaces/${enc(ws)}/batches/${enc(batch)}/revert`,
  importStrategy: (ws: string) => `/workspaces/${enc(ws)}/import`,
  exportStrategy: (ws: string) => `/workspaces/${enc(ws)}/export`,
  importValues: (ws: string) => `/workspaces/${enc(ws)}/values/import`,
  exportValues: (ws: string) => `/workspaces/${enc(ws)}/values/export`,
  templates: () => '/templates',
  template: (name: string) => `/templates/${enc(name)}`,
  applyTemplate: (ws: string, name: string) =>
    `/workspaces/${enc(ws)}/templates/${enc(name)}/apply`,
  wizard: (ws: string) => `/workspaces/${enc(ws)}/wizard`,
  wizardPreview: () => '/wizard/preview',
  authConfig: () => '/auth/config',
  me: () => '/auth/me',
  login: () => '/auth/login',
  logout: () => '/auth/logout',
  setup: () => '/auth/setup',
  password: () => '/auth/password',
  signInLink: () => '/auth/link',
  oidcStart: () => '/auth/oidc/start',
  members: (ws: string) => `/workspaces/${enc(ws)}/members`,
  member: (ws: string, email: string) => `/workspaces/${enc(ws)}/members/${enc(email)}`,
  tokens: () => '/tokens',
  token: (id: string) => `/tokens/${enc(id)}`,
} as const;
