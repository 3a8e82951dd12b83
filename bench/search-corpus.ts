import { sql } from 'kysely';
import { seededRandom, type SeededRandom } from '../src/demo/image/seeded-random.ts';
import type { Store } from '../src/store/store.ts';

/**
 * A generated local-news corpus for the search benchmark. Words follow
 * Zipf's law, as words in a real archive do: English function words take the
 * top ranks, newsroom words come next, then generated words for the long
 * tail. A newsroom word like "council" lands in roughly one story in ten, a
 * tail word in a handful.
 */
const FUNCTION_WORDS = `
the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which one
you were her all she there would their we him been has when who will more no if out so said what up its about into than
them can only other new some could time these two may then do first any my now such like our over man me even most made
after also did many before must through back years where much your way well down should because each just those people
how too little state good very make world still own see men work long get here between both life being under never day
same another know while last might us great old year off come since against go came right used take three
`.trim().split(/\s+/);

const VOCABULARY = `
council city county school board budget vote mayor police fire crews road bridge river flood storm weather
snow rain wind power outage traffic crash driver highway street park library museum festival fair parade
game team coach season win loss score tigers eagles playoff championship tournament student teacher class
district levy tax property housing rent developer zoning permit hearing meeting residents neighbors business
store restaurant market farmers harvest crop cattle drought water plant sewer utility rates hospital clinic
health doctor nurse patients virus vaccine care senior center church community volunteers donation charity
court judge jury trial sentence charge arrest sheriff deputy investigation suspect victim shooting robbery
election candidate campaign ballot precinct voters turnout results recount governor senator representative
bill law state federal grant funding project construction repair closure detour airport train bus transit
county-fair homecoming graduation concert theater art gallery history anniversary celebration memorial veterans
downtown north south east west lake creek prairie valley hill township village main avenue boulevard
jobs plant factory layoffs hiring wages union strike economy inflation prices gas groceries tourism hotel
`.trim().split(/\s+/);

const GENERATED = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
const WORDS = [...FUNCTION_WORDS, ...VOCABULARY, ...GENERATED];
const LOG_SIZE = Math.log(WORDS.length);

export interface CorpusArticle {
  readonly headline: string;
  readonly dek: string;
  readonly bodyHtml: string;
  readonly byline: string;
  readonly tagIndexes: readonly number[];
  /** Days before the benchmark's clock. */
  readonly ageDays: number;
}

/** A log-uniform rank is a Zipf draw: P(rank r) is proportional to 1/r. */
function word(r: SeededRandom): string {
  return WORDS[Math.min(WORDS.length - 1, Math.floor(Math.exp(r.next() * LOG_SIZE)) - 1)];
}

function words(r: SeededRandom, min: number, max: number): string {
  return Array.from({ length: r.int(min, max) }, () => word(r)).join(' ');
}

