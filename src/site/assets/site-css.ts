import { createHash } from 'node:crypto';

/**
 * The colours of the site, named by role. Kept apart from the rules so the
 * contrast of every pair the stylesheet puts together can be checked
 * against WCAG AA (see CONTRAST_PAIRS).
 */
export const PALETTE = Object.freeze({
  page: '#ffffff',
  text: '#1a1a1a',
  dek: '#333333',
  caption: '#444444',
  muted: '#555555',
  link: '#0b4f8a',
  brand: '#0b2a4a',
  onBrand: '#ffffff',
  tagline: '#dbe4ee',
  accent: '#fcd34d',
  focus: '#b45309',
  surface: '#f3f4f6',
  note: '#fffbeb',
  mark: '#fde68a',
  border: '#6b7280',
});

type Role = keyof typeof PALETTE;

/**
 * Foreground, background and the minimum ratio WCAG 2.1 AA asks for it:
 * 4.5 for text, 3 for focus rings and control borders (non-text contrast).
 */
export const CONTRAST_PAIRS: readonly (readonly [Role, Role, number])[] = [
  ['text', 'page', 4.5], ['dek', 'page', 4.5], ['caption', 'page', 4.5], ['muted', 'page', 4.5],
  ['link', 'page', 4.5], ['muted', 'surface', 4.5], ['link', 'surface', 4.5], ['text', 'surface', 4.5],
  ['onBrand', 'brand', 4.5], ['tagline', 'brand', 4.5], ['text', 'accent', 4.5], ['onBrand', 'link', 4.5],
  ['text', 'note', 4.5], ['text', 'mark', 4.5], ['focus', 'page', 3], ['accent', 'brand', 3], ['border', 'page', 3],
];

const c = PALETTE;

/**
 * The whole public stylesheet, served at `urls.stylesheet()`. One small file
 * the browser caches once; no web fonts, no framework.
 */
