import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The token of an e-mailed link's `#token=…` part, if any. */
export function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : null;
}

/**
 * The token of the e-mailed link this page was opened with, read once. It is then taken off the
 * address (history.replaceState, through the router), so no history entry, bookmark or shared
 * screenshot keeps it; it lives in this page's memory and goes to the API only.
 */
export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenOf(location.hash));
  const inAddress = location.hash.includes('token=');
  useEffect(() => {
    if (inAddress) void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true });
  }, [inAddress, navigate, location.pathname, location.search]);
  return token;
}
