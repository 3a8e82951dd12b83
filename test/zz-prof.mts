import { openSqliteStore } from '/work/main/src/store/sqlite/open-sqlite-store.ts';
import { buildTestApp } from '/work/main/test/support/test-app.ts';
import { TestClock } from '/work/main/test/support/test-context.ts';
const store = openSqliteStore({ dataDir: '/tmp/dateline-bench-store-100000' });
const t = await buildTestApp(store, new TestClock(Date.now()));
const rows = await store.db.selectFrom('articles').innerJoin('sections','sections.id','articles.section_id').select(['articles.slug','sections.path']).where('articles.status','=','published').limit(2000).orderBy('articles.id').execute();
let q = 0; const orig = (store.db as any).executeQuery;
const N = Number(process.argv[2] ?? 300);
for (let i = 0; i < 20; i++) await t.app.inject(`/${rows[i].path}/${rows[i].slug}/`);
const t0 = performance.now();
for (let i = 20; i < 20 + N; i++) { const r = await t.app.inject(`/${rows[i].path}/${rows[i].slug}/`); if (r.statusCode !== 200) console.log(r.statusCode); }
const ms = (performance.now() - t0) / N;
console.log(`article miss: ${ms.toFixed(2)} ms/page => ${(1000/ms).toFixed(0)} pages/s single thread`);
await t.close(); await store.close();
