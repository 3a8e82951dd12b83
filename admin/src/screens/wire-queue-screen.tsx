import { useState } from 'preact/hooks';
import { data, messageOf, request } from '../api/http.ts';
import type { Article, Page } from '../api/types.ts';
import { formatRelative } from '../app/format.ts';
import { useLoad } from '../app/use-load.ts';
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

/** Wire copy keeps its markup, which is already sanitized; shown as text here so a glance is enough. */
const excerpt = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim().slice(0, 600);

/** Held wire stories: read, open in the editor, publish as they are, or discard for good. */
export function WireQueueScreen() {
  const queue = useLoad((signal) => request<Page<Article>>('GET', '/wire/queue', { signal, query: { limit: 50 } }).then((a) => a.body), []);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const items = queue.value?.data ?? [];

  async function run(s: Article, verb: 'publish' | 'discard') {
    setError(null);
    try {
      await data('POST', `/wire/queue/${s.id}/${verb}`, { ifMatch: verb === 'publish' ? s.etag : undefined });
      setStatus(verb === 'publish' ? `Published “${s.headline}”.` : `Discarded “${s.headline}”.`);
      setConfirming(null);
      queue.set({ data: items.filter((x) => x.id !== s.id), nextCursor: queue.value?.nextCursor ?? null });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Screen title="Wire queue">
      <p class="lede">Stories from the agencies that wait for an editor. Publishing one puts it on the site as it is; open it to edit first.</p>
      <ErrorMessage>{error ?? queue.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      {queue.loading && !queue.value ? (
        <Loading what="the wire queue" />
      ) : items.length === 0 ? (
        <p class="empty">Nothing is held. New wire stories that need a decision will appear here.</p>
      ) : (
        <ul class="wire-list">
          {items.map((s) => (
            <li key={s.id} class="panel">
              <h2>
                <Link href={`/stories/${s.id}`}>{s.headline}</Link>
              </h2>
              <p class="meta">
                {s.origin.kind === 'wire' ? `${s.origin.provider}, version ${s.origin.version}` : ''} · arrived {formatRelative(s.createdAt)}
                {s.dateline ? ` · ${s.dateline.place}` : ''}
              </p>
              {s.dek ? <p class="dek">{s.dek}</p> : null}
              <details>
                <summary>
                  Read the copy<span class="visually-hidden"> of “{s.headline}”</span>
                </summary>
                <p class="wire-copy">{excerpt(s.bodyHtml)}…</p>
              </details>
              <div class="button-row">
                <Link href={`/stories/${s.id}`} class="button secondary">
                  Edit<span class="visually-hidden"> “{s.headline}”</span>
                </Link>
                <button type="button" class="primary" onClick={() => void run(s, 'publish')}>
                  Publish<span class="visually-hidden"> “{s.headline}”</span>
                </button>
                {confirming === s.id ? (
                  <span class="confirm">
                    Discard for good? Later versions from the agency will not bring it back.{' '}
                    <button type="button" class="danger" onClick={() => void run(s, 'discard')}>
                      Yes, discard
                    </button>{' '}
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <button type="button" class="danger-outline" onClick={() => setConfirming(s.id)}>
                    Discard<span class="visually-hidden"> “{s.headline}”</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Screen>
  );
}
