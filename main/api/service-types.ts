/** The contract's implementation as one object, plus the events it pushes. Every door wraps one of these. */
import type { DossierApi, EventName, EventPayload, IndexProgress } from '../../shared/contract';

export interface DossierService extends DossierApi {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Resolves when the initial scan and index are done (or failed). */
  ready(): Promise<void>;
  close(): Promise<void>;
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
  /** Whether absolute paths may be revealed (local doors: IPC, CLI). Default false. */
  revealRoot?: boolean;
}
