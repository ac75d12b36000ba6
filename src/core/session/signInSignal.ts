// Signing back in is one event for the whole app, in every tab: the panels and routes that
// failed because the session ended fetch again. It travels on a BroadcastChannel to the other
// tabs of the same origin (where there is one), and to listeners in this tab directly.

/** How a sign-in became known: the app said so (its sign-in flow, `signalSignIn()`), or a request succeeded after the session had ended. */
export type SignInCause = 'app' | 'request';

type Listener = (cause: SignInCause) => void;

const CHANNEL = 'api-error-kit:session';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined | null;

function notify(cause: SignInCause): void {
  for (const listener of [...listeners]) {
    try {
      listener(cause);
    } catch {
      // One panel that cannot retry does not keep the others from it.
    }
  }
}

/** The tab's channel to the others, opened on first use; null where there is none (a server, an old browser). */
function tabs(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    if (channel) {
      channel.onmessage = (event: MessageEvent) => notify(event.data === 'request' ? 'request' : 'app');
      // A tab with nothing else to do must still be free to close.
      (channel as { unref?: () => void }).unref?.();
    }
  }
  return channel;
}

/** Says the user has signed in (again): every panel and route of every tab that failed for want of a session fetches again. */
export function signalSignIn(cause: SignInCause = 'app'): void {
  notify(cause);
  tabs()?.postMessage(cause);
}

/** Calls `listener` with how it became known whenever the user signs in, in this tab or another; returns its removal. */
export function onSignIn(listener: Listener): () => void {
  tabs();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
