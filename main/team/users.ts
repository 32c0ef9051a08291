/**
 * Team members and their sessions.
 *
 * Passwords are hashed with scrypt from Node's own crypto (OpenSSL): memory-hard, standard
 * (RFC 7914), no native add-on to build or download. Parameters follow OWASP's password storage
 * guidance for scrypt (N = 2^17, r = 8, p = 1: 128 MiB and a few hundred milliseconds per
 * hash), with a 16-byte random salt and a 32-byte key; they are stored with each hash
 * (`scrypt$N$r$p$salt$key`) so they can be raised later without locking anyone out. Comparison is
 * constant-time, an unknown name costs the same hash as a known one (no way to probe names),
 * and repeated failures for one name are slowed down and then refused for a while.
 *
 * A session is a random 256-bit token the browser keeps for its tab (sessionStorage) and sends
 * as a bearer token; the database stores only its SHA-256, so a copy of the database opens no
 * session. Sessions expire after 12 idle hours and after 7 days at most.
 */
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DossierError } from '../../shared/contract';
import type { TeamUser } from './changes';
import type { Db } from './db';

const SCRYPT = { N: 2 ** 17, r: 8, p: 1, keyLength: 32, saltLength: 16 };
const IDLE_MS = 12 * 3600_000;
const MAX_AGE_MS = 7 * 24 * 3600_000;
export const MIN_PASSWORD_LENGTH = 10;
const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password.normalize('NFC'), salt, keyLength, { ...options, maxmem: 256 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))));
}

/** `cost` lowers N for tests only (the hash records its N, so checking works either way). */
export async function hashPassword(password: string, cost: { N: number } = SCRYPT): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await scrypt(password, salt, SCRYPT.keyLength, { N: cost.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', cost.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to check unknown names against, so that they take as long as known ones. */
let decoy: Promise<string> | undefined;

export function checkUserName(name: string): string {
  const lower = name.trim().toLowerCase();
  if (!NAME_PATTERN.test(lower)) throw new DossierError('invalid-request', `"${name}" is not a user name: use lowercase letters, digits, ".", "_" or "-" (at most 64)`);
  return lower;
}

export function checkPassword(password: string): string {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new DossierError('invalid-request', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 1024) throw new DossierError('invalid-request', 'a password may have at most 1024 characters');
  return password;
}

export async function addUser(db: Db, name: string, password: string, displayName?: string, cost?: { N: number }): Promise<TeamUser> {
  const user = checkUserName(name);
  const hash = await hashPassword(checkPassword(password), cost);
  const { rows } = await db
    .query<{ id: number }>('INSERT INTO users (name, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id', [user, displayName?.trim() || user, hash])
    .catch((error: { code?: string }) => {
      if (error.code === '23505') throw new DossierError('invalid-request', `there is already a user called ${user}`);
      throw error;
    });
  return { id: rows[0]!.id, name: user, displayName: displayName?.trim() || user };
}

export async function setPassword(db: Db, name: string, password: string): Promise<void> {
  const hash = await hashPassword(checkPassword(password));
  const { rowCount } = await db.query('UPDATE users SET password_hash = $2 WHERE name = $1', [checkUserName(name), hash]);
  if (rowCount === 0) throw new DossierError('not-found', `there is no user called ${name}`);
  // A new password ends every session opened with the old one.
  await db.query('DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = $1)', [checkUserName(name)]);
}

export async function setDisabled(db: Db, name: string, disabled: boolean): Promise<void> {
  const { rowCount } = await db.query('UPDATE users SET disabled = $2 WHERE name = $1', [checkUserName(name), disabled]);
  if (rowCount === 0) throw new DossierError('not-found', `there is no user called ${name}`);
  if (disabled) await db.query('DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = $1)', [checkUserName(name)]);
}

export async function listUsers(db: Db): Promise<(TeamUser & { disabled: boolean; createdAt: string })[]> {
  const { rows } = await db.query<{ id: number; name: string; display_name: string; disabled: boolean; created_at: Date }>('SELECT id, name, display_name, disabled, created_at FROM users ORDER BY name');
  return rows.map((r) => ({ id: r.id, name: r.name, displayName: r.display_name, disabled: r.disabled, createdAt: r.created_at.toISOString() }));
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export interface SessionManager {
  /** A new session for a correct name and password; null otherwise (and slowed down on repeats). */
  login(name: string, password: string): Promise<{ token: string; user: TeamUser } | null>;
  /** The member a token belongs to, when the session is still valid. */
  resolve(token: string): Promise<TeamUser | null>;
  logout(token: string): Promise<void>;
}

export function sessionManager(db: Db, clock: () => number = Date.now): SessionManager {
  const failures = new Map<string, { count: number; since: number }>();
  /** Sessions checked in the last few seconds: most requests then cost no database write. */
  const recent = new Map<string, { user: TeamUser; until: number }>();
  const RECHECK_MS = 10_000;
  const LOCK_AFTER = 10;
  const WINDOW_MS = 15 * 60_000;
  return {
    async login(name, password) {
      const key = name.trim().toLowerCase().slice(0, 100);
      const record = failures.get(key);
      const now = clock();
      if (record && now - record.since > WINDOW_MS) failures.delete(key);
      else if (record && record.count >= LOCK_AFTER) return null;
      const { rows } = NAME_PATTERN.test(key)
        ? await db.query<{ id: number; name: string; display_name: string; password_hash: string; disabled: boolean }>('SELECT id, name, display_name, password_hash, disabled FROM users WHERE name = $1', [key])
        : { rows: [] };
      const row = rows[0];
      const ok = await verifyPassword(password.slice(0, 1024), row?.password_hash ?? (await (decoy ??= hashPassword(randomBytes(16).toString('hex')))));
      if (!row || !ok || row.disabled) {
        const current = failures.get(key) ?? { count: 0, since: now };
        current.count++;
        failures.set(key, current);
        // Each failure after the third waits a little longer (at most 2 s).
        if (current.count > 3) await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** (current.count - 3))));
        return null;
      }
      failures.delete(key);
      const token = randomBytes(32).toString('base64url');
      await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [digest(token), row.id, new Date(now + MAX_AGE_MS)]);
      return { token, user: { id: row.id, name: row.name, displayName: row.display_name } };
    },

    async resolve(token) {
      if (!token || token.length > 200) return null;
      const key = digest(token).toString('hex');
      const cached = recent.get(key);
      if (cached && cached.until > clock()) return cached.user;
      recent.delete(key);
      const { rows } = await db.query<{ id: number; name: string; display_name: string }>(
        `UPDATE sessions s SET last_seen_at = now() FROM users u
          WHERE s.token_hash = $1 AND u.id = s.user_id AND NOT u.disabled AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)
          RETURNING u.id, u.name, u.display_name`,
        [digest(token), IDLE_MS / 1000],
      );
      const row = rows[0];
      if (!row) return null;
      const user = { id: row.id, name: row.name, displayName: row.display_name };
      if (recent.size > 10_000) recent.clear();
      recent.set(key, { user, until: clock() + RECHECK_MS });
      return user;
    },

    async logout(token) {
      recent.delete(digest(token).toString('hex'));
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [digest(token)]);
    },
  };
}
