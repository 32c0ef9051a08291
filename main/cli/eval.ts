/**
 * `dossier eval [FOLDER ...]` (npm run eval): scores the reader and the analysis against gold corpora and prints,
 * per folder and overall: title and date accuracy, time expressions (relaxed P/R/F1, value F1, type F1), entities
 * (relaxed P/R/F1, overall and per kind; "—" for a corpus without entity gold), then the sample article's five
 * gold events, expected vs found. The bundled corpus (resources/sample-library + main/testdata/gold) is always
 * scored; each FOLDER given (`<name>.txt` beside `<name>.gold.json`, e.g. a TimeBank copy on this machine) is
 * scored after it, under its own name.
 *
 * Options: --halves (also a row per fixed half A/B of each folder, for developing on one half and checking on
 * the other), --half A|B (score only that half), --verbose (list entity and time-expression errors per file),
 * --baseline (also score out-of-the-box compromise on the same texts), --json (machine-readable summary).
 */
import { timexScores, type TimexCounts } from '../analysis/eval/timex-score';
import { prf, type Counts } from '../analysis/eval/entity-score';
import {
  baselineEntityCounts,
  bundledSource,
  CORPUS_FOLDERS,
  evaluateCorpus,
  folderSource,
  summarizeFolder,
  type CorpusSource,
  type FolderResult,
} from '../analysis/eval/corpus';
import { addCounts, emptyCounts } from '../analysis/eval/entity-score';
import { loadSeed, matchSeedEvents } from '../analysis/eval/seed-events';
import { parseArgs, UsageError } from './args';
import { promises as fs } from 'node:fs';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const f3 = (x: number) => x.toFixed(3);

export async function run(args: string[]): Promise<number> {
  // Web pages with expected metadata (main/formats/eval): a separate scorer, dispatched here only.
  if (args.includes('--web')) return (await import('../formats/eval/web-cli')).runWebEval(args.filter((a) => a !== '--web'));
  const parsed = parseArgs(args, { flags: ['verbose', 'v', 'json', 'baseline', 'halves'], values: ['half'] });
  const verbose = parsed.flags.has('verbose') || parsed.flags.has('v');
  const json = parsed.flags.has('json');
  const half = parsed.values.get('half')?.toUpperCase();
  if (half !== undefined && half !== 'A' && half !== 'B') throw new UsageError(`--half must be A or B, not "${parsed.values.get('half')}"`);
  const started = performance.now();

  const sources: CorpusSource[] = CORPUS_FOLDERS.map(bundledSource);
  for (const dir of parsed.positionals) {
    const stat = await fs.stat(dir).catch(() => null);
    if (!stat?.isDirectory()) throw new UsageError(`not a folder: ${dir}`);
    const source = folderSource(dir);
    if (sources.some((s) => s.name === source.name)) throw new UsageError(`two folders named ${source.name}`);
    sources.push(source);
  }
  let folders = await evaluateCorpus(sources);
  if (half) folders = folders.map((f) => summarizeFolder(`${f.folder}[${half}]`, f.files.filter((x) => x.half === half)));
  const rows: FolderResult[] = [];
  for (const f of folders) {
    rows.push(f);
    if (parsed.flags.has('halves') && !half) for (const h of ['A', 'B'] as const) rows.push(summarizeFolder(`${f.folder}[${h}]`, f.files.filter((x) => x.half === h)));
  }
  const overall = summarizeFolder('overall', folders.flatMap((f) => f.files));
  rows.push(overall);
  const seed = await loadSeed();
  const matches = matchSeedEvents(seed.gold.events, seed.analysis.events);

  if (json) {
    const summary = rows.map((f) => ({
      folder: f.folder,
      files: f.files.length,
      titleAccuracy: f.titleAccuracy,
      dateAccuracy: f.dateAccuracy,
      timex: timexScores(f.timex),
      entities: f.entities.all.gold
        ? { all: prf(f.entities.all), person: prf(f.entities.byKind.person), organization: prf(f.entities.byKind.organization), place: prf(f.entities.byKind.place) }
        : null,
    }));
    process.stdout.write(JSON.stringify({ corpus: summary, seedEvents: matches.map((m) => ({ expected: m.expected, found: m.found })) }, null, 2) + '\n');
    return 0;
  }

  const out: string[] = [];
  out.push(`Dossier evaluation — bundled gold corpus (MEANTIME, CC BY 4.0)${sources.length > CORPUS_FOLDERS.length ? ` + ${sources.slice(CORPUS_FOLDERS.length).map((s) => s.textDir).join(', ')}` : ''}`);
  out.push('Offsets: the parsed body is analysed (anchor: gold publication date) and mapped back to file offsets; scored before annotatedUntil.');
  if (half || parsed.flags.has('halves')) out.push('Halves: A/B = a fixed hash of the file name (develop on one, check on the other).');
  out.push('');
  out.push(row(['folder', 'files', 'title%', 'date%', 'timex P', 'R', 'F1', 'value F1', 'type F1', 'entity P', 'R', 'F1']));
  for (const f of rows) out.push(folderRow(f));
  out.push('');
  out.push('Entities by kind (relaxed: overlap + same kind; gold "other" ignored; folders with entity gold only)');
  out.push(row(['folder', 'kind', 'P', 'R', 'F1', 'tp/system', 'found/gold']));
  for (const f of rows) {
    if (!f.entities.all.gold) continue;
    for (const kind of ['person', 'organization', 'place'] as const) {
      const c = f.entities.byKind[kind];
      const s = prf(c);
      out.push(row([f.folder, kind, f3(s.precision), f3(s.recall), f3(s.f1), `${c.truePositives}/${c.system}`, `${c.found}/${c.gold}`]));
    }
  }
  if (parsed.flags.has('baseline')) {
    let baseline = emptyCounts();
    const byName = new Map(sources.map((s) => [s.name, s]));
    for (const f of overall.files) baseline = addCounts(baseline, await baselineEntityCounts(byName.get(f.folder) ?? f.folder, f.id));
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
      if (!f.falsePositives.length && !f.missed.length && !f.timexErrors.length) continue;
      out.push(`${f.folder}/${f.id} [${f.half}]`);
      for (const e of f.falsePositives) out.push(`   wrong  ${e.kind.padEnd(12)} ${JSON.stringify(e.text)}`);
      for (const e of f.missed) out.push(`   missed ${e.kind.padEnd(12)} ${JSON.stringify(e.text)}`);
      for (const e of f.timexErrors) {
        const detail = e.error === 'missed' ? `gold ${e.gold}` : e.error === 'spurious' ? `system ${e.system}` : `gold ${e.gold}, system ${e.system}${e.systemText ? ` (${JSON.stringify(e.systemText)})` : ''}`;
        out.push(`   timex ${e.error.padEnd(8)} ${JSON.stringify(e.text)}  ${detail}`);
      }
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
    ...(f.entities.all.gold ? [f3(e.precision), f3(e.recall), f3(e.f1)] : ['—', '—', '—']),
  ]);
}

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(19) : c.padStart(i === 1 ? 13 : 9))).join(' ');
}
