/**
 * Every screen has a URL (shareable, reloadable). Feature pages load lazily, so the map's and the
 * charts' libraries are fetched only by the screens that use them.
 */
import type { RouteObject } from 'react-router';
import { Navigate, useParams } from 'react-router';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RootRedirect } from './RootRedirect.tsx';
import { RouteError } from './RouteError.tsx';
import { Shell } from './shell/Shell.tsx';

function ScorecardHome() {
  const { ws = 'default', sc = '' } = useParams();
  return (
    <Navigate
      replace
      to={`/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(sc)}/map${window.location.search}`}
    />
  );
}

const accessPage = (load: () => Promise<RouteObject['Component']>): RouteObject['lazy'] => {
  return () => load().then((Component) => ({ Component }));
};

export const routes: RouteObject[] = [
  { path: '/', element: <RootRedirect /> },
  {
    path: '/sign-in',
    errorElement: <RouteError />,
    lazy: accessPage(() => import('../features/access/SignInPage.tsx').then((m) => m.SignInPage)),
  },
  {
    path: '/sign-in/link',
    errorElement: <RouteError />,
    lazy: accessPage(() =>
      import('../features/access/SignInLinkPage.tsx').then((m) => m.SignInLinkPage),
    ),
  },
  {
    path: '/setup',
    errorElement: <RouteError />,
    lazy: accessPage(() => import('../features/access/SetupPage.tsx').then((m) => m.SetupPage)),
  },
  {
    path: '/account',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: accessPage(() =>
          import('../features/access/AccountPage.tsx').then((m) => m.AccountPage),
        ),
      },
    ],
  },
  {
    path: '/w/:ws',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails keeps the shell (navigation, banner) around its error message.
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: () =>
              import('../features/dashboard/ScorecardIndexPage.tsx').then((m) => ({
                Component: m.ScorecardIndexPage,
              })),
          },
          {
            path: 'templates',
            lazy: () =>
              import('../features/templates/TemplateGalleryPage.tsx').then((m) => ({
                Component: m.TemplateGalleryPage,
              })),
          },
          {
            path: 'wizard',
            lazy: () =>
              import('../features/wizard/WizardPage.tsx').then((m) => ({
                Component: m.WizardPage,
              })),
          },
          {
            path: 'members',
            lazy: accessPage(() =>
              import('../features/access/MembersPage.tsx').then((m) => m.MembersPage),
            ),
          },
          {
            path: 'collection',
            lazy: () =>
              import('../features/collection/CollectionPage.tsx').then((m) => ({
                Component: m.CollectionPage,
              })),
          },
          {
            path: 'settings',
            lazy: () =>
              import('../features/workspace-settings/WorkspaceSettingsPage.tsx').then((m) => ({
                Component: m.WorkspaceSettingsPage,
              })),
          },
          {
            path: 'updates',
            lazy: () =>
              import('../features/my-updates/MyUpdatesPage.tsx').then((m) => ({
                Component: m.MyUpdatesPage,
              })),
          },
          { path: 's/:sc', element: <ScorecardHome /> },
          {
            path: 's/:sc/dashboard',
            lazy: () =>
              import('../features/dashboard/DashboardPage.tsx').then((m) => ({
                Component: m.DashboardPage,
              })),
          },
          {
            path: 's/:sc/map',
            lazy: () =>
              import('../features/strategy-map/StrategyMapPage.tsx').then((m) => ({
                Component: m.StrategyMapPage,
              })),
          },
          {
            path: 's/:sc/table',
            lazy: () =>
              import('../features/scorecard-table/ScorecardTablePage.tsx').then((m) => ({
                Component: m.ScorecardTablePage,
              })),
          },
          {
            path: 's/:sc/entry',
            lazy: () =>
              import('../features/data-entry/DataEntryPage.tsx').then((m) => ({
                Component: m.DataEntryPage,
              })),
          },
          {
            path: 's/:sc/objectives/:objective',
            lazy: () =>
              import('../features/objective/ObjectivePage.tsx').then((m) => ({
                Component: m.ObjectivePage,
              })),
          },
          {
            path: 's/:sc/kpis/:kpi',
            lazy: () =>
              import('../features/kpi/KpiPage.tsx').then((m) => ({ Component: m.KpiPage })),
          },
          {
            path: 's/:sc/customer',
            lazy: () =>
              import('../features/customer/CustomerPage.tsx').then((m) => ({
                Component: m.CustomerPage,
              })),
          },
          {
            path: 's/:sc/quality',
            lazy: () =>
              import('../features/quality/QualityPage.tsx').then((m) => ({
                Component: m.QualityPage,
              })),
          },
          {
            path: 's/:sc/evidence',
            lazy: () =>
              import('../features/evidence/EvidencePage.tsx').then((m) => ({
                Component: m.EvidencePage,
              })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
