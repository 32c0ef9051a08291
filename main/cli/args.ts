/** Minimal argument parsing for the `dossier` commands: positionals, `--flag` and `--key value`. */

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(args: string[], spec: { flags?: string[]; values?: string[] }): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && /[a-z]/i.test(arg[1]!))) {
      const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
      if (spec.flags?.includes(rawName)) {
        flags.add(rawName);
      } else if (spec.values?.includes(rawName)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${rawName} needs a value`);
        values.set(rawName, value);
      } else {
        throw new UsageError(`unknown option ${arg}`);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags, values };
}

export function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}
