import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeRedirect, RequireSession } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** Each page is its own chunk: the sign-in page loads none of the board's or the explorer's code. */
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'sign-in', ...page(() => import('../modules/auth/SignInPage')) },
      { path: 'accept-invitation', ...page(() => import('../modules/auth/AcceptInvitationPage')) },
      { path: 'forgot-password', ...page(() => import('../modules/auth/ForgotPasswordPage')) },
      { path: 'reset-password', ...page(() => import('../modules/auth/ResetPasswordPage')) },
      { path: 'gminas', ...page(() => import('../modules/gminas/GminasPage')) },
      { path: 'gminas/:terc', ...page(() => import('../modules/gminas/GminaPage')) },
      { path: 'deklaracja-dostepnosci', ...page(() => import('../modules/accessibility/AccessibilityStatementPage')) },
      { path: 'explorer', ...page(() => import('../modules/explorer/ExplorerPage')) },
      {
        element: <RequireSession />,
        children: [
          { path: 'partnerships', ...page(() => import('../modules/partnerships/PartnershipsPage')) },
          { path: 'partnerships/:slug', ...page(() => import('../modules/partnerships/PartnershipPage')) },
          { path: 'partnerships/:slug/pipeline', ...page(() => import('../modules/projects/PipelinePage')) },
          { path: 'partnerships/:slug/projects/new', ...page(() => import('../modules/projects/NewProjectPage')) },
          { path: 'partnerships/:slug/activity', ...page(() => import('../modules/activity/ActivityPage')) },
          { path: 'projects/:projectId', ...page(() => import('../modules/projects/ProjectPage')) },
          { path: 'projects/:projectId/board', ...page(() => import('../modules/board/BoardPage')) },
          { path: 'account/password', ...page(() => import('../modules/account/ChangePasswordPage')) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
