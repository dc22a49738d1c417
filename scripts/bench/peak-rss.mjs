// Preloaded into a child process by the bench (node --import): on exit, writes the process's
// peak resident set size in kB to the file named by BENCH_PEAK_RSS_FILE.
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_PEAK_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
