// @ts-check
// Editors first, by the operating system: the front thread's readers get the CPU that the app's
// thread (the admin, publishes, renders) leaves. On Linux a thread's nice value is its own, not
// the process's as POSIX would have it, so the front thread lowers its own and the app's thread
// keeps the default. See docs/decisions/0041-readers-yield-to-editors.md.
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/**
 * Raises the calling thread's nice value to `niceness` (1–19: the higher, the smaller its share
 * of a core another thread also wants; it still gets all the CPU nobody else wants). A process
 * started with a higher nice value keeps it: lowering one needs privileges.
 * @param {number} niceness
 * @returns {number | null} the thread's id; null when nothing was changed (`niceness` 0, or not
 *   Linux, where threads have no nice value of their own)
 */
export function lowerThisThreadsPriority(niceness) {
  if (!Number.isInteger(niceness) || niceness < 0 || niceness > 19) throw new Error(`a thread's nice value is 0–19, not ${niceness}`);
  if (niceness === 0 || process.platform !== "linux") return null;
  // /proc/thread-self links to /proc/<pid>/task/<tid> of the calling thread; setpriority(2) takes a tid.
  const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
  setPriority(threadId, Math.max(niceness, getPriority(threadId)));
  return threadId;
}