export const SITE_CSS = `*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:${c.text};background:${c.page}}
img,video{max-width:100%;height:auto;display:block}
a{color:${c.link}}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid ${c.focus};outline-offset:2px}
h1,h2,h3{line-height:1.2;margin:0 0 .5rem}
h1{font-size:clamp(1.6rem,4vw,2.4rem)}
h2{font-size:1.3rem}
h3{font-size:1.05rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip-link{position:absolute;left:1rem;top:-10rem;z-index:10;padding:.5rem 1rem;background:${c.page};color:${c.link};font-weight:700}
.skip-link:focus{top:1rem}
.site-header{background:${c.brand};color:${c.onBrand}}
.site-header a{color:${c.onBrand}}
.site-header :focus-visible{outline-color:${c.accent}}
.masthead{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem;max-width:72rem;margin:0 auto;padding:.75rem 1rem}
.brand{font-size:1.5rem;font-weight:800;text-decoration:none}
.brand img{max-height:3rem;width:auto}
.tagline{margin:0;font-size:.9rem;color:${c.tagline}}
.site-nav{border-top:1px solid #24476b}
.site-nav ul{display:flex;gap:.25rem 1.25rem;max-width:72rem;margin:0 auto;padding:.5rem 1rem;list-style:none;overflow-x:auto}
.site-nav a{display:block;padding:.25rem 0;font-weight:600;text-decoration:none;white-space:nowrap}
.site-nav a:hover,.site-nav a[aria-current]{text-decoration:underline}
.search-form{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center;margin:0 0 1rem}
.site-header .search-form{margin:0}
input,button{font:inherit}
input[type=search],input[type=url]{min-width:0;flex:1 1 12rem;padding:.4rem .6rem;border:1px solid ${c.border};border-radius:4px;background:${c.page};color:${c.text}}
button{display:inline-block;padding:.4rem .9rem;border:1px solid ${c.link};border-radius:4px;background:${c.link};color:${c.onBrand};font-weight:600;cursor:pointer}
.site-header button{background:${c.accent};border-color:${c.accent};color:${c.text}}
.page{display:grid;gap:2rem;max-width:72rem;margin:0 auto;padding:1.5rem 1rem 3rem}
@media (min-width:60rem){.page.with-rail{grid-template-columns:minmax(0,1fr) 20rem}}
.breadcrumb ol{display:flex;flex-wrap:wrap;gap:.25rem;margin:0 0 .75rem;padding:0;list-style:none;font-size:.9rem}
.breadcrumb li+li::before{content:"\\203A";content:"\\203A"/"";margin-right:.25rem;color:${c.muted}}
.dek{font-size:1.2rem;color:${c.dek};margin:0 0 .75rem}
.byline,.story-times,.meta{color:${c.muted};font-size:.92rem;margin:0 0 .25rem}
.story-times span{margin-right:1rem;display:inline-block}
.note{border-left:4px solid ${c.focus};padding:.25rem .75rem;margin:.75rem 0;background:${c.note}}
figure{margin:1rem 0}
figcaption{font-size:.9rem;color:${c.caption};margin-top:.5rem}
.credit{display:block;font-size:.8rem;color:${c.muted};text-transform:uppercase;letter-spacing:.02em}
.story-body{font-size:1.1rem;max-width:42rem}
.dateline{font-weight:700}
.rights{font-size:.85rem;color:${c.muted};border-top:1px solid #ddd;margin-top:2rem;padding-top:.75rem}
.tags ul,.share ul,.inline-list,.site-footer ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:0 0 1rem;padding:0;list-style:none}
.tags,.share,.related{margin-top:1.5rem}
.tags a,.share a{display:inline-block;padding:.3rem .8rem;border:1px solid ${c.link};border-radius:4px;text-decoration:none;font-weight:600}
.copy-link{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;max-width:42rem}
.copy-link label{flex-basis:100%;font-size:.9rem}
.cards{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));margin:0 0 2rem}
.card h2,.card h3{font-size:1.1rem;margin:.5rem 0 .25rem}
.card a{text-decoration:none}
.card a:hover{text-decoration:underline}
.card p{margin:0 0 .25rem}
.card-lead{grid-column:1/-1}
.card-lead h2,.card-lead h3{font-size:clamp(1.4rem,3vw,2rem)}
@media (min-width:48rem){.card-lead{display:grid;grid-template-columns:3fr 2fr;gap:1.5rem;align-items:start}}
.block{margin-bottom:2rem}
.block-head{display:flex;justify-content:space-between;align-items:baseline;border-bottom:3px solid ${c.brand};margin-bottom:1rem}
.rail{margin-bottom:2rem}
.rail h2{border-bottom:3px solid ${c.brand};padding-bottom:.25rem}
.rail ul{margin:0 0 .5rem;padding:0;list-style:none}
.rail ol{margin:0 0 .5rem;padding-left:1.75rem}
.rail ol li::marker{font-weight:800;color:${c.link}}
.rail li{padding:.5rem 0;border-bottom:1px solid #e5e7eb}
.media-item a{display:flex;gap:.75rem;align-items:flex-start;text-decoration:none}
.media-item picture,.media-item img{flex:0 0 7.5rem;width:7.5rem}
.duration{font-size:.8rem;color:${c.muted}}
.more{font-weight:700}
.pagination ul{display:flex;flex-wrap:wrap;gap:.5rem;margin:2rem 0;padding:0;list-style:none}
.pagination a,.pagination span{display:inline-block;min-width:2.75rem;padding:.5rem .6rem;text-align:center;border:1px solid ${c.border};border-radius:4px;text-decoration:none}
.pagination [aria-current]{background:${c.brand};color:${c.onBrand};border-color:${c.brand}}
.player{background:#000;margin:0 0 1rem}
.player video{width:100%;aspect-ratio:16/9}
mark{background:${c.mark};color:${c.text}}
.results{margin:1rem 0;padding:0;list-style:none}
.results li{padding:1rem 0;border-bottom:1px solid #e5e7eb}
.results h2{font-size:1.15rem}
.author-head{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.author-head img{border-radius:50%;width:6rem}
.empty{padding:1rem;background:${c.surface};border-radius:4px}
.site-footer{background:${c.surface};border-top:1px solid #d1d5db;font-size:.9rem}
.site-footer .wrap{padding-top:1.5rem;padding-bottom:1.5rem}
@media print{.site-header nav,.site-header form,.rails,.share,.site-footer{display:none}}
`;

/**
 * Content hash of the stylesheet, added to its URL by the layout, so the
 * file can be cached for a year and a new release is fetched at once.
 */
export const SITE_CSS_VERSION = createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 12);
