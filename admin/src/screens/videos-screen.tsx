import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import { sectionLabel, sections, seriesList } from '../api/reference-data.ts';
import type { MediaAsset, Video } from '../api/types.ts';
import { formatDateTime, fromLocalInput, toLocalInput } from '../app/format.ts';
import { useLoad } from '../app/use-load.ts';
import { MediaGrid } from '../components/media-grid.tsx';
import { ModalDialog } from '../components/modal-dialog.tsx';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

function VideoForm({ video, onSaved, onCancel }: { video: Video | null; onSaved: (v: Video) => void; onCancel?: () => void }) {
  const refs = useLoad(() => Promise.all([sections(), seriesList()]), []);
  const [allSections, allSeries] = refs.value ?? [[], []];
  const [poster, setPoster] = useState<number | null>(video?.thumbnailMediaId ?? null);
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const p = video ? `video-${video.id}` : 'video-new';

  async function submit(e: Event) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const num = (k: string) => (f.get(k) ? Number(f.get(k)) : null);
    const body = {
      title: String(f.get('title')).trim(),
      sourceUrl: String(f.get('sourceUrl')).trim(),
      description: String(f.get('description')).trim() || null,
      durationSeconds: num('durationSeconds'),
      sectionId: num('sectionId'),
      seriesId: num('seriesId'),
      thumbnailMediaId: poster,
      ...(fromLocalInput(String(f.get('publishedAt'))) ? { publishedAt: fromLocalInput(String(f.get('publishedAt'))) } : {}),
    };
    try {
      onSaved(video ? await data<Video>('PATCH', `/videos/${video.id}`, { body }) : await data<Video>('POST', '/videos', { body }));
      if (!video) {
        (e.target as HTMLFormElement).reset();
        setPoster(null);
      }
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <form class="stack" onSubmit={submit}>
      <ErrorMessage>{error}</ErrorMessage>
      <div class="field">
        <label for={`${p}-title`}>Title</label>
        <input id={`${p}-title`} name="title" defaultValue={video?.title ?? ''} required maxLength={300} />
      </div>
      <div class="field">
        <label for={`${p}-src`}>Video address</label>
        <p class="hint" id={`${p}-src-hint`}>
          An MP4 or HLS (.m3u8) address.
        </p>
        <input id={`${p}-src`} name="sourceUrl" defaultValue={video?.sourceUrl ?? ''} required aria-describedby={`${p}-src-hint`} />
      </div>
      <div class="field">
        <label for={`${p}-description`}>Description</label>
        <textarea id={`${p}-description`} name="description" rows={2} defaultValue={video?.description ?? ''} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${p}-duration`}>Length in seconds</label>
          <input id={`${p}-duration`} name="durationSeconds" type="number" min={0} max={86400} defaultValue={video?.durationSeconds?.toString() ?? ''} />
        </div>
        <div class="field">
          <label for={`${p}-published`}>Public from</label>
          <input id={`${p}-published`} name="publishedAt" type="datetime-local" defaultValue={toLocalInput(video?.publishedAt ?? null)} />
        </div>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${p}-section`}>Section</label>
          <select id={`${p}-section`} name="sectionId" defaultValue={video?.sectionId?.toString() ?? ''}>
            <option value="">None</option>
            {allSections.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {sectionLabel(allSections, s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${p}-series`}>Series</label>
          <select id={`${p}-series`} name="seriesId" defaultValue={video?.seriesId?.toString() ?? ''}>
            <option value="">None</option>
            {allSeries.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>
        Poster: {poster === null ? 'none' : `picture ${poster}`}{' '}
        <button type="button" class="secondary small" onClick={() => setChoosing(true)}>
          Choose poster
        </button>
      </p>
      {choosing ? (
        <ModalDialog title="Choose a poster" onClose={() => setChoosing(false)}>
          <MediaGrid
            actionLabel="Use as poster"
            version={0}
            idPrefix={`${p}-poster`}
            onChoose={(a: MediaAsset) => {
              setPoster(a.id);
              setChoosing(false);
            }}
          />
        </ModalDialog>
      ) : null}
      <div class="button-row">
        <button type="submit">{video ? 'Save video' : 'Add video'}</button>
        {onCancel ? (
          <button type="button" class="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The video rail and hub: add, change or remove videos. */
export function VideosScreen() {
  const list = useLoad((signal) => data<Video[]>('GET', '/videos', { signal, query: { limit: 100 } }), []);
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function remove(v: Video) {
    try {
      await data('DELETE', `/videos/${v.id}`);
      setStatus(`${v.title} removed.`);
      list.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Screen title="Videos">
      <ErrorMessage>{error ?? list.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      <details class="panel">
        <summary>Add a video</summary>
        <VideoForm
          video={null}
          onSaved={(v) => {
            setStatus(`${v.title} added.`);
            list.reload();
          }}
        />
      </details>
      {!list.value ? (
        <Loading what="videos" />
      ) : (
        <ul class="card-list">
          {list.value.map((v) => (
            <li key={v.id} class="panel">
              {editing === v.id ? (
                <VideoForm
                  video={v}
                  onCancel={() => setEditing(null)}
                  onSaved={(x) => {
                    setEditing(null);
                    setStatus(`${x.title} saved.`);
                    list.reload();
                  }}
                />
              ) : (
                <>
                  <h2>{v.title}</h2>
                  <p class="meta">
                    {new Date(v.publishedAt).getTime() > Date.now() ? 'Scheduled for ' : 'Public since '}
                    {formatDateTime(v.publishedAt)}
                    {v.durationSeconds ? ` · ${Math.floor(v.durationSeconds / 60)}:${String(v.durationSeconds % 60).padStart(2, '0')}` : ''}
                  </p>
                  <div class="button-row">
                    <a href={`/video/${v.slug}/`}>
                      View<span class="visually-hidden"> {v.title}</span> on the site
                    </a>
                    <button type="button" class="secondary small" onClick={() => setEditing(v.id)}>
                      Edit<span class="visually-hidden"> {v.title}</span>
                    </button>
                    <button type="button" class="danger-outline small" onClick={() => void remove(v)}>
                      Remove<span class="visually-hidden"> {v.title}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Screen>
  );
}
