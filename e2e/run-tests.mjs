#!/usr/bin/env node
// `npm test`: every test Dossier has, in order — typecheck, unit tests (vitest),
// the packaging test, then the end-to-end tests (Playwright driving Debian's Chromium against web mode). Prints one
// closing line "tests: N passed, N failed, N skipped" and exits non-zero if anything failed.
// The team-library tests need PostgreSQL: a throwaway cluster is started for the whole run (initdb
// and pg_ctl as the postgres user, a free port, a temporary folder) and stopped at the end; without
// PostgreSQL one line says so and those tests count as skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = mkdtempSync(path.join(os.tmpdir(), 'dossier-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function step(title, command, args, env = {}) {
  process.stdout.write(`\n=== ${title} ===\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(`=== ${title}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(0)} s ===\n`);
  if (result.status !== 0) broken = true;
  return result.status === 0;
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const onPath = (name) => (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, name)).find((f) => existsSync(f)) ?? null;

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);

/* ---- PostgreSQL for the team-library tests ---- */
const pgEnv = {};
let stopCluster = () => {};
if (process.env.DOSSIER_TEST_PG_URL) {
  process.stdout.write(`\nteam-library tests use the PostgreSQL at DOSSIER_TEST_PG_URL\n`);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { findPostgresBin, startTestCluster } = await import('../main/team/cluster.ts');
  if (!findPostgresBin()) {
    process.stdout.write('\nPostgreSQL is not installed (Debian: apt-get install postgresql-15): the team-library tests are skipped.\n');
  } else {
    const started = Date.now();
    const cluster = await startTestCluster();
    pgEnv.DOSSIER_TEST_PG_URL = cluster.url;
    stopCluster = () => cluster.stop();
    process.on('exit', () => {
      try {
        cluster.stop();
      } catch {
        // already stopped
      }
    });
    process.stdout.write(`\nthrowaway PostgreSQL cluster for the team-library tests on port ${cluster.port} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

function vitestStep(title, args, env = {}) {
  const report = path.join(reports, `${title.replace(/\W+/g, '-')}.json`);
  step(title, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!existsSync(report)) {
    broken = true;
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += result.numPassedTests ?? 0;
  totals.failed += result.numFailedTests ?? 0;
  totals.skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
}

// The packaging test builds into out/ and packages the app: it runs alone, after the others.
vitestStep('unit tests', ['--exclude', 'main/packaging/**'], pgEnv);
vitestStep('packaging test', ['main/packaging'], { DOSSIER_PACKAGING_TEST: '1' });

const chromium = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stdout.write(`\nend-to-end tests need Chromium at ${chromium} (Debian: apt-get install chromium); they were not run.\n`);
  broken = true;
} else {
  // The end-to-end setup builds the UI from the current sources itself (e2e/global-setup.ts).
  const playwrightReport = path.join(reports, 'playwright.json');
  // The desktop app's tests (e2e/electron) need a display when an Electron binary exists: without
  // one, run the end-to-end step inside a virtual X server (Debian: apt-get install xvfb).
  const xvfb = !process.env.DISPLAY && process.platform === 'linux' ? onPath('xvfb-run') : null;
  const [command, args] = xvfb ? [xvfb, ['-a', bin('playwright'), 'test', '--reporter=list,json']] : [bin('playwright'), ['test', '--reporter=list,json']];
  step(`end-to-end tests${xvfb ? ' (under xvfb-run)' : ''}`, command, args, { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...pgEnv });
  if (existsSync(playwrightReport)) {
    const stats = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats ?? {};
    totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    totals.failed += stats.unexpected ?? 0;
    totals.skipped += stats.skipped ?? 0;
  } else {
    broken = true;
  }
}

stopCluster();
if (broken && totals.failed === 0) totals.failed = 1; // a step failed outside any counted test (typecheck, build)
process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(broken || totals.failed ? 1 : 0);
