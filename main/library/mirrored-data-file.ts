/**
 * A store that keeps one of the user's JSON data files (tags.json, metadata.json) in memory: it reads
 * the file again when it changed on disk (another Dossier, a sync tool, a hand edit) and tells its
 * listeners which articles changed; it writes changes with updateDataFile (under the file's lock,
 * merged into the file as it is then). A file it cannot read is remembered as the problem, keeps the
 * state read before, and refuses changes until it is fixed. Subclasses add the operations on `state`.
 */
import { readWithStamp, type DiskStamp } from './atomic-write';
import { dataFileLabel, updateDataFile } from './data-file';
import { SerialQueue } from './serial-queue';

/** How one data file's text becomes a state and back. `parse` throws a `FileError` for a file it cannot read. */
export interface DataFileFormat<State> {
  parse(text: string, label: string): State;
  serialize(state: State): string;
  empty(): State;
  /** Ids of the articles whose data differ between two states. */
  changedIds(before: State, after: State): string[];
  /** What the file holds that Dossier keeps without understanding it ("42 on article ab12…"). */
  notes(state: State): string[];
  FileError: abstract new (...args: never[]) => Error;
}

const NOTES_SHOWN = 5;

/** The problem of a data file holding entries Dossier does not understand (kept as they are, ignored). */
export function keptEntriesProblem(label: string, notes: readonly string[]): string[] {
  if (!notes.length) return [];
  const more = notes.length > NOTES_SHOWN ? `; and ${notes.length - NOTES_SHOWN} more` : '';
  return [
    `${label} holds ${notes.length === 1 ? 'an entry' : `${notes.length} entries`} Dossier does not understand; ` +
      `${notes.length === 1 ? 'it is' : 'they are'} kept as they are and ignored: ${notes.slice(0, NOTES_SHOWN).join('; ')}${more}.`,
  ];
}

export abstract class MirroredDataFile<State> {
  protected state: State;
  protected readonly label: string;
  /** What the file was when last read or written (null: no file). */
  private stamp: DiskStamp | null = null;
  /** Why the file cannot be read right now, if it cannot: changes are refused until it is fixed. */
  private loadError: string | null = null;
  private changes = 0;
  private readonly listeners = new Set<(ids: string[]) => void>();
  private readonly queue = new SerialQueue();

  protected constructor(
    readonly file: string,
    private readonly format: DataFileFormat<State>,
  ) {
    this.label = dataFileLabel(file);
    this.state = format.empty();
  }

  /** Changes whenever the state may have changed (a cheap cache key). */
  get revision(): number {
    return this.changes;
  }

  /** Listens for changes read from disk (the file changed by another program); gets the ids that changed. */
  onExternalChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Why the file cannot be read, or the entries it holds that Dossier keeps without understanding. */
  problems(): string[] {
    if (this.loadError) return [this.loadError];
    return keptEntriesProblem(this.label, this.format.notes(this.state));
  }

  /** Reads the file again if it changed on disk; returns the ids whose data changed. */
  reloadIfChanged(): Promise<string[]> {
    return this.serialize(async () => {
      const disk = await readWithStamp(this.file);
      if (disk ? this.stamp !== null && disk.stamp.hash === this.stamp.hash : this.stamp === null) {
        if (disk) this.stamp = disk.stamp;
        return [];
      }
      // A file broken (or half-written) keeps its stamp, so it is read again once it changes, and the state we had.
      this.stamp = disk?.stamp ?? null;
      try {
        return this.adopt(disk ? this.format.parse(disk.text, this.label) : this.format.empty());
      } catch (error) {
        if (!(error instanceof this.format.FileError)) throw error;
        this.loadError = error.message;
        return [];
      }
    });
  }

  /** Runs store operations one at a time (a change and its undo record, a reload). */
  protected serialize<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /** Changes the state in memory only (a store that must not write its file); refused while the file is unreadable. */
  protected changeInMemory<D>(compute: (state: State) => { next: State; result: D } | { next: null; result: D }): D {
    if (this.loadError) throw new (this.format.FileError as unknown as new (message: string) => Error)(this.loadError);
    const { next, result } = compute(this.state);
    if (next) {
      this.state = next;
      this.changes++;
    }
    return result;
  }

  /**
   * Computes a change against the file as it is now (`compute` gets its state; `next: null` leaves it
   * alone) and writes it, under the file's lock. What other programs wrote meanwhile is adopted first.
   */
  protected async write<D>(compute: (fresh: State) => { next: State | null; result: D }): Promise<D> {
    let outcome;
    try {
      outcome = await updateDataFile(this.file, (current) => {
        const fresh = current ? this.format.parse(current.text, this.label) : this.format.empty();
        const { next, result } = compute(fresh);
        if (!next) return { text: null, result: { fresh, next: fresh, result } };
        return { text: this.format.serialize(next), result: { fresh, next, result } };
      });
    } catch (error) {
      if (error instanceof this.format.FileError) this.loadError = error.message;
      throw error;
    }
    const { fresh, next, result } = outcome.result;
    // What other programs wrote since we last looked, then our own change on top of it.
    if (outcome.before?.stamp.hash !== this.stamp?.hash || this.loadError) this.adopt(fresh);
    this.state = next;
    this.stamp = outcome.stamp;
    this.changes++;
    return result;
  }

  /** Takes `state` (read from disk) as the current one; tells listeners whose data changed. */
  private adopt(state: State): string[] {
    const ids = this.format.changedIds(this.state, state);
    this.state = state;
    this.loadError = null;
    this.changes++;
    if (ids.length) for (const listener of this.listeners) listener(ids);
    return ids;
  }
}
