import { useState } from 'preact/hooks';
import type { ArticleAnswer } from '../api/types.ts';
import { formatDateTime, fromLocalInput, toLocalInput } from '../app/format.ts';
import { StateBadge } from '../components/state-badge.tsx';
import { isLive } from './story-form.ts';
import type { Note, StoryState } from './use-story.ts';

/** Where the story stands and what can be done with it: publish, schedule, update with a note, unpublish, withhold, kill. */
export function PublishPanel({ story }: { story: StoryState }) {
  const a = story.answer;
  const [at, setAt] = useState(() => toLocalInput(a?.data.state === 'scheduled' ? a.data.publishedAt : null));
  const [noteKind, setNoteKind] = useState<'' | Note['kind']>('');
  const [noteText, setNoteText] = useState('');
  const [scheduleError, setScheduleError] = useState<string | null>(null);
  const [confirmKill, setConfirmKill] = useState(false);
  if (!a) return null;
  const s = a.data;
  const live = isLive(a.data);
  const busy = story.saving;

  function schedule() {
    const iso = fromLocalInput(at);
    if (!iso || new Date(iso).getTime() <= Date.now()) {
      setScheduleError('Choose a time in the future.');
      return;
    }
    setScheduleError(null);
    void story.act('schedule', { at: iso });
  }

  async function saveLive() {
    const note = noteKind && noteText.trim() ? { kind: noteKind, text: noteText.trim() } : undefined;
    if (await story.save(note)) {
      setNoteKind('');
      setNoteText('');
    }
  }

  return (
    <section class="panel publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publishing</h2>
      <p>
        <StateBadge state={s.state} />{' '}
        {s.state === 'scheduled' ? <>goes live {formatDateTime(s.publishedAt)}</> : s.publishedAt && s.status === 'published' ? <>first published {formatDateTime(s.publishedAt)}</> : null}
      </p>
      {s.updatedAt && s.state === 'updated' ? <p class="meta">Updated {formatDateTime(s.updatedAt)}</p> : null}
      {live && s.path ? (
        <p>
          <a href={s.path} target="_blank" rel="noopener">
            View on the site<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}

      {a.allowed.publish && !live ? (
        <div class="stack">
          <button type="button" class="primary" disabled={busy} onClick={() => void story.act('publish')}>
            Publish now
          </button>
          <div class="field">
            <label for="schedule-at">Publish at</label>
            <input id="schedule-at" type="datetime-local" value={at} onInput={(e) => setAt((e.target as HTMLInputElement).value)} aria-describedby="schedule-hint" />
            <p class="hint" id="schedule-hint">
              Your computer's time zone. The story goes live on time even if nobody is signed in.
            </p>
          </div>
          {scheduleError ? <p class="message error" role="alert">{scheduleError}</p> : null}
          <button type="button" disabled={busy || !at} onClick={schedule}>
            {s.state === 'scheduled' ? 'Reschedule' : 'Schedule'}
          </button>
        </div>
      ) : null}

      {live && a.allowed.edit ? (
        <fieldset class="stack note">
          <legend>Update the live story</legend>
          <p class="hint">Edits to a live story go out when you save them here. A note also shows readers an Updated time.</p>
          <div class="field">
            <label for="note-kind">Note to readers</label>
            <select id="note-kind" value={noteKind} onChange={(e) => setNoteKind((e.target as HTMLSelectElement).value as '' | Note['kind'])}>
              <option value="">No note (a quiet fix)</option>
              <option value="update">Update</option>
              <option value="correction">Correction</option>
            </select>
          </div>
          {noteKind ? (
            <div class="field">
              <label for="note-text">{noteKind === 'correction' ? 'What was wrong and what is right' : 'What is new'}</label>
              <textarea id="note-text" rows={3} value={noteText} onInput={(e) => setNoteText((e.target as HTMLTextAreaElement).value)} required />
            </div>
          ) : null}
          <button type="button" class="primary" disabled={busy || (!story.dirty && !noteKind) || (noteKind !== '' && noteText.trim() === '')} onClick={() => void saveLive()}>
            {noteKind === 'correction' ? 'Publish correction' : noteKind === 'update' ? 'Publish update' : 'Save changes to the live story'}
          </button>
        </fieldset>
      ) : null}

      <div class="button-row">
        {a.allowed.publish && s.status === 'published' ? (
          <button type="button" class="secondary" disabled={busy} onClick={() => void story.act('unpublish')}>
            {s.state === 'scheduled' ? 'Cancel schedule' : 'Unpublish'}
          </button>
        ) : null}
        {a.allowed.withhold && s.status !== 'withheld' && s.status !== 'killed' ? (
          <button type="button" class="secondary" disabled={busy} onClick={() => void story.act('withhold')}>
            Withhold
          </button>
        ) : null}
        {a.allowed.kill && s.status !== 'killed' ? (
          confirmKill ? (
            <span class="confirm">
              Kill for good? Its address will answer “gone”.{' '}
              <button type="button" class="danger" disabled={busy} onClick={() => void story.act('kill').then(() => setConfirmKill(false))}>
                Yes, kill it
              </button>{' '}
              <button type="button" class="secondary" onClick={() => setConfirmKill(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" class="danger-outline" disabled={busy} onClick={() => setConfirmKill(true)}>
              Kill
            </button>
          )
        ) : null}
      </div>
    </section>
  );
}
