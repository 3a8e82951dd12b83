import { useState } from 'preact/hooks';
import { authors, sectionLabel, sections, seriesList } from '../api/reference-data.ts';
import { formatRelative } from '../app/format.ts';
import { useLoad } from '../app/use-load.ts';
import { Field } from '../components/field.tsx';
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, LiveStatus } from '../components/status.tsx';
import { LeadImageField } from '../editor/lead-image-field.tsx';
import { PreviewDialog } from '../editor/preview-panel.tsx';
import { PublishPanel } from '../editor/publish-panel.tsx';
import { RevisionsPanel } from '../editor/revisions-panel.tsx';
import { RichTextEditor } from '../editor/rich-text-editor.tsx';
import { isLive, missingForSave } from '../editor/story-form.ts';
import { useStory } from '../editor/use-story.ts';

function saveStatus(story: ReturnType<typeof useStory>): string {
  if (story.saving) return 'Saving…';
  if (story.dirty && isLive(story.answer?.data ?? null)) return 'Unsaved changes: this story is live, so save them in Publishing.';
  if (story.dirty) return missingForSave(story.form) ?? 'Unsaved changes';
  if (story.savedAt && story.answer) return `Saved as revision ${story.answer.data.revision} ${formatRelative(story.savedAt.toISOString())}`;
  if (story.answer) return `Revision ${story.answer.data.revision}`;
  return '';
}

export function StoryEditorScreen({ id }: { id: number | null }) {
  const story = useStory(id);
  const refs = useLoad(() => Promise.all([sections(), authors(), seriesList()]), []);
  const [previewing, setPreviewing] = useState(false);
  const [allSections, allAuthors, allSeries] = refs.value ?? [[], [], []];
  const { form, answer } = story;
  const readOnly = answer !== null && !answer.allowed.edit;
  const text = (field: 'headline' | 'dek' | 'slug' | 'byline' | 'tags' | 'datelinePlace' | 'datelineSource') => ({
    value: form[field],
    disabled: readOnly,
    onInput: (e: Event) => story.update({ [field]: (e.target as HTMLInputElement).value }),
  });

  if (story.loadError) {
    return (
      <Screen title="Story">
        <ErrorMessage>{story.loadError}</ErrorMessage>
        <Link href="/stories">Back to stories</Link>
      </Screen>
    );
  }
  if (id !== null && !answer) return <p class="loading">Loading the story…</p>;

  return (
    <Screen
      title={answer ? 'Edit story' : 'New story'}
      actions={
        <>
          {answer ? (
            <button
              type="button"
              class="secondary"
              onClick={() => void (story.dirty && !isLive(answer.data) ? story.save() : Promise.resolve(answer)).then((a) => a && setPreviewing(true))}
            >
              Preview
            </button>
          ) : null}
          {!isLive(answer?.data ?? null) && !readOnly ? (
            <button type="button" disabled={story.saving || !story.dirty} onClick={() => void story.save()}>
              Save now
            </button>
          ) : null}
        </>
      }
    >
      <LiveStatus class="save-status">{saveStatus(story)}</LiveStatus>
      <ErrorMessage>{story.saveError}</ErrorMessage>
      {story.conflict ? (
        <p class="message error">
          Someone saved this story after you opened it, so your last change was not saved.{' '}
          <button type="button" onClick={() => void story.reload()}>
            Load their version
          </button>
        </p>
      ) : null}
      {readOnly ? <p class="message status">You may read this story but not change it.</p> : null}
      {answer?.data.origin.kind === 'wire' ? (
        <p class="message status">
          From the wire: {answer.data.origin.provider}, version {answer.data.origin.version}.
        </p>
      ) : null}

      <div class="editor-layout">
        <form class="story-fields" onSubmit={(e) => e.preventDefault()} aria-label="Story">
          <Field id="s-headline" label="Headline">
            <input id="s-headline" class="headline-input" {...text('headline')} required maxLength={300} />
          </Field>
          <Field id="s-dek" label="Dek" hint="One or two sentences under the headline.">
            <textarea id="s-dek" rows={2} maxLength={1000} aria-describedby="s-dek-hint" {...text('dek')} />
          </Field>
          <div class="field">
            <span class="label" id="s-body-label">
              Story
            </span>
            <RichTextEditor key={story.generation} labelledBy="s-body-label" initialHtml={form.bodyHtml} readOnly={readOnly} onChange={(html) => story.update({ bodyHtml: html })} />
          </div>
          <div class="field-row">
            <Field id="s-section" label="Section">
              <select
                id="s-section"
                value={String(form.sectionId)}
                disabled={readOnly}
                required
                onChange={(e) => story.update({ sectionId: Number((e.target as HTMLSelectElement).value) })}
              >
                <option value="0">Choose a section</option>
                {allSections.map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    {sectionLabel(allSections, s)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="s-slug" label="Slug" hint={isLive(answer?.data ?? null) ? 'Changing it keeps the old address working.' : 'Made from the headline unless you set it.'}>
              <input
                id="s-slug"
                aria-describedby="s-slug-hint"
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                value={form.slug}
                disabled={readOnly}
                onInput={(e) => {
                  story.touchSlug();
                  story.update({ slug: (e.target as HTMLInputElement).value });
                }}
              />
            </Field>
          </div>
          <div class="field-row">
            <Field id="s-byline" label="Byline" hint="Free text, shown when no author below is credited.">
              <input id="s-byline" aria-describedby="s-byline-hint" {...text('byline')} />
            </Field>
            <Field id="s-tags" label="Tags" hint="Separated by commas.">
              <input id="s-tags" aria-describedby="s-tags-hint" {...text('tags')} />
            </Field>
          </div>
          <fieldset class="authors" disabled={readOnly}>
            <legend>Authors</legend>
            <div class="checkbox-list">
              {allAuthors.map((a) => (
                <label key={a.id} class="checkbox">
                  <input
                    type="checkbox"
                    checked={form.authorIds.includes(a.id)}
                    onChange={(e) =>
                      story.update({ authorIds: (e.target as HTMLInputElement).checked ? [...form.authorIds, a.id] : form.authorIds.filter((x) => x !== a.id) })
                    }
                  />
                  {a.name}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset class="field-row">
            <legend>Dateline</legend>
            <Field id="s-place" label="Place" hint="In capitals, as printed: SPRINGFIELD.">
              <input id="s-place" aria-describedby="s-place-hint" {...text('datelinePlace')} />
            </Field>
            <Field id="s-source" label="Source" hint="The agency, for wire copy: AP.">
              <input id="s-source" aria-describedby="s-source-hint" {...text('datelineSource')} />
            </Field>
          </fieldset>
          <Field id="s-series" label="Series">
            <select
              id="s-series"
              value={form.seriesId === null ? '' : String(form.seriesId)}
              disabled={readOnly}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                story.update({ seriesId: v ? Number(v) : null });
              }}
            >
              <option value="">None</option>
              {allSeries.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        </form>
        <aside class="editor-side" aria-label="Publishing, lead image and revisions">
          <PublishPanel key={`${answer?.data.id ?? 'new'}-${answer?.data.state ?? ''}`} story={story} />
          <LeadImageField mediaId={form.leadMediaId} disabled={readOnly} onChange={(leadMediaId) => story.update({ leadMediaId })} />
          <RevisionsPanel story={story} />
        </aside>
      </div>
      {previewing && answer ? <PreviewDialog articleId={answer.data.id} revision={answer.data.revision} onClose={() => setPreviewing(false)} /> : null}
    </Screen>
  );
}
