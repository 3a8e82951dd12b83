import { useState } from 'preact/hooks';
import { request } from '../api/http.ts';
import { authors, sectionLabel, sections } from '../api/reference-data.ts';
import type { Article, Author, Page, Section } from '../api/types.ts';
import { formatRelative } from '../app/format.ts';
import { navigate } from '../app/router.ts';
import { useLoad } from '../app/use-load.ts';
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

const FILTERS = ['q', 'status', 'section', 'author', 'source'] as const;

/** The filter form's values travel in the address, so a filtered list can be reloaded, shared and gone back to. */
function filtersOf(query: URLSearchParams) {
  return Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
}

export function StoryListScreen({ query }: { query: URLSearchParams }) {
  const filters = filtersOf(query);
  const key = FILTERS.map((f) => filters[f]).join('|');
  const refs = useLoad(() => Promise.all([sections(), authors()]), []);
  const [more, setMore] = useState<{ key: string; items: Article[]; cursor: string | null } | null>(null);
  const list = useLoad(
    (signal) =>
      request<Page<Article>>('GET', '/articles', {
        signal,
        query: {
          q: filters.q, status: filters.status, sectionId: filters.section, authorId: filters.author, origin: filters.source, limit: 30,
        },
      }).then((a) => a.body),
    [key],
  );

  const [allSections, allAuthors]: [Section[], Author[]] = refs.value ?? [[], []];
  const extra = more && more.key === key ? more : null;
  const stories = [...(list.value?.data ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : list.value?.nextCursor ?? null;

  function apply(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const params = new URLSearchParams();
    for (const f of FILTERS) {
      const v = String(form.get(f) ?? '').trim();
      if (v) params.set(f, v);
    }
    const qs = params.toString();
    navigate(`/stories${qs ? `?${qs}` : ''}`, { replace: true });
  }

  async function loadMore() {
    if (!cursor) return;
    const answer = await request<Page<Article>>('GET', '/articles', {
      query: { q: filters.q, status: filters.status, sectionId: filters.section, authorId: filters.author, origin: filters.source, limit: 30, cursor },
    });
    setMore({ key, items: [...(extra?.items ?? []), ...answer.body.data], cursor: answer.body.nextCursor });
  }

  const sectionName = (id: number) => {
    const s = allSections.find((x) => x.id === id);
    return s ? sectionLabel(allSections, s) : '';
  };

  return (
    <Screen
      title="Stories"
      actions={
        <Link href="/stories/new" class="button primary">
          New story
        </Link>
      }
    >
      <form class="filters" role="search" aria-label="Find stories" onSubmit={apply} key={key}>
        <div class="field grow">
          <label for="f-q">Headline words</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q} />
        </div>
        <div class="field">
          <label for="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={filters.status}>
            <option value="">Any</option>
            <option value="draft">Draft</option>
            <option value="published">Published or scheduled</option>
            <option value="withheld">Withheld</option>
            <option value="killed">Killed</option>
          </select>
        </div>
        <div class="field">
          <label for="f-section">Section</label>
          <select id="f-section" name="section" defaultValue={filters.section}>
            <option value="">Any</option>
            {allSections.map((s) => (
              <option key={s.id} value={s.id}>
                {sectionLabel(allSections, s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-author">Author</label>
          <select id="f-author" name="author" defaultValue={filters.author}>
            <option value="">Any</option>
            {allAuthors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-source">Source</label>
          <select id="f-source" name="source" defaultValue={filters.source}>
            <option value="">Any</option>
            <option value="local">Our newsroom</option>
            <option value="wire">Wire</option>
          </select>
        </div>
        <div class="filter-buttons">
          <button type="submit">Filter</button>
          <button type="button" class="secondary" onClick={() => navigate('/stories', { replace: true })}>
            Clear
          </button>
        </div>
      </form>
      <ErrorMessage>{list.error}</ErrorMessage>
      <LiveStatus>{list.loading ? '' : `${stories.length}${cursor ? '+' : ''} ${stories.length === 1 ? 'story' : 'stories'}`}</LiveStatus>
      {list.loading && !list.value ? (
        <Loading what="stories" />
      ) : stories.length === 0 ? (
        <p class="empty">No story matches these filters.</p>
      ) : (
        <div class="table-wrap">
          <table class="stories">
            <thead>
              <tr>
                <th scope="col">Headline</th>
                <th scope="col">State</th>
                <th scope="col">Section</th>
                <th scope="col">Source</th>
                <th scope="col">Last saved</th>
              </tr>
            </thead>
            <tbody>
              {stories.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/stories/${s.id}`}>{s.headline}</Link>
                  </td>
                  <td>
                    <StateBadge state={s.state} />
                  </td>
                  <td>{sectionName(s.sectionId)}</td>
                  <td>{s.origin.kind === 'wire' ? s.origin.provider : 'Newsroom'}</td>
                  <td>
                    <time dateTime={s.editedAt}>{formatRelative(s.editedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor ? (
        <button type="button" class="secondary" onClick={() => void loadMore()}>
          Show more stories
        </button>
      ) : null}
    </Screen>
  );
}
