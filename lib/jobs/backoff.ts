/**
 * How long a failed job waits before its next attempt: exponential (base × factor^(attempt−1)),
 * capped, and spread by up to `jitter` of itself so that many jobs failing together (a mail
 * server that was down, a webhook receiver that timed out) do not all come back at once.
 */
export type Backoff = {
  baseMs: number;
  maxMs: number;
  /** Growth per attempt; 2 doubles the wait each time. */
  factor?: number;
  /** Up to this share of the delay is taken off at random (0 = exact). */
  jitter?: number;
};

export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 6 * 60 * 60_000, factor: 2, jitter: 0.2 };

/** The wait before the attempt after `attempt` (1 = the first attempt failed). */
export function retryDelay(attempt: number, { baseMs, maxMs, factor = 2, jitter = 0 }: Backoff, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempt - 1);
  const delay = Math.min(maxMs, baseMs * factor ** exponent);
  return Math.round(delay * (1 - jitter * random()));
}
