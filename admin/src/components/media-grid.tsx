import { useState } from 'preact/hooks';
import { request } from '../api/http.ts';
import type { MediaAsset } from '../api/types.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorMessage, LiveStatus, Loading } from './status.tsx';

interface MediaGridProps {
  /** What choosing a picture does, in words for its button ("Use as lead image", "Edit"). */
  actionLabel: string;
  onChoose: (asset: MediaAsset) => void;
  /** Bumped by the caller after an upload or an edit, to show the library as it is now. */
  version: number;
  idPrefix: string;
}

/** The library as a searchable grid of pictures, each with one button. */
export function MediaGrid({ actionLabel, onChoose, version, idPrefix }: MediaGridProps) {
  const [q, setQ] = useState('');
  const [extra, setExtra] = useState<{ key: string; items: MediaAsset[]; before: number | null } | null>(null);
  const key = `${q}|${version}`;
  const page = useLoad(
    (signal) => request<{ data: MediaAsset[]; nextBefore: number | null }>('GET', '/media', { signal, query: { q, limit: 24 } }).then((a) => a.body),
    [key],
  );
  const more = extra && extra.key === key ? extra : null;
  const items = [...(page.value?.data ?? []), ...(more?.items ?? [])];
  const before = more ? more.before : page.value?.nextBefore ?? null;

  async function loadMore() {
    if (before === null) return;
    const answer = await request<{ data: MediaAsset[]; nextBefore: number | null }>('GET', '/media', { query: { q, limit: 24, before } });
    setExtra({ key, items: [...(more?.items ?? []), ...answer.body.data], before: answer.body.nextBefore });
  }

  return (
    <div class="media-browser">
      <form
        role="search"
        aria-label="Search pictures"
        class="inline-search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim());
        }}
      >
        <label for={`${idPrefix}-q`}>Search alt text, captions and credits</label>
        <input id={`${idPrefix}-q`} name="q" type="search" defaultValue={q} />
        <button type="submit">Search</button>
      </form>
      <ErrorMessage>{page.error}</ErrorMessage>
      <LiveStatus>{page.loading ? '' : `${items.length}${before !== null ? '+' : ''} pictures`}</LiveStatus>
      {page.loading && !page.value ? (
        <Loading what="pictures" />
      ) : items.length === 0 ? (
        <p class="empty">No pictures match.</p>
      ) : (
        <ul class="media-grid">
          {items.map((m) => (
            <li key={m.id}>
              <img src={m.cardUrl} alt={m.alt} width={320} height={180} loading="lazy" />
              <p class="media-caption">{m.caption || m.alt || 'No caption or alt text yet'}</p>
              <button type="button" class="secondary small" onClick={() => onChoose(m)}>
                {actionLabel}
                <span class="visually-hidden">: {m.alt || `picture ${m.id}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {before !== null ? (
        <button type="button" class="secondary" onClick={() => void loadMore()}>
          Show more pictures
        </button>
      ) : null}
    </div>
  );
}
