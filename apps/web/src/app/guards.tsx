import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/Loading';
import { useSession } from './providers';

/** Signed-in pages: the sign-in page first (coming back here after), while restoring a wait. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <Loading />;
  if (session.status === 'signedOut') {
    const back = location.pathname + location.search + location.hash;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(back)}${session.reason ? `&reason=${session.reason}` : ''}`} replace />;
  }
  return <Outlet />;
}

export function HomeRedirect() {
  const session = useSession();
  if (session.status === 'restoring') return <Loading />;
  return <Navigate to={session.status === 'signedIn' ? '/partnerships' : '/sign-in'} replace />;
}
