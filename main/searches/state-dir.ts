/**
 * Where Dossier keeps what belongs to one user on one machine rather than to a library (the
 * search history): the platform's folder for application state.
 *   DOSSIER_STATE_DIR when set (tests, portable installs);
 *   Linux and others: $XDG_STATE_HOME/dossier, else ~/.local/state/dossier (the XDG base
 *     directory specification names "actions history" as state data);
 *   macOS: ~/Library/Application Support/Dossier;
 *   Windows: %LOCALAPPDATA%\Dossier.
 */
import os from 'node:os';
import path from 'node:path';

export function userStateDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.DOSSIER_STATE_DIR) return path.resolve(env.DOSSIER_STATE_DIR);
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'Dossier');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Dossier');
  return path.join(env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(home, '.local', 'state'), 'dossier');
}
