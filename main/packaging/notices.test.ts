/**
 * Every production dependency whose licence asks to be named (data under ODbL or CC BY, code under
 * Apache 2.0...) has a notice in shared/notices.ts, and the README names each notice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICES } from '../../shared/notices';

const repo = path.resolve(__dirname, '..', '..');
/** Licences whose only condition is keeping the licence text, which the package itself carries. */
const NO_NOTICE_NEEDED = new Set(['MIT', 'MIT-0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Unlicense']);

interface LockPackage {
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

function productionPackages(): Map<string, string> {
  const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const out = new Map<string, string>();
  for (const [where, pkg] of Object.entries(lock.packages)) {
    if (!where || pkg.dev || pkg.devOptional) continue;
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // The lock has no licence for packages that declare it as an object (world-countries): read it there.
    let licence = pkg.license;
    if (!licence) {
      const manifest = JSON.parse(readFileSync(path.join(repo, where, 'package.json'), 'utf8')) as { license?: string | { type: string }; licenses?: { type: string }[] };
      licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? manifest.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN');
    }
    out.set(name, licence);
  }
  return out;
}

describe('third-party notices', () => {
  it('name every shipped package whose licence asks for it', () => {
    const covered = new Set(NOTICES.flatMap((n) => n.packages));
    const missing = [...productionPackages()].filter(([name, licence]) => !NO_NOTICE_NEEDED.has(licence) && !covered.has(name)).map(([n, l]) => `${n} (${l})`);
    expect(missing).toEqual([]);
  });

  it('cover only packages that are really shipped', () => {
    const shipped = productionPackages();
    expect(NOTICES.flatMap((n) => n.packages).filter((name) => !shipped.has(name))).toEqual([]);
  });

  it('are listed in the README', () => {
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    for (const notice of NOTICES) expect(readme, notice.name).toContain(notice.name);
    expect(readme).toContain('LICENSE');
  });
});
