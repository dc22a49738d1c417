// @ts-check
// Asks this instance to run the background jobs that are due (lib/jobs/runner.ts), at start and
// then every JOB_TICK_MS. server.mjs starts it with a call to the internal route handler
// /api/internal/run-jobs over loopback, so jobs run inside Next's request context (they expire
// cache tags). Every instance ticks; the database gives each job to one of them.
import { log } from "../log/log.mjs";

const DEFAULT_TICK_MS = 10_000;
const MIN_TICK_MS = 250;

/** The interval from JOB_TICK_MS (milliseconds), or the default; "off" or 0 means this instance runs no jobs. */
export function tickInterval(/** @type {string | undefined} */ value = process.env.JOB_TICK_MS) {
  if (value === undefined || value.trim() === "") return DEFAULT_TICK_MS;
  if (value.trim() === "off" || value.trim() === "0") return null;
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < MIN_TICK_MS) throw new Error(`JOB_TICK_MS must be a number of milliseconds of at least ${MIN_TICK_MS}, or "off"; it is "${value}"`);
  return ms;
}

/**
 * Calls `runDue` now — jobs whose time passed while no instance was running are due at once —
 * and then every `intervalMs`, never two calls at a time. Returns a function that stops it.
 * @param {() => Promise<void>} runDue @param {{ intervalMs: number }} options
 */
export function startJobTicker(runDue, { intervalMs }) {
  let stopped = false;
  let failures = 0;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const tick = async () => {
    try {
      await runDue();
      failures = 0;
    } catch (error) {
      // A database or instance hiccup: the jobs stay due and the next tick tries again.
      if (failures++ % 30 === 0) log.error("could not run background jobs", { error });
    }
    if (!stopped) {
      timer = setTimeout(tick, intervalMs);
      timer.unref();
    }
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
