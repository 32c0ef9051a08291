/** The contract's implementation as one object, plus the events it pushes. Every door wraps one of these. */
import type { DossierApi, EventName, EventPayload, IndexProgress } from '../../shared/contract';

/** What a door (IPC, HTTP) needs: the contract's operations, its events, and shutdown. */
export interface DoorService extends DossierApi {
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  close(): Promise<void>;
}

export interface DossierService extends DoorService {
  /** Resolves when the initial scan and index are done (or failed). */
  ready(): Promise<void>;
  /** Resolves when the background analysis pass (entities into the index, analysis cache) is done. */
  analysed(): Promise<void>;
  /**
   * Runs the analysis pass now if it was not started (`analyseInBackground: false`, e.g. the CLI
   * when a query needs people, organisations or places); resolves when it is done.
   */
  analyse(): Promise<void>;
}

export interface DossierServiceOptions {
  /** The library folder. */
  root: string;
  /** Watch the folder for outside changes (default true). */
  watch?: boolean;
  /** One-line log messages. */
  log?: (line: string) => void;
  /** Progress from the very start (before the service object exists), e.g. for a CLI progress bar. */
  onProgress?: (p: IndexProgress) => void;
  /** Analyse every article in the background after indexing, making entities searchable (default true). */
  analyseInBackground?: boolean;
  /** Whether absolute paths may be revealed (local doors: IPC, CLI). Default false. */
  revealRoot?: boolean;
  /**
   * Hands a file to the system's default program, for `openOriginal` (the desktop app passes Electron's
   * `shell.openPath`, which resolves to "" or an error message). Without it, `openOriginal` answers opened: false.
   */
  openFile?: (absolutePath: string) => Promise<string>;
  /**
   * The per-user data folder (the desktop app passes Electron's `app.getPath('userData')`). A library
   * that cannot be written keeps its data in `<userDataDir>/libraries/<hash of its real path>/`, and
   * says so once (a log line and a 'read-only' problem). Default: `$XDG_DATA_HOME/dossier`, else
   * `~/.local/share/dossier` (see library/data-dir.ts defaultUserDataDir).
   */
  userDataDir?: string;
  /** Where the user's own state (the search history) lives; default: the platform's state folder (main/searches/state-dir.ts). */
  stateDir?: string;
}
