import { useState } from 'preact/hooks';
import { request } from '../api/http.ts';
import type { Article, Page } from '../api/types.ts';
import { ErrorMessage } from './status.tsx';

interface StorySearchProps {
  idPrefix: string;
  label: string;
  /** Leaves out stories already chosen. */
  exclude: readonly number[];
  onPick: (story: Article) => void;
}

/** Finds published stories by headline words and offers each with an Add button. */
export function StorySearch({ idPrefix, label, exclude, onPick }: StorySearchProps) {
  const [results, setResults] = useState<Article[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(e: Event) {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    try {
      const res = await request<Page<Article>>('GET', '/articles', { query: { q, status: 'published', limit: 10 } });
      setResults(res.body.data);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const shown = (results ?? []).filter((s) => !exclude.includes(s.id));
  return (
    <div class="story-search">
      <form role="search" aria-label={label} class="inline-search" onSubmit={search}>
        <label for={`${idPrefix}-q`}>{label}</label>
        <input id={`${idPrefix}-q`} name="q" type="search" />
        <button type="submit">Find</button>
      </form>
      <ErrorMessage>{error}</ErrorMessage>
      {results === null ? null : shown.length === 0 ? (
        <p class="empty" role="status">
          No published story matches.
        </p>
      ) : (
        <ul class="plain-list" aria-label="Matching stories">
          {shown.map((s) => (
            <li key={s.id}>
              {s.headline}{' '}
              <button type="button" class="secondary small" onClick={() => onPick(s)}>
                Add<span class="visually-hidden"> “{s.headline}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
