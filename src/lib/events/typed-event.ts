// A tiny typed publish/subscribe channel: features announce things to each other through the shared
// layer without importing one another, and the payload is checked at compile time.

export interface TypedEvent<T> {
  emit(payload: T): void;
  /** Returns the unsubscribe function (an effect's cleanup). */
  subscribe(listener: (payload: T) => void): () => void;
}

export function createTypedEvent<T>(): TypedEvent<T> {
  const listeners = new Set<(payload: T) => void>();
  return {
    emit(payload) {
      // A snapshot: a listener that unsubscribes (or subscribes another) while being called does
      // not change who hears this emit.
      for (const listener of [...listeners]) {
        try {
          listener(payload);
        } catch (error) {
          // One failing listener must not keep the others from hearing; the error is still reported.
          reportError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
