import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NavLink, useNavigate } from 'react-router';
import { api } from '../api/client';
import { sessionQuery, startNewSession } from '../api/session';

/** The navigation's last items: "Signed in as …" and "Sign out", or the "Sign in" link. */
export function SessionStatus() {
  const session = useQuery(sessionQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api('/logout', { method: 'POST' }),
    onSuccess: async () => {
      await navigate('/login');
      await startNewSession(queryClient);
    },
  });

  if (!session.data || session.isError) {
    return (
      <li>
        <NavLink to="/login">Sign in</NavLink>
      </li>
    );
  }
  return (
    <>
      <li className="site-nav__session">Signed in as {session.data.email}</li>
      <li>
        <button type="button" className="link-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </button>
        {signOut.isError && <span className="site-nav__error"> Sign out failed: {signOut.error.message}</span>}
      </li>
    </>
  );
}
