import { useEffect, useRef, useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import type { User } from '../api/types.ts';
import { ErrorMessage, LiveStatus } from '../components/status.tsx';

interface PasswordProps {
  user: User;
  /** A one-time password must be replaced before anything else. */
  firstTime: boolean;
  onChanged: (user: User) => void;
  onSignOut?: () => void;
}

export function PasswordScreen({ user, firstTime, onChanged, onSignOut }: PasswordProps) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (firstTime) {
      document.title = 'Choose your password · Newsroom';
      first.current?.focus();
    }
  }, [firstTime]);

  async function submit(e: Event) {
    e.preventDefault();
    const formEl = e.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const next = String(form.get('newPassword'));
    if (next !== String(form.get('repeat'))) {
      setError('The two new passwords differ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await data<{ user: User }>('PUT', '/session/password', { body: { currentPassword: String(form.get('currentPassword')), newPassword: next } });
      formEl.reset();
      setDone('Password changed. Your other sessions were signed out.');
      onChanged(answer.user);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const form = (
    <form onSubmit={submit} class="stack narrow">
      <ErrorMessage>{error}</ErrorMessage>
      <LiveStatus>{done}</LiveStatus>
      <input type="email" name="username" value={user.email} autocomplete="username" hidden readOnly />
      <div class="field">
        <label for="pw-current">{firstTime ? 'One-time password' : 'Current password'}</label>
        <input id="pw-current" name="currentPassword" type="password" autocomplete="current-password" required ref={first} />
      </div>
      <div class="field">
        <label for="pw-new">New password</label>
        <p class="hint" id="pw-new-hint">
          At least 12 characters. A few unrelated words make a strong one.
        </p>
        <input id="pw-new" name="newPassword" type="password" autocomplete="new-password" minLength={12} required aria-describedby="pw-new-hint" />
      </div>
      <div class="field">
        <label for="pw-repeat">New password again</label>
        <input id="pw-repeat" name="repeat" type="password" autocomplete="new-password" minLength={12} required />
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );

  if (!firstTime) return form;
  return (
    <main class="center-card">
      <h1>Choose your password</h1>
      <p>
        Welcome, {user.name}. You signed in with a one-time password; replace it with one only you know before you go on.
      </p>
      {form}
      {onSignOut ? (
        <button type="button" class="link-button" onClick={onSignOut}>
          Sign out
        </button>
      ) : null}
    </main>
  );
}
