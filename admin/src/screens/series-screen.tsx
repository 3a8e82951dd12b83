import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import { forget } from '../api/reference-data.ts';
import type { Series } from '../api/types.ts';
import { atLeast, useSession } from '../app/session-context.ts';
import { useLoad } from '../app/use-load.ts';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

function SeriesForm({ series, onSaved, onCancel }: { series: Series | null; onSaved: (s: Series) => void; onCancel?: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const prefix = series ? `series-${series.id}` : 'series-new';
  async function submit(e: Event) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const body = { name: String(f.get('name')).trim(), description: String(f.get('description')).trim() || null, ...(f.get('slug') ? { slug: String(f.get('slug')).trim() } : {}) };
    try {
      onSaved(series ? await data<Series>('PATCH', `/series/${series.id}`, { body }) : await data<Series>('POST', '/series', { body }));
      if (!series) (e.target as HTMLFormElement).reset();
    } catch (err) {
      setError(messageOf(err));
    }
  }
  return (
    <form class="stack narrow" onSubmit={submit}>
      <ErrorMessage>{error}</ErrorMessage>
      <div class="field">
        <label for={`${prefix}-name`}>Name</label>
        <input id={`${prefix}-name`} name="name" defaultValue={series?.name ?? ''} required maxLength={200} />
      </div>
      <div class="field">
        <label for={`${prefix}-slug`}>Slug</label>
        <input id={`${prefix}-slug`} name="slug" defaultValue={series?.slug ?? ''} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
      </div>
      <div class="field">
        <label for={`${prefix}-description`}>Description</label>
        <textarea id={`${prefix}-description`} name="description" rows={2} defaultValue={series?.description ?? ''} />
      </div>
      <div class="button-row">
        <button type="submit">{series ? 'Save series' : 'Create series'}</button>
        {onCancel ? (
          <button type="button" class="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Series gather stories and videos under one name and page (a recurring feature, an investigation). */
export function SeriesScreen() {
  const { user } = useSession();
  const canManage = atLeast(user.role, 'editor');
  const list = useLoad((signal) => data<Series[]>('GET', '/series', { signal }), []);
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saved = (s: Series, verb: string) => {
    forget('/series');
    setEditing(null);
    setStatus(`${s.name} ${verb}.`);
    list.reload();
  };

  async function remove(s: Series) {
    try {
      await data('DELETE', `/series/${s.id}`);
      forget('/series');
      setStatus(`${s.name} deleted.`);
      list.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Screen title="Series">
      <ErrorMessage>{error ?? list.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      {!list.value ? (
        <Loading what="series" />
      ) : (
        <ul class="card-list">
          {list.value.map((s) => (
            <li key={s.id} class="panel">
              {editing === s.id ? (
                <SeriesForm series={s} onSaved={(x) => saved(x, 'saved')} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <h2>{s.name}</h2>
                  <p class="meta">
                    <a href={`/series/${s.slug}/`}>/series/{s.slug}/</a>
                  </p>
                  {s.description ? <p>{s.description}</p> : null}
                  {canManage ? (
                    <div class="button-row">
                      <button type="button" class="secondary small" onClick={() => setEditing(s.id)}>
                        Edit<span class="visually-hidden"> {s.name}</span>
                      </button>
                      <button type="button" class="danger-outline small" onClick={() => void remove(s)}>
                        Delete<span class="visually-hidden"> {s.name}</span>
                      </button>
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <>
          <h2>New series</h2>
          <SeriesForm series={null} onSaved={(s) => saved(s, 'created')} />
        </>
      ) : null}
    </Screen>
  );
}
