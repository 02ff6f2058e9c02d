import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApiClient } from './apollo/client';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import './app/styles.css';
import { SessionStore } from './session/session-store';

const session = new SessionStore();
const api = createApiClient(session, () => document.documentElement.lang || 'pl');
void session.restore();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders session={session} api={api}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
