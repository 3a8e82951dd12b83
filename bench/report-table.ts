import type { BenchReport } from './bench-report.ts';

const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** The report as Markdown tables: what the README shows and the terminal prints. */
export function reportTable(r: BenchReport): string {
  const lines: string[] = [];
  lines.push(`| scenario | requests/s | p50 ms | p99 ms | server CPU µs/request | vs static |`);
  lines.push(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const s of r.scenarios) {
    const ratio = s.vsStatic === null ? '' : `${fmt(s.vsStatic, 2)}×`;
    lines.push(`| ${s.name} | ${fmt(s.requestsPerSecond)} | ${fmt(s.p50, 1)} | ${fmt(s.p99, 1)} | ${fmt(s.serverCpuUs)} | ${ratio} |`);
  }
  lines.push('');
  lines.push(`| measure | value |`);
  lines.push(`| --- | --- |`);
  lines.push(`| server memory (peak RSS, ${fmt(r.articles)} articles) | ${fmt(r.memory.peakMb)} MB (after the runs: ${fmt(r.memory.endMb)} MB) |`);
  const p = r.publishToVisible;
  lines.push(
    `| publish-to-visible, ${p.nodes} nodes on PostgreSQL | ${p.skipped ?? `median ${fmt(p.medianMs)} ms, max ${fmt(p.maxMs)} ms over ${p.runsMs.length} publications`} |`,
  );
  lines.push(`| image renditions (3000×2000 source, AVIF/WebP/JPEG) | ${r.renditions.skipped ?? `${fmt(r.renditions.perSecond, 1)} /s`} |`);
  if ('skipped' in r.ingest) lines.push(`| wire ingest | ${r.ingest.skipped} |`);
  else {
    lines.push(`| wire ingest, ${fmt(r.ingest.items)} new ninjs items (SQLite) | ${fmt(r.ingest.ingestPerSecond)} items/s |`);
    lines.push(`| wire re-ingest, same items, all unchanged | ${fmt(r.ingest.reingestPerSecond)} items/s |`);
  }
  if ('stores' in r.search) {
    for (const s of r.search.stores) lines.push(`| search over ${fmt(s.articles)} stories (${s.store}) | p50 ${fmt(s.p50Ms, 1)} ms, p95 ${fmt(s.p95Ms, 1)} ms over ${fmt(s.queries)} queries |`);
    for (const why of r.search.skipped) lines.push(`| search | ${why} |`);
  } else lines.push(`| search | ${r.search.skipped} |`);
  lines.push('');
  lines.push(`| target | wanted | measured | met |`);
  lines.push(`| --- | --- | --- | :---: |`);
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.wanted} | ${t.measured} | ${t.met === null ? 'not measured' : t.met ? 'yes' : 'no'} |`);
  lines.push('');
  lines.push(
    `Static reference: ${r.environment.staticServer}. ${r.environment.cpus} cores, ${r.environment.cpuNote}; ${r.environment.node}; ` +
      `${r.environment.connections} connections, ${r.environment.seconds} s per run, cache-hit and static runs alternated ${r.environment.rounds} times (medians). ` +
      `Load average when the run started: ${r.environment.loadAverageAtStart.join(', ')}.`,
  );
  return lines.join('\n');
}
