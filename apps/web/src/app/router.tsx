import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { loadAllCatalogues } from '../i18n/messages';
import { HomeRedirect, RequireSession } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { Loading } from '../ui/Loading';

/**
 * Each page is its own chunk: the sign-in page loads none of the board's or the explorer's code.
 * Pages other than the signed-out account pages load every module's labels with their code.
 */
function page(load: () => Promise<{ default: ComponentType }>, labels: 'all' | 'account' = 'all'): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await Promise.all([load(), labels === 'all' ? loadAllCatalogues() : undefined]))[0].default }) };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // The first page's code is loading (every page is its own chunk).
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'sign-in', ...page(() => import('../modules/auth/SignInPage'), 'account') },
      { path: 'accept-invitation', ...page(() => import('../modules/auth/AcceptInvitationPage'), 'account') },
      { path: 'forgot-password', ...page(() => import('../modules/auth/ForgotPasswordPage'), 'account') },
      { path: 'reset-password', ...page(() => import('../modules/auth/ResetPasswordPage'), 'account') },
      { path: 'gminas', ...page(() => import('../modules/gminas/GminasPage')) },
      { path: 'gminas/:terc', ...page(() => import('../modules/gminas/GminaPage')) },
      { path: 'deklaracja-dostepnosci', ...page(() => import('../modules/accessibility/AccessibilityStatementPage')) },
      { path: 'explorer', ...page(() => import('../modules/explorer/ExplorerPage')) },
      { path: 'rejestracja/potwierdz', ...page(() => import('../modules/advisory/ConfirmRegistrationPage')) },
      { path: 'rejestracja/:activityId', ...page(() => import('../modules/advisory/PublicRegistrationPage')) },
      {
        element: <RequireSession />,
        children: [
          { path: 'partnerships', ...page(() => import('../modules/partnerships/PartnershipsPage')) },
          { path: 'partnerships/:slug', ...page(() => import('../modules/partnerships/PartnershipPage')) },
          { path: 'partnerships/:slug/pipeline', ...page(() => import('../modules/projects/PipelinePage')) },
          { path: 'partnerships/:slug/projects/new', ...page(() => import('../modules/projects/NewProjectPage')) },
          { path: 'partnerships/:slug/activity', ...page(() => import('../modules/activity/ActivityPage')) },
          { path: 'partnerships/:slug/search', ...page(() => import('../modules/work/SearchPage')) },
          { path: 'my-work', ...page(() => import('../modules/work/MyWorkPage')) },
          { path: 'projects/:projectId', ...page(() => import('../modules/projects/ProjectPage')) },
          { path: 'projects/:projectId/board', ...page(() => import('../modules/board/BoardPage')) },
          { path: 'tasks/:taskId', ...page(() => import('../modules/discussion/TaskPage')) },
          { path: 'partnerships/:slug/plans', ...page(() => import('../modules/plans/PlansPage')) },
          { path: 'plans/:planId', ...page(() => import('../modules/plans/PlanPage')) },
          { path: 'plans/:planId/compare', ...page(() => import('../modules/plans/ComparePage')) },
          { path: 'plans/:planId/report', ...page(() => import('../modules/plans/ReportPage')) },
          { path: 'plans/:planId/publish', ...page(() => import('../modules/plans/PublishPage')) },
          { path: 'partnerships/:slug/council', ...page(() => import('../modules/council/CouncilPage')) },
          { path: 'partnerships/:slug/council/resolutions', ...page(() => import('../modules/council/ResolutionsPage')) },
          { path: 'meetings/:meetingId', ...page(() => import('../modules/council/MeetingPage')) },
          { path: 'account/password', ...page(() => import('../modules/account/ChangePasswordPage')) },
          { path: 'programmes', ...page(() => import('../modules/advisory/ProgrammesPage')) },
          { path: 'programmes/:programmeId', ...page(() => import('../modules/advisory/ProgrammePage')) },
          { path: 'programmes/:programmeId/activities/new', ...page(() => import('../modules/advisory/NewActivityPage')) },
          { path: 'programmes/:programmeId/report', ...page(() => import('../modules/advisory/ReportPage')) },
          { path: 'activities/:activityId', ...page(() => import('../modules/advisory/ActivityPage')) },
          { path: 'activities/:activityId/edit', ...page(() => import('../modules/advisory/EditActivityPage')) },
          { path: 'engagements/:engagementId', ...page(() => import('../modules/advisory/EngagementPage')) },
          { path: 'notifications', ...page(() => import('../modules/notifications/NotificationsPage')) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
