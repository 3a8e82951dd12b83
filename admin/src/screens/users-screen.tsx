import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import { authors } from '../api/reference-data.ts';
import type { Role, User } from '../api/types.ts';
import { formatDateTime } from '../app/format.ts';
import { useSession } from '../app/session-context.ts';
import { useLoad } from '../app/use-load.ts';
import { Screen } from '../components/screen.tsx';
import { SecretNotice } from '../components/secret-notice.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

const ROLES: { value: Role; label: string }[] = [
  { value: 'contributor', label: 'Contributor: writes drafts' },
  { value: 'author', label: 'Author: also publishes own stories' },
  { value: 'editor', label: 'Editor: publishes and curates anything' },
  { value: 'administrator', label: 'Administrator: also runs the site' },
];

/** Who may sign in, with what role; new accounts and password resets give a one-time password to pass on. */
export function UsersScreen() {
  const me = useSession().user;
  const users = useLoad((signal) => data<User[]>('GET', '/users', { signal }), []);
  const bylines = useLoad(() => authors(), []);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function call<T>(fn: () => Promise<T>, done: (v: T) => void) {
    setError(null);
    try {
      done(await fn());
      users.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  function create(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const authorId = f.get('authorId') ? Number(f.get('authorId')) : null;
    void call(
      () => data<{ user: User; oneTimePassword: string }>('POST', '/users', { body: { email: String(f.get('email')).trim(), name: String(f.get('name')).trim() || undefined, role: f.get('role'), authorId } }),
      (r) => {
        form.reset();
        setSecret({ label: `One-time password for ${r.user.email}:`, value: r.oneTimePassword });
        setStatus(`Account opened for ${r.user.email}.`);
      },
    );
  }

  return (
    <Screen title="Users">
      <ErrorMessage>{error ?? users.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      {secret ? <SecretNotice label={secret.label} secret={secret.value} advice="Pass it on privately; it is shown only now, and must be replaced at first sign-in." /> : null}
      {!users.value ? (
        <Loading what="users" />
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.value.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <label class="visually-hidden" for={`role-${u.id}`}>
                      Role of {u.name}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      value={u.role}
                      disabled={u.id === me.id}
                      onChange={(e) => void call(() => data<User>('PATCH', `/users/${u.id}`, { body: { role: (e.target as HTMLSelectElement).value } }), (x) => setStatus(`${x.name} is now ${x.role === 'administrator' ? 'an' : 'a'} ${x.role}.`))}
                    >
                      {ROLES.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.value}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{u.disabled ? 'Disabled' : u.mustChangePassword ? 'Has a one-time password' : 'Active'}</td>
                  <td>{formatDateTime(u.lastLoginAt)}</td>
                  <td class="actions">
                    {u.id === me.id ? (
                      <span class="meta">You</span>
                    ) : (
                      <>
                        <button
                          type="button"
                          class="secondary small"
                          onClick={() => void call(() => data<User>('PATCH', `/users/${u.id}`, { body: { disabled: !u.disabled } }), (x) => setStatus(`${x.name} ${x.disabled ? 'disabled: sessions ended, tokens stopped' : 'enabled'}.`))}
                        >
                          {u.disabled ? 'Enable' : 'Disable'}
                          <span class="visually-hidden"> {u.name}</span>
                        </button>
                        <button
                          type="button"
                          class="secondary small"
                          onClick={() =>
                            void call(
                              () => data<{ user: User; oneTimePassword: string }>('POST', `/users/${u.id}/reset-password`),
                              (r) => setSecret({ label: `New one-time password for ${r.user.email}:`, value: r.oneTimePassword }),
                            )
                          }
                        >
                          Reset password<span class="visually-hidden"> of {u.name}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Open an account</h2>
      <form class="stack narrow" onSubmit={create}>
        <div class="field">
          <label for="nu-email">Email</label>
          <input id="nu-email" name="email" type="email" required />
        </div>
        <div class="field">
          <label for="nu-name">Name</label>
          <input id="nu-name" name="name" maxLength={200} />
        </div>
        <div class="field">
          <label for="nu-role">Role</label>
          <select id="nu-role" name="role" defaultValue="contributor">
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="nu-author">Byline</label>
          <select id="nu-author" name="authorId" defaultValue="">
            <option value="">None</option>
            {(bylines.value ?? []).map((a) => (
              <option key={a.id} value={String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="primary">
          Open account
        </button>
      </form>
    </Screen>
  );
}
