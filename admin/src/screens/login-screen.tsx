import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, data, messageOf } from '../api/http.ts';
import type { Session } from '../api/types.ts';
import { ErrorMessage } from '../components/status.tsx';

interface LoginProps {
  notice: string | null;
  onSignedIn: (session: Session) => void;
}

export function LoginScreen({ notice, onSignedIn }: LoginProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const email = useRef<HTMLInputElement>(null);
  useEffect(() => {
    document.title = 'Sign in · Newsroom';
    email.current?.focus();
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await data<Session>('POST', '/session', { body: { email: String(form.get('email')), password: String(form.get('password')) } }));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'That email and password do not match an active account.' : messageOf(err));
      setBusy(false);
    }
  }

  return (
    <main class="center-card">
      <h1>Sign in to the newsroom</h1>
      {notice ? <p class="message status">{notice}</p> : null}
      <ErrorMessage>{error}</ErrorMessage>
      <form onSubmit={submit} class="stack">
        <div class="field">
          <label for="login-email">Email</label>
          <input id="login-email" name="email" type="email" autocomplete="username" required ref={email} />
        </div>
        <div class="field">
          <label for="login-password">Password</label>
          <input id="login-password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p class="hint">Forgotten your password? An administrator can give you a new one-time password.</p>
    </main>
  );
}
