import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { tokenOf, useLinkToken } from './link-token';

function Probe() {
  const token = useLinkToken();
  const location = useLocation();
  return (
    <p>
      token={token ?? 'none'} hash={location.hash || 'empty'}
    </p>
  );
}

describe('the token of an e-mailed link', () => {
  it('is read from the #token= part only', () => {
    expect(tokenOf('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenOf('#other=1&token=xyz')).toBe('xyz');
    expect(tokenOf('#token=')).toBeNull();
    expect(tokenOf('')).toBeNull();
  });

  it('stays in the page after it is taken off the address', async () => {
    const router = createMemoryRouter([{ path: '/accept-invitation', element: <Probe /> }], { initialEntries: ['/accept-invitation#token=secret-1'] });
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('token=secret-1 hash=empty')).toBeInTheDocument();
    expect(router.state.location.hash).toBe('');
    expect(router.state.location.pathname).toBe('/accept-invitation');
  });
});
