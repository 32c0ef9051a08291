/**
 * Runs tasks one after another, in the order they were queued; a failed task rejects its own caller
 * (and is passed to `onError`), never the tasks after it. Each store that reads and writes one file
 * keeps one.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(this.onError);
    return run;
  }

  /** Resolves once every task queued so far has ended. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