function sentence(r: SeededRandom): string {
  const s = words(r, 8, 18);
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraph(r: SeededRandom): string {
  const parts = Array.from({ length: r.int(2, 4) }, () => sentence(r));
  if (r.chance(0.3)) parts[0] = `<strong>${parts[0]}</strong>`;
  if (r.chance(0.2)) parts.push(`<a href="https://example.org/${word(r)}" rel="noopener nofollow">${words(r, 2, 4)}</a>`);
  return `<p>${parts.join(' ')}</p>`;
}

export const CORPUS_TAGS = Array.from({ length: 300 }, (_, i) => `${VOCABULARY[i % VOCABULARY.length]} ${Math.floor(i / VOCABULARY.length) + 1}`);
export const CORPUS_SECTIONS = ['news', 'sports', 'weather', 'business', 'schools', 'public-safety', 'community', 'politics'];

/** The n-th article of the corpus; the same n always gives the same article. */
export function corpusArticle(n: number): CorpusArticle {
  const r = seededRandom(`search-bench-${n}`);
  const headline = words(r, 5, 10);
  return {
    headline: headline.charAt(0).toUpperCase() + headline.slice(1),
    dek: sentence(r),
    bodyHtml: Array.from({ length: r.int(3, 7) }, () => paragraph(r)).join('\n'),
    byline: `By ${r.pick(['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana'])} ${r.pick(['Ortiz', 'Nguyen', 'Smith', 'Olsen', 'Haddad', 'Kowalski'])}`,
    tagIndexes: Array.from({ length: r.int(1, 4) }, () => r.int(0, CORPUS_TAGS.length - 1)),
    ageDays: r.range(0, 5 * 365),
  };
}

/**
 * What readers type: mostly one or two newsroom words (many such queries
 * match thousands of stories), some rarer words and some quoted phrases.
 * Nobody searches for "the", so function words are left out.
 */
export function corpusQueries(count: number): string[] {
  const r = seededRandom('search-bench-queries');
  const common = () => r.pick(VOCABULARY);
  const rarer = (): string => {
    const w = word(r);
    return FUNCTION_WORDS.includes(w) ? rarer() : w;
  };
  return Array.from({ length: count }, () => {
    const kind = r.next();
    if (kind < 0.35) return common();
    if (kind < 0.7) return `${common()} ${common()}`;
    if (kind < 0.85) return rarer();
    return `"${common()} ${rarer()}"`;
  });
}

const BATCH = 500;
const DAY_MS = 86_400_000;

/** Inserts the corpus in batches, one transaction each; the triggers under test do the indexing. */
export async function insertSearchCorpus(store: Store, count: number, clockMs: number): Promise<void> {
  const sectionIds: number[] = [];
  for (const slug of CORPUS_SECTIONS) {
    const r = await store.db.insertInto('sections').values({ slug, path: slug, name: slug, parent_id: null, description: null, position: 0 }).returning('id').executeTakeFirstOrThrow();
    sectionIds.push(r.id);
  }
  const tagIds: number[] = [];
  for (const [i, name] of CORPUS_TAGS.entries()) {
    const r = await store.db.insertInto('tags').values({ slug: `tag-${i}`, name }).returning('id').executeTakeFirstOrThrow();
    tagIds.push(r.id);
  }
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => ({ n: start + i, a: corpusArticle(start + i) }));
    await store.transaction(async (trx) => {
      const rows = await trx
        .insertInto('articles')
        .values(
          batch.map(({ n, a }) => {
            const published = Math.round(clockMs - a.ageDays * DAY_MS);
            return {
              slug: `story-${n}`, section_id: sectionIds[n % sectionIds.length], headline: a.headline, dek: a.dek, byline: a.byline,
              dateline_place: null, dateline_source: null, body_html: a.bodyHtml, lead_media_id: null, series_id: null,
              // One story in fifty is a draft or killed: search must skip them without being slowed by them.
              status: n % 50 === 0 ? 'draft' : n % 50 === 1 ? 'killed' : 'published', language: 'en', published_at: published,
              updated_at: null, edited_at: published, created_at: published, embargo_until: null, expires_at: null, update_note: null,
              correction_note: null, origin: 'local', wire_provider: null, wire_guid: null, wire_version: null, wire_etag: null,
              copyright_notice: null, copyright_holder: null, usage_terms: null, revision: 1,
            };
          }),
        )
        .returning('id')
        .execute();
      const links = rows.flatMap((row, i) =>
        [...new Set(batch[i].a.tagIndexes)].map((t, position) => ({ article_id: row.id, tag_id: tagIds[t], position })),
      );
      if (links.length > 0) await trx.insertInto('article_tags').values(links).execute();
    });
  }
  // What autovacuum would have done on a live PostgreSQL; SQLite only needs fresh statistics.
  await sql.raw(VACUUM[store.dialect.name]).execute(store.db);
}

const VACUUM: Readonly<Record<Store['dialect']['name'], string>> = { sqlite: 'analyze', postgres: 'vacuum analyze' };
