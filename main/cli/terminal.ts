/**
 * What the `dossier` command prints comes partly from the user's files (titles, paths, snippets,
 * messages that quote them), and a saved page's <title> can hold terminal control sequences that
 * clear the screen, retitle the window or write the clipboard (OSC 52). So nothing Dossier prints
 * reaches the terminal with a control character in it:
 *
 * - `installOutputGuard()` wraps stdout and stderr once, at start, and drops every C0 control but
 *   newline and tab, DEL, and every C1 control (U+0080–U+009F, which some terminals obey too) from
 *   whatever is written. It is the net under everything else.
 * - Our own sequences (the search highlight, the progress line's carriage return) are written with
 *   `writeTrusted`, from text whose outside parts already went through `stripControls`.
 * - JSON output keeps every character of the data: `jsonForTerminal` escapes the few the guard
 *   would otherwise remove (DEL and C1; JSON.stringify already escapes C0), so it parses to the same value.
 */

/** C0 controls except tab and newline, DEL, and C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** What JSON.stringify leaves raw but a terminal may obey (DEL and C1), plus the JS line separators. */
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value).replace(JSON_RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Write = NodeJS.WriteStream['write'];
const originals = new WeakMap<NodeJS.WriteStream, Write>();

/** Writes `text` as is, past the guard: only for text built from our own sequences and stripped data. */
export function writeTrusted(stream: NodeJS.WriteStream, text: string): void {
  (originals.get(stream) ?? stream.write).call(stream, text);
}

/** Makes every later write to stdout and stderr go through stripControls. Idempotent. */
export function installOutputGuard(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if (originals.has(stream)) continue;
    const original = stream.write;
    originals.set(stream, original);
    stream.write = function guardedWrite(this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : chunk;
      const safe = typeof text === 'string' ? stripControls(text) : text;
      return (original as (...args: unknown[]) => boolean).call(this, safe, ...rest);
    } as Write;
  }
}
