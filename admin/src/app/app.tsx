import { useEffect, useState } from 'preact/hooks';
import { ApiError, data, messageOf, onSignedOut, request, useCsrfToken } from '../api/http.ts';
import type { Session, User } from '../api/types.ts';
import { ErrorMessage } from '../components/status.tsx';
import { LoginScreen } from '../screens/login-screen.tsx';
import { PasswordScreen } from '../screens/password-screen.tsx';
import { SessionContext } from './session-context.ts';
import { Shell } from './shell.tsx';

type Boot = { kind: 'loading' } | { kind: 'signed-out'; notice: string | null } | { kind: 'signed-in'; user: User } | { kind: 'failed'; message: string };

/** Asks the server who is signed in, then shows sign-in, the one-time password change, or the newsroom. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });

  useEffect(() => {
    data<Session>('GET', '/session')
      .then((s) => {
        useCsrfToken(s.csrfToken);
        setBoot({ kind: 'signed-in', user: s.user });
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) setBoot({ kind: 'signed-out', notice: null });
        else setBoot({ kind: 'failed', message: messageOf(e) });
      });
    return onSignedOut(() => {
      useCsrfToken(null);
      setBoot({ kind: 'signed-out', notice: 'Your session ended. Sign in again to go on; nothing you saved is lost.' });
    });
  }, []);

  const signIn = (s: Session) => {
    useCsrfToken(s.csrfToken);
    setBoot({ kind: 'signed-in', user: s.user });
  };

  switch (boot.kind) {
    case 'loading':
      return <p class="boot">Loading the newsroom…</p>;
    case 'failed':
      return (
        <main class="center-card">
          <h1>Newsroom</h1>
          <ErrorMessage>{boot.message}</ErrorMessage>
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </main>
      );
    case 'signed-out':
      return <LoginScreen notice={boot.notice} onSignedIn={signIn} />;
    case 'signed-in': {
      const signOut = async () => {
        await request('DELETE', '/session').catch(() => undefined);
        useCsrfToken(null);
        setBoot({ kind: 'signed-out', notice: 'You are signed out.' });
      };
      const setUser = (user: User) => setBoot({ kind: 'signed-in', user });
      if (boot.user.mustChangePassword) return <PasswordScreen user={boot.user} firstTime onChanged={setUser} onSignOut={signOut} />;
      return (
        <SessionContext.Provider value={{ user: boot.user, signOut, setUser }}>
          <Shell />
        </SessionContext.Provider>
      );
    }
  }
}
