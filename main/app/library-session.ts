/**
 * Which library the desktop app has open: opening closes the previous service, forwards the new
 * one's events to the window, and remembers the folder. No electron: the window is a callback.
 */
import { eventSchemas, type EventName } from '../../shared/contract';
import type { DoorService as DossierService } from '../api/service-types';

export interface LibrarySessionOptions {
  createService(root: string): Promise<DossierService>;
  /** Delivers an event to the renderer (webContents.send in the app). */
  forward(event: EventName, payload: unknown): void;
  /** Called after a library opened successfully. */
  opened?(root: string): void | Promise<void>;
  log?: (line: string) => void;
}

export class LibrarySession {
  private service: DossierService | undefined;
  private root: string | undefined;
  private unsubscribes: Array<() => void> = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LibrarySessionOptions) {}

  current(): DossierService | undefined {
    return this.service;
  }

  currentRoot(): string | undefined {
    return this.root;
  }

  /** Opens `root` (one open at a time; a failed open keeps the previous library). */
  open(root: string): Promise<void> {
    const next = this.queue.then(() => this.openNow(root));
    this.queue = next.catch(() => {});
    return next;
  }

  private async openNow(root: string): Promise<void> {
    if (root === this.root && this.service) return;
    const service = await this.options.createService(root);
    await this.closeCurrent();
    this.service = service;
    this.root = root;
    this.unsubscribes = (Object.keys(eventSchemas) as EventName[]).map((name) => service.on(name, (payload) => this.options.forward(name, payload)));
    this.options.log?.(`opened library ${root}`);
    // The renderer refreshes everything when told the library changed.
    this.options.forward('libraryChanged', { added: [], changed: [], removed: [] });
    await this.options.opened?.(root);
  }

  private async closeCurrent(): Promise<void> {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    this.unsubscribes = [];
    const old = this.service;
    this.service = undefined;
    this.root = undefined;
    await old?.close().catch((error) => this.options.log?.(`closing library failed: ${String(error)}`));
  }

  close(): Promise<void> {
    const next = this.queue.then(() => this.closeCurrent());
    this.queue = next.catch(() => {});
    return next;
  }
}
