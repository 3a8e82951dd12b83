import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, messageOf, request } from '../api/http.ts';
import type { ArticleAnswer } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { EMPTY_FORM, formOf, isLive, missingForSave, requestBodyOf, type StoryForm } from './story-form.ts';

export type Note = { kind: 'update' | 'correction'; text: string };

export interface StoryState {
  readonly answer: ArticleAnswer | null;
  readonly form: StoryForm;
  readonly loadError: string | null;
  readonly saveError: string | null;
  /** Someone saved the story after it was opened here. */
  readonly conflict: boolean;
  readonly saving: boolean;
  readonly dirty: boolean;
  readonly savedAt: Date | null;
  /** Bumped when the form is replaced from the server (load, restore), so the body editor starts over. */
  readonly generation: number;
  update(changes: Partial<StoryForm>): void;
  touchSlug(): void;
  save(note?: Note): Promise<ArticleAnswer | null>;
  /** Runs a status change (publish, schedule...) after saving pending edits, with the ETag of what was saved. */
  act(path: string, body?: unknown): Promise<ArticleAnswer | null>;
  reload(): Promise<void>;
  replace(answer: ArticleAnswer): void;
}

const AUTOSAVE_DELAY_MS = 1500;

/**
 * A story being edited: the form, what the server last confirmed, and
 * saving. Stories readers cannot see yet are saved automatically a moment
 * after each change, every save a new revision; a live story is saved when
 * the editor says so, because each save changes the public page.
 */
export function useStory(id: number | null): StoryState {
  const [answer, setAnswer] = useState<ArticleAnswer | null>(null);
  const [form, setForm] = useState<StoryForm>(EMPTY_FORM);
  const [version, setVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [slugTouched, setSlugTouched] = useState(false);
  /** The story this editor created, whose address change must not reload it over the writer's typing. */
  const created = useRef<number | null>(null);
  const inFlight = useRef<Promise<ArticleAnswer | null> | null>(null);
  const state = useRef({ form, version, slugTouched });
  state.current = { form, version, slugTouched };
  // What the server last confirmed, kept outside render so back-to-back saves each send the newest ETag.
  const confirmed = useRef<{ answer: ArticleAnswer | null; etag: string | null }>({ answer: null, etag: null });

  function accept(a: ArticleAnswer, tag: string | null, resetForm: boolean) {
    confirmed.current = { answer: a, etag: tag ?? a.data.etag };
    setAnswer(a);
    if (resetForm) {
      setForm(formOf(a.data));
      setGeneration((g) => g + 1);
      setSlugTouched(false);
    } else if (!state.current.slugTouched) {
      setForm((f) => ({ ...f, slug: a.data.slug }));
    }
  }

  async function load() {
    if (id === null) return;
    try {
      const res = await request<ArticleAnswer>('GET', `/articles/${id}`);
      accept(res.body, res.etag, true);
      setVersion(0);
      setSavedVersion(0);
      setConflict(false);
      setSaveError(null);
    } catch (e) {
      setLoadError(messageOf(e));
    }
  }

  useEffect(() => {
    if (id !== null && id === created.current) return;
    void load();
  }, [id]);

  async function doSave(note?: Note): Promise<ArticleAnswer | null> {
    const { form: f, version: v, slugTouched: touched } = state.current;
    const { answer: current, etag: tag } = confirmed.current;
    const missing = missingForSave(f);
    if (missing) {
      setSaveError(missing);
      return null;
    }
    setSaving(true);
    setSaveError(null);
    try {
      const body = requestBodyOf(f, touched);
      const res = current
        ? await request<ArticleAnswer>('PATCH', `/articles/${current.data.id}`, { body: note ? { ...body, note } : body, ifMatch: tag ?? current.data.etag })
        : await request<ArticleAnswer>('POST', '/articles', { body });
      accept(res.body, res.etag, false);
      setSavedVersion(v);
      setSavedAt(new Date());
      if (!current) {
        created.current = res.body.data.id;
        navigate(`/stories/${res.body.data.id}`, { replace: true });
      }
      return res.body;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'conflict' && /revision|saved|newer/i.test(e.message)) setConflict(true);
      setSaveError(messageOf(e));
      return null;
    } finally {
      setSaving(false);
    }
  }

  function save(note?: Note): Promise<ArticleAnswer | null> {
    // One save at a time: a second one waits and then sends whatever changed meanwhile.
    const run = (inFlight.current ?? Promise.resolve(null)).then(() => doSave(note));
    inFlight.current = run.finally(() => {
      if (inFlight.current === run) inFlight.current = null;
    });
    return run;
  }

  const dirty = version !== savedVersion || (answer === null && version > 0);

  useEffect(() => {
    if (!dirty || conflict || isLive(answer?.data ?? null) || missingForSave(form) || (answer && !answer.allowed.edit)) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [version, dirty, conflict, answer]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    answer, form, loadError, saveError, conflict, saving, dirty, savedAt, generation,
    update(changes) {
      setForm((f) => ({ ...f, ...changes }));
      setVersion((v) => v + 1);
    },
    touchSlug: () => setSlugTouched(true),
    save,
    async act(path, body) {
      if (state.current.version !== savedVersion || !confirmed.current.answer) {
        if (!(await save())) return null;
      }
      const current = confirmed.current.answer;
      if (!current) return null;
      setSaving(true);
      setSaveError(null);
      try {
        const res = await request<ArticleAnswer>('POST', `/articles/${current.data.id}/${path}`, { body, ifMatch: confirmed.current.etag ?? current.data.etag });
        accept(res.body, res.etag, false);
        return res.body;
      } catch (e) {
        setSaveError(messageOf(e));
        return null;
      } finally {
        setSaving(false);
      }
    },
    reload: load,
    replace(a) {
      accept(a, a.data.etag, true);
      setVersion(0);
      setSavedVersion(0);
      setConflict(false);
    },
  };
}
