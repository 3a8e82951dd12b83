import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import type { CuratedList } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLoad } from '../app/use-load.ts';
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, Loading } from '../components/status.tsx';

export function ListsScreen() {
  const lists = useLoad((signal) => data<CuratedList[]>('GET', '/lists', { signal }), []);
  const [error, setError] = useState<string | null>(null);

  async function create(e: Event) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget as HTMLFormElement).get('name') ?? '').trim();
    if (!name) return;
    try {
      const list = await data<CuratedList>('POST', '/lists', { body: { name } });
      navigate(`/lists/${list.id}`);
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <Screen title="Curated lists">
      <p class="lede">Hand-ordered lists of stories, such as Don’t Miss. Site settings choose which list each part of the site shows.</p>
      <ErrorMessage>{error ?? lists.error}</ErrorMessage>
      {!lists.value ? (
        <Loading what="lists" />
      ) : lists.value.length === 0 ? (
        <p class="empty">No lists yet.</p>
      ) : (
        <ul class="plain-list">
          {lists.value.map((l) => (
            <li key={l.id}>
              <Link href={`/lists/${l.id}`}>{l.name}</Link> <span class="meta">({l.slug})</span>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={create}>
        <label for="new-list">New list name</label>
        <input id="new-list" name="name" required maxLength={200} />
        <button type="submit">Create list</button>
      </form>
    </Screen>
  );
}
