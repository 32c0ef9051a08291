import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonForTerminal, stripControls } from './terminal';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'main/cli/bin.mjs');

/** Any control character a terminal could act on (newline and tab are text). */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A title that would clear the screen, write the clipboard (OSC 52), retitle the window and use an 8-bit CSI. */
const HOSTILE_TITLE = 'Budget talks \u001b[2J\u001b]52;c;c2VjcmV0\u0007 resume \u001b]0;owned\u0007\u009b31m today\r';

function dossier(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('stripControls and jsonForTerminal', () => {
  it('drops C0 (but newline and tab), DEL and C1 controls and keeps all other text', () => {
    expect(stripControls('a\u001b[2Jb\u0007c\u009bd\u007fe\r\nf\tg é 中')).toBe('a[2Jbcde\nf\tg é 中');
  });

  it('escapes in JSON what JSON.stringify leaves raw, so the value parses back unchanged', () => {
    const value = { title: HOSTILE_TITLE, n: 1 };
    const json = jsonForTerminal(value);
    expect(json).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the dossier command never prints terminal control sequences from articles', () => {
  let library: string;

  beforeAll(async () => {
    library = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-terminal-'));
    const html = `<html><head><title>${HOSTILE_TITLE}</title></head><body><article><h1>${HOSTILE_TITLE}</h1>
      <p>Ministers met again on Monday to discuss the budget, and sanctions were mentioned \u001b[31min red\u001b[0m twice.</p>
      <p>The talks about sanctions will go on next week, officials said after the meeting.</p></article></body></html>`;
    await fs.writeFile(path.join(library, 'hostile-page.html'), html);
    await fs.writeFile(path.join(library, `hostile \u001b]0;name\u0007.txt`), `${HOSTILE_TITLE}\nFebruary 23, 2023\n\n${'Sanctions were on the agenda of the finance ministers again this week. '.repeat(8)}\u001b]8;;http://x\u0007a link\u001b]8;;\u0007 at the end.\n`);
    const indexed = await dossier('index', library);
    expect(indexed.code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(library, { recursive: true, force: true });
  });

  it('search prints titles, paths and snippets without them', async () => {
    const run = await dossier('search', library, 'sanctions');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 results');
    expect(run.stdout).toContain('Budget talks');
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('search --json and extract --json keep the exact text, escaped', async () => {
    const search = await dossier('search', library, 'sanctions', '--json');
    expect(search.stdout).not.toMatch(TERMINAL_CONTROL);
    const titles = (JSON.parse(search.stdout) as { hits: { article: { title: string } }[] }).hits.map((h) => h.article.title);
    expect(titles.some((t) => t.includes('\u009b31m'))).toBe(true);

    const extract = await dossier('extract', '--json', path.join(library, 'hostile-page.html'));
    expect(extract.code).toBe(0);
    expect(extract.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(extract.stdout).title).toContain('\u001b]52;c;');
  });

  it('error messages that quote a file name are cleaned too', async () => {
    const run = await dossier('extract', '--json', path.join(library, 'missing \u001b[2J.txt'));
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('missing');
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });
});
