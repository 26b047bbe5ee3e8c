/**
 * The listeners of one kind of news, for a service to tell whoever listens (the shells carry it
 * to their windows as events). `add` returns the function that removes the listener again.
 */
export class Listeners<T> {
  private readonly listeners = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(value: T): void {
    // A listener that fails (a window closing) does not stop the others, nor the work that emitted.
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        console.error('[newsdesk] a listener failed:', error);
      }
    }
  }
}
