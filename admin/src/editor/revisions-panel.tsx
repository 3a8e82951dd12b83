import { useState } from 'preact/hooks';
import { data, messageOf, request } from '../api/http.ts';
import type { ArticleAnswer, RevisionDiff, RevisionHeader } from '../api/types.ts';
import { formatDateTime } from '../app/format.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorMessage, LiveStatus } from '../components/status.tsx';
import type { StoryState } from './use-story.ts';

const FIELD_LABEL: Record<string, string> = {
  headline: 'Headline', dek: 'Dek', slug: 'Slug', sectionId: 'Section', byline: 'Byline', authorIds: 'Authors', tagIds: 'Tags', tags: 'Tags',
  dateline: 'Dateline', bodyHtml: 'Body', leadMediaId: 'Lead image', seriesId: 'Series', status: 'Status', publishedAt: 'Publish time',
  updatedAt: 'Updated time', updateNote: 'Update note', correctionNote: 'Correction note',
};

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v));
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();

/** Every saved revision; any one can be compared with the current text and brought back. */
export function RevisionsPanel({ story }: { story: StoryState }) {
  const a = story.answer;
  const id = a?.data.id ?? null;
  const revision = a?.data.revision ?? 0;
  const list = useLoad((signal) => (id === null ? Promise.resolve([]) : data<RevisionHeader[]>('GET', `/articles/${id}/revisions`, { signal })), [id, revision]);
  const [selected, setSelected] = useState<number | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (!a || id === null) return null;

  async function compare(r: number) {
    setSelected(r);
    setError(null);
    try {
      setDiff(await data<RevisionDiff>('GET', `/articles/${id}/diff`, { query: { from: r, to: revision } }));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function restore(r: number) {
    setError(null);
    try {
      const res = await request<ArticleAnswer>('POST', `/articles/${id}/revisions/${r}/restore`, { ifMatch: a!.data.etag });
      story.replace(res.body);
      setSelected(null);
      setDiff(null);
      setStatus(`Revision ${r} restored as revision ${res.body.data.revision}.`);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section class="panel revisions" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions</h2>
      <ErrorMessage>{error ?? list.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      <ol class="revision-list" reversed>
        {(list.value ?? []).map((r) => (
          <li key={r.revision}>
            <span>
              <strong>#{r.revision}</strong> {formatDateTime(r.createdAt)}
              {r.savedBy?.name ? ` · ${r.savedBy.name}` : ''}
              {r.revision === revision ? ' (current)' : ''}
            </span>
            {r.revision === revision ? null : (
              <button type="button" class="secondary small" aria-pressed={selected === r.revision} onClick={() => void compare(r.revision)}>
                Compare<span class="visually-hidden"> revision {r.revision} with the current one</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {diff && selected !== null ? (
        <div class="diff" aria-live="polite">
          <h3>
            Revision {diff.fromRevision} → current ({diff.toRevision})
          </h3>
          {diff.changes.length === 0 ? <p>No differences.</p> : null}
          <dl>
            {diff.changes
              .filter((c) => c.field !== 'bodyHtml')
              .map((c) => (
                <div key={c.field} class="diff-field">
                  <dt>{FIELD_LABEL[c.field] ?? c.field}</dt>
                  <dd>
                    <del>{show(c.before)}</del> <ins>{show(c.after)}</ins>
                  </dd>
                </div>
              ))}
          </dl>
          {diff.body.length > 0 ? (
            <>
              <h4>Body</h4>
              <ul class="diff-body">
                {diff.body
                  .filter((l) => l.op !== 'equal')
                  .map((l, i) => (
                    <li key={i} class={l.op}>
                      <span class="visually-hidden">{l.op === 'insert' ? 'Added: ' : 'Removed: '}</span>
                      {l.op === 'insert' ? <ins>{textOf(l.text)}</ins> : <del>{textOf(l.text)}</del>}
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          {a.allowed.edit ? (
            <button type="button" onClick={() => void restore(selected)}>
              Restore revision {selected}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
