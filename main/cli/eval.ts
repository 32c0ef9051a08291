/**
 * `dossier eval` (npm run eval): scores the reader and the analysis against the gold corpus in the repository
 * (resources/sample-library + main/testdata/gold) and prints, per folder and overall: title and date accuracy,
 * time expressions (relaxed P/R/F1, value F1, type F1), entities (relaxed P/R/F1, overall and per kind), then
 * the sample article's five gold events, expected vs found.
 *
 * Options: --verbose (list entity errors per file), --baseline (also score out-of-the-box compromise on the
 * same texts), --json (machine-readable summary).
 */
import { timexScores, type TimexCounts } from '../analysis/eval/timex-score';
import { prf, type Counts } from '../analysis/eval/entity-score';
import { baselineEntityCounts, evaluateCorpus, summarizeFolder, type FolderResult } from '../analysis/eval/corpus';
import { addCounts, emptyCounts } from '../analysis/eval/entity-score';
import { loadSeed, matchSeedEvents } from '../analysis/eval/seed-events';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const f3 = (x: number) => x.toFixed(3);

export async function run(args: string[]): Promise<number> {
  // Web pages with expected metadata (main/formats/eval): a separate scorer, dispatched here only.
  if (args.includes('--web')) return (await import('../formats/eval/web-cli')).runWebEval(args.filter((a) => a !== '--web'));
  const verbose = args.includes('--verbose') || args.includes('-v');
  const json = args.includes('--json');
  const started = performance.now();
  const folders = await evaluateCorpus();
  const overall = summarizeFolder('overall', folders.flatMap((f) => f.files));
  const seed = await loadSeed();
  const matches = matchSeedEvents(seed.gold.events, seed.analysis.events);

  if (json) {
    const summary = [...folders, overall].map((f) => ({
      folder: f.folder,
      files: f.files.length,
      titleAccuracy: f.titleAccuracy,
      dateAccuracy: f.dateAccuracy,
      timex: timexScores(f.timex),
      entities: { all: prf(f.entities.all), person: prf(f.entities.byKind.person), organization: prf(f.entities.byKind.organization), place: prf(f.entities.byKind.place) },
    }));
    process.stdout.write(JSON.stringify({ corpus: summary, seedEvents: matches.map((m) => ({ expected: m.expected, found: m.found })) }, null, 2) + '\n');
    return 0;
  }

  const out: string[] = [];
  out.push('Dossier evaluation — gold corpus (MEANTIME, CC BY 4.0) from resources/sample-library + main/testdata/gold');
  out.push('Offsets: the parsed body is analysed (anchor: gold publication date) and mapped back to file offsets; scored before annotatedUntil.');
  out.push('');
  out.push(row(['folder', 'files', 'title%', 'date%', 'timex P', 'R', 'F1', 'value F1', 'type F1', 'entity P', 'R', 'F1']));
  for (const f of [...folders, overall]) out.push(folderRow(f));
  out.push('');
  out.push('Entities by kind (relaxed: overlap + same kind; gold "other" ignored)');
  out.push(row(['folder', 'kind', 'P', 'R', 'F1', 'tp/system', 'found/gold']));
  for (const f of [...folders, overall]) {
    for (const kind of ['person', 'organization', 'place'] as const) {
      const c = f.entities.byKind[kind];
      const s = prf(c);
      out.push(row([f.folder, kind, f3(s.precision), f3(s.recall), f3(s.f1), `${c.truePositives}/${c.system}`, `${c.found}/${c.gold}`]));
    }
  }
  if (args.includes('--baseline')) {
    let baseline = emptyCounts();
    for (const f of overall.files) baseline = addCounts(baseline, await baselineEntityCounts(f.folder, f.id));
    const b = prf(baseline);
    out.push(row(['overall', 'compromise', f3(b.precision), f3(b.recall), f3(b.f1), `${baseline.truePositives}/${baseline.system}`, `${baseline.found}/${baseline.gold}`]) + '   (baseline: out-of-the-box compromise)');
  }
  const fallbacks = overall.files.filter((f) => f.fallback);
  if (fallbacks.length) out.push(`(${fallbacks.length} file(s) analysed from the raw body because parsing/alignment failed: ${fallbacks.map((f) => f.id).join(', ')})`);
  const wrongTitles = overall.files.filter((f) => !f.titleCorrect);
  const wrongDates = overall.files.filter((f) => !f.dateCorrect);
  if (wrongTitles.length) out.push(`Titles wrong: ${wrongTitles.map((f) => `${f.folder}/${f.id} ("${f.parsedTitle ?? ''}")`).join('; ')}`);
  if (wrongDates.length) out.push(`Dates wrong: ${wrongDates.map((f) => `${f.folder}/${f.id} (${f.parsedDate ?? 'none'})`).join('; ')}`);
  const ms = overall.files.reduce((a, f) => a + f.ms, 0);
  out.push(`Analysis time: ${ms.toFixed(0)} ms for ${overall.files.length} articles (first includes loading the gazetteers)`);

  out.push('');
  out.push(`Sample article events (${seed.gold.file}, published ${seed.publishedAt ?? 'unknown'}): expected vs found`);
  let found = 0;
  for (const m of matches) {
    const date = Array.isArray(m.expected.date) ? `${m.expected.date[0]}..${m.expected.date[1]}` : m.expected.date;
    if (m.found) found++;
    out.push(`  ${m.found ? 'FOUND' : 'MISSING'}  ${date.padEnd(22)} "${m.expected.cue}"  — ${m.expected.what}`);
    if (m.found) {
      out.push(`         found: "${m.found.date.text}" ${m.found.date.range.start}..${m.found.date.range.end} — ${m.found.summary}`);
      out.push(`         actors: ${m.found.actors.join(', ') || '—'}${m.found.place ? `; place: ${m.found.place}` : ''}`);
    }
  }
  out.push(`  ${found}/${matches.length} gold events found; ${seed.analysis.events.length} candidates in total`);

  if (verbose) {
    out.push('');
    for (const f of overall.files) {
      if (!f.falsePositives.length && !f.missed.length) continue;
      out.push(`${f.folder}/${f.id}`);
      for (const e of f.falsePositives) out.push(`   wrong  ${e.kind.padEnd(12)} ${JSON.stringify(e.text)}`);
      for (const e of f.missed) out.push(`   missed ${e.kind.padEnd(12)} ${JSON.stringify(e.text)}`);
    }
  }
  out.push('');
  out.push(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

function folderRow(f: FolderResult): string {
  const t = timexScores(f.timex as TimexCounts);
  const e = prf(f.entities.all as Counts);
  return row([
    f.folder,
    String(f.files.length),
    pct(f.titleAccuracy),
    pct(f.dateAccuracy),
    f3(t.relaxed.precision),
    f3(t.relaxed.recall),
    f3(t.relaxed.f1),
    f3(t.value.f1),
    f3(t.type.f1),
    f3(e.precision),
    f3(e.recall),
    f3(e.f1),
  ]);
}

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(16) : c.padStart(i === 1 ? 13 : 9))).join(' ');
}
