import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import type { CuratedList, ListEntry } from '../api/types.ts';
import { formatDateTime } from '../app/format.ts';
import { useLoad } from '../app/use-load.ts';
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';
import { StorySearch } from '../components/story-search.tsx';

type ListView = CuratedList & { entries: ListEntry[] };

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/**
 * One curated list, in the order the site shows it. Entries move by drag
 * and drop, or with the Up and Down buttons for keyboards and screen
 * readers; every change is saved at once, since the list is live.
 */
export function ListEditorScreen({ id }: { id: number }) {
  const list = useLoad((signal) => data<ListView>('GET', `/lists/${id}`, { signal }), [id]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const entries = list.value?.entries ?? [];

  async function saveOrder(next: ListEntry[], message: string) {
    const previous = list.value!;
    list.set({ ...previous, entries: next });
    setError(null);
    try {
      const saved = await data<ListView>('PUT', `/lists/${id}/entries`, {
        body: { entries: next.map((e) => ({ articleId: e.articleId, pinned: e.pinned, expiresAt: e.expiresAt })) },
      });
      list.set(saved);
      setStatus(message);
    } catch (e) {
      list.set(previous);
      setError(messageOf(e));
    }
  }

  const move = (from: number, to: number) => {
    if (to < 0 || to >= entries.length || from === to) return;
    const headline = entries[from].headline ?? `Story ${entries[from].articleId}`;
    void saveOrder(moved(entries, from, to), `“${headline}” moved to position ${to + 1} of ${entries.length}. Saved.`);
  };

  async function change(method: 'PATCH' | 'DELETE', e: ListEntry, body: unknown, message: string) {
    setError(null);
    try {
      list.set(await data<ListView>(method, `/lists/${id}/entries/${e.articleId}`, { body }));
      setStatus(message);
    } catch (err) {
      setError(messageOf(err));
    }
  }

  async function add(articleId: number, headline: string) {
    setError(null);
    try {
      list.set(await data<ListView>('POST', `/lists/${id}/entries`, { body: { articleId } }));
      setStatus(`“${headline}” added at the top. Saved.`);
    } catch (err) {
      setError(messageOf(err));
    }
  }

  if (!list.value) return list.error ? <ErrorMessage>{list.error}</ErrorMessage> : <Loading what="the list" />;
  return (
    <Screen title={list.value.name}>
      <p>
        <Link href="/lists">All lists</Link>
      </p>
      <p class="lede" id="order-help">
        Drag a story by its handle, or use Up and Down. The site shows the first stories of the list in this order; pinned stories keep their place when
        others are added.
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      {entries.length === 0 ? (
        <p class="empty">The list is empty. Add stories below.</p>
      ) : (
        <ol class="sortable" aria-describedby="order-help">
          {entries.map((e, i) => (
            <li
              key={e.articleId}
              class={`${dragging === i ? 'dragging' : ''} ${over === i && dragging !== i ? 'drop-target' : ''} ${e.expired ? 'expired' : ''}`}
              draggable
              onDragStart={(ev) => {
                setDragging(i);
                ev.dataTransfer?.setData('text/plain', String(e.articleId));
                if (ev.dataTransfer) ev.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(ev) => {
                ev.preventDefault();
                setOver(i);
              }}
              onDragLeave={() => setOver((o) => (o === i ? null : o))}
              onDrop={(ev) => {
                ev.preventDefault();
                if (dragging !== null) move(dragging, i);
                setDragging(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
            >
              <span class="handle" aria-hidden="true">
                ⠿
              </span>
              <span class="position">{i + 1}.</span>
              <span class="entry-title">
                <Link href={`/stories/${e.articleId}`}>{e.headline ?? `Story ${e.articleId}`}</Link>
                {e.pinned ? <span class="badge badge-pinned">Pinned</span> : null}
                {e.expired ? <span class="badge badge-expired">Expired</span> : e.expiresAt ? <span class="meta"> until {formatDateTime(e.expiresAt)}</span> : null}
              </span>
              <span class="entry-actions">
                <button type="button" class="secondary small" disabled={i === 0} onClick={() => move(i, i - 1)}>
                  Up<span class="visually-hidden">: move “{e.headline}” up</span>
                </button>
                <button type="button" class="secondary small" disabled={i === entries.length - 1} onClick={() => move(i, i + 1)}>
                  Down<span class="visually-hidden">: move “{e.headline}” down</span>
                </button>
                <button
                  type="button"
                  class="secondary small"
                  aria-pressed={e.pinned}
                  onClick={() => void change('PATCH', e, { pinned: !e.pinned }, e.pinned ? 'Unpinned. Saved.' : 'Pinned. Saved.')}
                >
                  Pin<span class="visually-hidden"> “{e.headline}”</span>
                </button>
                <button type="button" class="danger-outline small" onClick={() => void change('DELETE', e, undefined, `“${e.headline}” removed. Saved.`)}>
                  Remove<span class="visually-hidden"> “{e.headline}”</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <h2>Add a story</h2>
      <StorySearch idPrefix="list-add" label="Find a published story" exclude={entries.map((e) => e.articleId)} onPick={(s) => void add(s.id, s.headline)} />
    </Screen>
  );
}
