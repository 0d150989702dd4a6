// Turns bench/run's measurements into a table of medians and ratios, prints it, and writes RESULTS.md.
//   node report.js RESULTS.tsv META.json OUT.md
// RESULTS.tsv rows: case, tool, requests, wall s, cpu s (user+sys), peak RSS MB (or -), status.
'use strict';
const fs = require('fs');

const [tsv, metaFile, outFile] = process.argv.slice(2);
const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
const rows = fs.readFileSync(tsv, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [kase, tool, n, wall, cpu, rss, status] = line.split('\t');
  return { kase, tool, n: Number(n), wall: Number(wall), cpu: Number(cpu), rss: rss === '-' ? NaN : Number(rss), status };
});

const median = (xs) => {
  const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const CASES = [
  ['first', 'First Baton run after a build (writes the AppCDS archive)'],
  ['c', 'c. One request (start-up cost)'],
  ['a', `a. ${meta.nSmall} sequential GETs, one JSON assertion each`],
  ['b', `b. ${meta.nLarge} sequential GETs, one JSON assertion each`],
  ['d', `d. Zoom PKCE flow x${meta.zoomIterations} against the embedded sandbox (${meta.zoomSteps} steps; the first row: one collection of ${meta.zoomSteps} steps)`],
  ['h', 'h. One Zoom PKCE flow (4 steps): the HTML driver on the sandbox\'s pages, and headless Chromium on its JavaScript pages (browser start included)'],
];
const TOOL_NAMES = {
  'baton-first-run': 'Baton, first run',
  baton: 'Baton',
  'baton-data': 'Baton, 1 step x N data rows (--data)',
  'baton-iterations': `Baton, the 4-step collection --iterations ${meta.zoomIterations}`,
  'baton-no-cds': 'Baton without AppCDS',
  'baton-before': `Baton before (${meta.baseline})`,
  'baton-before-first-run': `Baton before (${meta.baseline}), first run`,
  'baton-html': 'Baton, HTML driver',
  'baton-headless': 'Baton, headless Chromium (--browser headless)',
  'bare-loop': 'bare HttpClient 5 loop',
  newman: `Newman ${meta.newman}`,
  httpyac: `httpyac ${meta.httpyac}`,
};

// stats[case][tool] = { runs, ok, wall, cpu, rss, n, failed }
const stats = {};
for (const r of rows) {
  const s = ((stats[r.kase] ||= {})[r.tool] ||= { all: [], n: r.n, failed: [] });
  if (r.status === 'ok') s.all.push(r); else s.failed.push(r.status);
}
for (const byTool of Object.values(stats)) {
  for (const s of Object.values(byTool)) {
    s.wall = median(s.all.map((r) => r.wall));
    s.cpu = median(s.all.map((r) => r.cpu));
    s.rss = median(s.all.map((r) => r.rss));
    const rss = s.all.map((r) => r.rss).filter((x) => !Number.isNaN(x));
    s.rssMax = rss.length ? Math.max(...rss) : NaN;
  }
}
const get = (kase, tool) => (stats[kase] || {})[tool];
const ok = (s) => s && s.all.length > 0;
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const ratio = (a, b) => (ok(a) && ok(b) ? a.wall / b.wall : NaN);

const lines = [];
lines.push('| case | tool | runs | median wall s | median CPU s | median peak RSS MB | requests/s | Baton / this (wall) |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [kase, title] of CASES) {
  const byTool = stats[kase];
  if (!byTool) continue;
  const baton = get(kase, 'baton') || get(kase, 'baton-first-run');
  for (const [tool, s] of Object.entries(byTool)) {
    const runs = `${s.all.length}${s.failed.length ? ` (+${s.failed.length} ${s.failed[0]})` : ''}`;
    const rps = ok(s) ? s.n / s.wall : NaN;
    const rel = ['baton', 'baton-first-run', 'baton-iterations', 'baton-before-first-run'].includes(tool) ? ''
      : fmt(ratio(baton, s));
    lines.push(`| ${title} | ${TOOL_NAMES[tool] || tool} | ${runs} | ${fmt(s.wall)} | ${fmt(s.cpu)} | ${fmt(s.rss, 0)} | ${fmt(rps, 0)} | ${rel} |`);
  }
}
const table = lines.join('\n');

// Targets of the issue, checked on this run's medians.
const verdict = (okay, text) => `- ${okay === null ? 'NOT MEASURED' : okay ? 'MET' : 'MISSED'}: ${text}`;
const targets = [];
{
  const b = get('a', 'baton'); const nw = get('a', 'newman'); const hy = get('a', 'httpyac');
  const rn = ratio(b, nw); const rh = ratio(b, hy);
  targets.push(verdict(Number.isFinite(rn) ? rn <= 1 / 3 : null,
    `(a) Baton at most 1/3 of Newman's wall time on ${meta.nSmall} GETs: Baton/Newman = ${fmt(rn)} (target ≤ 0.33)`
    + (Number.isFinite(rn) ? `; Baton takes ${fmt(b.wall)} s, Newman ${fmt(nw.wall)} s` : '')));
  targets.push(verdict(Number.isFinite(rh) ? rh < 1 : null,
    `(a) Baton below httpyac on ${meta.nSmall} GETs: Baton/httpyac = ${fmt(rh)} (target < 1)`));
}
{
  const b = get('b', 'baton'); const bare = get('b', 'bare-loop');
  const r = ratio(b, bare);
  targets.push(verdict(Number.isFinite(r) ? r <= 1.5 : null,
    `(b) Baton within 1.5x of the bare loop on ${meta.nLarge} GETs: Baton/bare = ${fmt(r)}`
    + (Number.isFinite(r) ? ` (${fmt(b.wall)} s against ${fmt(bare.wall)} s; CPU ${fmt(b.cpu)} s against ${fmt(bare.cpu)} s)` : '')));
  const small = get('a', 'baton'); const smallBare = get('a', 'bare-loop');
  if (ok(small) && ok(smallBare)) {
    targets.push(`  - on ${meta.nSmall} GETs, where start-up dominates: Baton/bare = ${fmt(ratio(small, smallBare))}`);
  }
  const rss = ok(b) ? b.rssMax : NaN;
  targets.push(verdict(Number.isFinite(rss) ? rss <= 200 : null,
    `(b) Baton's peak RSS at most 200 MB on ${meta.nLarge} GETs: highest of the runs ${fmt(rss, 0)} MB, median ${fmt(ok(b) ? b.rss : NaN, 0)} MB`
    + (ok(bare) ? ` (bare loop ${fmt(bare.rss, 0)} MB)` : '')));
}
{
  const b = get('c', 'baton'); const hy = get('c', 'httpyac'); const nocds = get('c', 'baton-no-cds');
  const r = ratio(b, hy);
  targets.push(verdict(Number.isFinite(r) ? r <= 1 : null,
    `(c) Baton's one-request start at most httpyac's: ${fmt(ok(b) ? b.wall : NaN)} s against ${fmt(ok(hy) ? hy.wall : NaN)} s, Baton/httpyac = ${fmt(r)}`));
  if (ok(b) && ok(nocds)) {
    targets.push(`  - AppCDS: one request takes ${fmt(b.wall)} s (CPU ${fmt(b.cpu)} s, ${fmt(b.rss, 0)} MB) with the archive and `
      + `${fmt(nocds.wall)} s (CPU ${fmt(nocds.cpu)} s, ${fmt(nocds.rss, 0)} MB) without: ${fmt((1 - b.wall / nocds.wall) * 100, 0)}% less wall time`);
  }
  const first = get('first', 'baton-first-run');
  if (ok(first)) targets.push(`  - the first run after a build, which writes the archive, took ${fmt(first.wall)} s`);
}
{
  const b = get('d', 'baton');
  targets.push(verdict(ok(b) ? true : null, `(d) reported as requests per second: Zoom PKCE x${meta.zoomIterations}: `
    + `${fmt(ok(b) ? meta.zoomSteps / b.wall : NaN, 0)} steps/s, ${fmt(ok(b) ? meta.zoomIterations / b.wall : NaN, 1)} complete flows/s `
    + `(each flow: authorize with sign-in and consent forms, token exchange, API call, refresh); `
    + `${meta.nSmall} GETs: ${fmt(ok(get('a', 'baton')) ? meta.nSmall / get('a', 'baton').wall : NaN, 0)} requests/s; `
    + `${meta.nLarge} GETs: ${fmt(ok(get('b', 'baton')) ? meta.nLarge / get('b', 'baton').wall : NaN, 0)} requests/s`));
}
{
  const html = get('h', 'baton-html');
  const headless = get('h', 'baton-headless');
  if (ok(html) && ok(headless)) {
    targets.push(`  - (h) a headless sign-in, Chromium's start included: the 4-step flow takes ${fmt(headless.wall)} s `
      + `(CPU ${fmt(headless.cpu)} s, Baton's own peak RSS ${fmt(headless.rss, 0)} MB) against ${fmt(html.wall)} s with the HTML `
      + `driver: ${fmt(headless.wall - html.wall)} s more`);
  }
}

// Before and after, when a baseline ran in the same rounds.
const beforeAfter = [];
if (meta.baseline) {
  beforeAfter.push('| case | before wall s | after wall s | after / before | before CPU s | after CPU s | before RSS MB | after RSS MB |');
  beforeAfter.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [kase, title] of CASES) {
    const b = kase === 'first' ? get(kase, 'baton-before-first-run') : get(kase, 'baton-before');
    const a = kase === 'first' ? get(kase, 'baton-first-run') : get(kase, 'baton');
    if (!ok(a) || !ok(b)) continue;
    beforeAfter.push(`| ${title} | ${fmt(b.wall)} | ${fmt(a.wall)} | ${fmt(a.wall / b.wall)} | ${fmt(b.cpu)} | ${fmt(a.cpu)} | ${fmt(b.rss, 0)} | ${fmt(a.rss, 0)} |`);
    if (kase !== 'first') {
      targets.push(verdict(a.cpu <= b.cpu * 1.05 || a.wall <= b.wall * 1.05,
        `(${kase}) no slower than before (${meta.baseline}): wall ${fmt(b.wall)} -> ${fmt(a.wall)} s, CPU ${fmt(b.cpu)} -> ${fmt(a.cpu)} s (5% allowed for noise)`));
    }
  }
  const b = get('b', 'baton'); const bare = get('b', 'bare-loop'); const old = get('b', 'baton-before');
  if (ok(b) && ok(bare)) {
    targets.push(verdict(b.wall / bare.wall <= 1.3, `(b) per-request cost at most 1.3x the bare loop: ${fmt(b.wall / bare.wall)} (before: ${ok(old) ? fmt(old.wall / bare.wall) : '–'})`));
  }
}

