import type { ApiError } from '../../core/ApiError';
import { onSignIn } from '../../core/session/signInSignal';

/** A failure that is one event for the whole page, however many panels it reaches. */
export type SharedKind = 'session' | 'network';

/** A panel showing a shared failure, and how to bring it back. */
export interface SharedMember {
  id: string;
  retry: (() => void) | undefined;
  autoRetry: (() => void) | undefined;
}

/**
 * The page's session expiry or network outage, when `error` is one: a sign-in step with a
 * fallback of its own (a wrong password on a sign-in form, a PIN to enter) is its own panel's
 * business (`fallback` is the entry's choice).
 */
export function sharedKindOf(error: ApiError, fallback: string): SharedKind | undefined {
  if (error.category === 'network') return 'network';
  return error.category === 'unauthenticated' && fallback === 'unauthenticated' ? 'session' : undefined;
}

type Listener = () => void;

/**
 * The panels showing each shared failure, in the order they appeared: the first is the one
 * that speaks (the sign-in prompt, the alert, the countdown), the others wait quietly, and a
 * retry of the first is a retry of all. Browser only: on the server every panel renders whole.
 */
export class SharedFailures {
  private readonly primary = new Map<SharedKind, string>();
  private readonly members = new Map<SharedKind, SharedMember[]>();
  private readonly listeners = new Set<Listener>();
  private listeningForSignIn = false;

  /** Claims the speaking role for `id` when no panel holds it; true when `id` holds it. */
  claim(kind: SharedKind, id: string): boolean {
    if (!this.primary.has(kind)) this.primary.set(kind, id);
    return this.primary.get(kind) === id;
  }

  isPrimary(kind: SharedKind, id: string): boolean {
    return this.primary.get(kind) === id;
  }

  /** Adds a mounted panel; returns its removal, which hands the speaking role to the next panel. */
  join(kind: SharedKind, member: SharedMember): () => void {
    // A sign-in anywhere (this tab's prompt, another page, another tab) brings back every panel waiting on the session.
    if (kind === 'session' && !this.listeningForSignIn) {
      this.listeningForSignIn = true;
      onSignIn(() => this.retryAll('session', false));
    }
    this.members.set(kind, [...(this.members.get(kind) ?? []).filter(({ id }) => id !== member.id), member]);
    return () => {
      const rest = (this.members.get(kind) ?? []).filter(({ id }) => id !== member.id);
      this.members.set(kind, rest);
      if (this.primary.get(kind) === member.id) {
        const next = rest[0];
        if (next) this.primary.set(kind, next.id);
        else this.primary.delete(kind);
        this.notify();
      }
    };
  }

  /** Takes the speaking role from a claim that never mounted (a render React threw away). */
  repairClaim(kind: SharedKind): void {
    const holder = this.primary.get(kind);
    const mounted = this.members.get(kind) ?? [];
    if (holder !== undefined && mounted.some(({ id }) => id === holder)) return;
    const next = mounted[0];
    if (next) this.primary.set(kind, next.id);
    else this.primary.delete(kind);
    this.notify();
  }

  /** Retries every panel showing `kind`, as a person asked or by the schedule. */
  retryAll(kind: SharedKind, automatic: boolean): void {
    for (const member of [...(this.members.get(kind) ?? [])]) (automatic ? (member.autoRetry ?? member.retry) : member.retry)?.();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The page's shared failures: one page, one registry of them. */
export const pageFailures = new SharedFailures();
