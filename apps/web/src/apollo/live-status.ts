export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

/** Whether live updates arrive: shown to the reader in a polite live region (LiveIndicator). */
export class LiveStatus {
  private state: LiveState = 'idle';
  private readonly listeners = new Set<(state: LiveState) => void>();

  get current(): LiveState {
    return this.state;
  }

  subscribe(listener: (state: LiveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(state: LiveState): void {
    if (state === 'connecting' && this.state !== 'idle') state = 'reconnecting';
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** 1000: closed on purpose (no subscriptions left); anything else is a drop that is being retried. */
  closed(code: number | undefined): void {
    this.set(code === 1000 ? 'idle' : 'reconnecting');
  }
}