const machine = [
  `- Date: ${meta.date}; bench/run took ${meta.seconds} s`,
  `- Machine: ${meta.nproc} CPUs (${meta.cpu}), ${meta.memTotal} memory, ${meta.kernel}`,
  `- Load average (1/5/15 min) before: ${meta.loadBefore}; after: ${meta.loadAfter}`,
  `- Java: ${meta.java}`,
  `- Node: ${meta.node}; Newman ${meta.newman}; httpyac ${meta.httpyac}`,
  `- Baton: commit ${meta.batonCommit}, target/baton.jar built ${meta.batonJar}; launcher JVM flags \`${meta.jvmFlags}\`; AppCDS: ${meta.appcds}`,
  `- Rounds: ${meta.rounds} (cases c, a, d), ${meta.rounds10k} (case b); tools alternate within a round, the order rotating each round`,
  ...(meta.baseline ? [`- Baseline measured in the same rounds: ${meta.baseline} (AppCDS: ${meta.baselineAppcds})`] : []),
].join('\n');

console.log('\n' + table + '\n\nTargets:\n' + targets.join('\n') + '\n');

const md = `# Benchmark results

Written by \`bench/run\` (see bench/README.md for what it does and how to read it). Wall time and peak
resident set size (RSS) come from \`/usr/bin/time -v\`-style measurement of each whole process, start-up included;
CPU is user + system time. Every run's output is checked (all assertions passed) before it counts.

## Machine

${machine}

## Medians

${table}

${meta.baseline ? `## Before and after\n\n${beforeAfter.join('\n')}\n\n` : ''}## Targets

${targets.join('\n')}
`;
// The hand-written analysis beside this script, if any, follows the measured part.
const notes = require('path').join(__dirname, 'NOTES.md');
fs.writeFileSync(outFile, fs.existsSync(notes) ? `${md}\n${fs.readFileSync(notes, 'utf8')}` : md);
