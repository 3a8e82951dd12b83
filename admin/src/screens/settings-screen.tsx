import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import type { CuratedList, Series, SiteSettings } from '../api/types.ts';
import { useLoad } from '../app/use-load.ts';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, LiveStatus, Loading } from '../components/status.tsx';

const text = (f: FormData, k: string) => String(f.get(k) ?? '').trim();

/** The station's name, address, time zone and the lists and series the site features. */
export function SettingsScreen() {
  const settings = useLoad((signal) => data<SiteSettings>('GET', '/settings', { signal }), []);
  const refs = useLoad((signal) => Promise.all([data<CuratedList[]>('GET', '/lists', { signal }), data<Series[]>('GET', '/series', { signal })]), []);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [lists, series] = refs.value ?? [[], []];

  async function save(e: Event) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const social = (k: string) => text(f, `social-${k}`) || null;
    setError(null);
    try {
      const saved = await data<SiteSettings>('PATCH', '/settings', {
        body: {
          name: text(f, 'name'),
          tagline: text(f, 'tagline'),
          baseUrl: text(f, 'baseUrl').replace(/\/+$/, ''),
          timeZone: text(f, 'timeZone'),
          locale: text(f, 'locale'),
          dontMissListSlug: text(f, 'dontMissListSlug') || null,
          featuredSeriesSlug: text(f, 'featuredSeriesSlug') || null,
          trendingHalfLifeHours: Number(f.get('trendingHalfLifeHours')),
          social: { facebook: social('facebook'), x: social('x'), instagram: social('instagram'), youtube: social('youtube') },
        },
      });
      settings.set(saved);
      setStatus('Settings saved; the site shows them now.');
    } catch (err) {
      setError(messageOf(err));
    }
  }

  const s = settings.value;
  return (
    <Screen title="Site settings">
      <ErrorMessage>{error ?? settings.error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      {!s ? (
        <Loading what="settings" />
      ) : (
        <form class="stack narrow" onSubmit={save}>
          <fieldset class="stack">
            <legend>The station</legend>
            <div class="field">
              <label for="st-name">Site name</label>
              <input id="st-name" name="name" defaultValue={s.name} required maxLength={100} />
            </div>
            <div class="field">
              <label for="st-tagline">Tagline</label>
              <input id="st-tagline" name="tagline" defaultValue={s.tagline} maxLength={200} />
            </div>
            <div class="field">
              <label for="st-base">Public address</label>
              <p class="hint" id="st-base-hint">
                Used in feeds, sitemaps and links shared elsewhere: https://www.example.com
              </p>
              <input id="st-base" name="baseUrl" type="url" defaultValue={s.baseUrl} required aria-describedby="st-base-hint" />
            </div>
            <div class="field-row">
              <div class="field">
                <label for="st-tz">Time zone</label>
                <input id="st-tz" name="timeZone" defaultValue={s.timeZone} required list="time-zones" aria-describedby="st-tz-hint" />
                <p class="hint" id="st-tz-hint">
                  For times shown to readers, e.g. America/Chicago.
                </p>
                <datalist id="time-zones">
                  {Intl.supportedValuesOf('timeZone').map((z) => (
                    <option key={z} value={z} />
                  ))}
                </datalist>
              </div>
              <div class="field">
                <label for="st-locale">Language and region</label>
                <input id="st-locale" name="locale" defaultValue={s.locale} required />
              </div>
            </div>
          </fieldset>
          <fieldset class="stack">
            <legend>Featured on every story page</legend>
            <div class="field">
              <label for="st-dontmiss">“Don’t Miss” list</label>
              <select id="st-dontmiss" name="dontMissListSlug" defaultValue={s.dontMissListSlug ?? ''}>
                <option value="">None</option>
                {lists.map((l) => (
                  <option key={l.id} value={l.slug}>
                    {l.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="st-series">Featured series</label>
              <select id="st-series" name="featuredSeriesSlug" defaultValue={s.featuredSeriesSlug ?? ''}>
                <option value="">None</option>
                {series.map((x) => (
                  <option key={x.id} value={x.slug}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="st-halflife">Trending half-life, in hours</label>
              <p class="hint" id="st-halflife-hint">
                How fast a read stops counting toward Trending: shorter favours what is being read right now.
              </p>
              <input id="st-halflife" name="trendingHalfLifeHours" type="number" min={0.25} max={168} step={0.25} defaultValue={String(s.trendingHalfLifeHours)} aria-describedby="st-halflife-hint" />
            </div>
          </fieldset>
          <fieldset class="stack">
            <legend>Social accounts</legend>
            {(['facebook', 'x', 'instagram', 'youtube'] as const).map((k) => (
              <div class="field" key={k}>
                <label for={`st-${k}`}>{k === 'x' ? 'X' : k.charAt(0).toUpperCase() + k.slice(1)}</label>
                <input id={`st-${k}`} name={`social-${k}`} defaultValue={s.social[k] ?? ''} maxLength={200} />
              </div>
            ))}
          </fieldset>
          <button type="submit" class="primary">
            Save settings
          </button>
        </form>
      )}
    </Screen>
  );
}
