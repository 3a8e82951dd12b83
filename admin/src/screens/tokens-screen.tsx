import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import type { ApiToken, User } from '../api/types.ts';
import { formatDateTime, fromLocalInput } from '../app/format.ts';
import { useLoad } from '../app/use-load.ts';
import { Screen } from '../components/screen.tsx';
import { SecretNotice } from '../components/secret-notice.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

const SCOPES: { value: string; label: string }[] = [
  { value: 'admin:read', label: 'Read the admin API' },
  { value: 'admin:write', label: 'Read and change through the admin API' },
  { value: 'wire:push', label: 'Push wire stories' },
  { value: 'content:read', label: 'Use the content API as an identified client' },
];

/** Tokens let other systems act for a person, never beyond that person's role. */
export function TokensScreen() {
  const tokens = useLoad((signal) => data<ApiToken[]>('GET', '/tokens', { signal }), []);
  const users = useLoad((signal) => data<User[]>('GET', '/users', { signal }), []);
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: number) => users.value?.find((u) => u.id === id)?.name ?? `user ${id}`;

  async function create(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const scopes = f.getAll('scopes').map(String);
    if (scopes.length === 0) {
      setError('Choose at least one thing the token may do.');
      return;
    }
    setError(null);
    try {
      const t = await data<ApiToken & { token: string }>('POST', '/tokens', {
        body: { userId: Number(f.get('userId')), name: String(f.get('name')).trim(), scopes, expiresAt: fromLocalInput(String(f.get('expiresAt'))) },
      });
      form.reset();
      setSecret(t.token);
      setStatus(`Token “${t.name}” issued.`);
      tokens.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  async function revoke(t: ApiToken) {
    try {
      await data('DELETE', `/tokens/${t.id}`);
      setStatus(`Token “${t.name}” revoked.`);
      tokens.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <Screen title="API tokens">
      <ErrorMessage>{error ?? tokens.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      {secret ? <SecretNotice label="The new token:" secret={secret} advice="Copy it into the system that will use it now; it is never shown again." /> : null}
      {!tokens.value ? (
        <Loading what="tokens" />
      ) : tokens.value.length === 0 ? (
        <p class="empty">No tokens yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Acts for</th>
                <th scope="col">May</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {tokens.value.map((t) => (
                <tr key={t.id}>
                  <td>
                    {t.name} <span class="meta">…{t.hint}</span>
                  </td>
                  <td>{nameOf(t.userId)}</td>
                  <td>{t.scopes.join(', ')}</td>
                  <td>{formatDateTime(t.lastUsedAt)}</td>
                  <td>{t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'}</td>
                  <td>
                    {t.active ? (
                      <button type="button" class="danger-outline small" onClick={() => void revoke(t)}>
                        Revoke<span class="visually-hidden"> {t.name}</span>
                      </button>
                    ) : (
                      <span class="meta">{t.revokedAt ? 'Revoked' : 'Expired'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Issue a token</h2>
      <form class="stack narrow" onSubmit={create}>
        <div class="field">
          <label for="tk-name">What it is for</label>
          <input id="tk-name" name="name" required maxLength={100} />
        </div>
        <div class="field">
          <label for="tk-user">Acts for</label>
          <select id="tk-user" name="userId" required>
            {(users.value ?? []).filter((u) => !u.disabled).map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name} ({u.role})
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>May</legend>
          {SCOPES.map((s) => (
            <label key={s.value} class="checkbox">
              <input type="checkbox" name="scopes" value={s.value} /> {s.label}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="tk-expires">Stops working at (optional)</label>
          <input id="tk-expires" name="expiresAt" type="datetime-local" />
        </div>
        <button type="submit" class="primary">
          Issue token
        </button>
      </form>
    </Screen>
  );
}
