// Loaded into a server process by a test (NODE_OPTIONS="--expose-gc --require …/heap-report.cjs"):
// on SIGUSR2 it collects garbage and writes process.memoryUsage() to $HEAP_REPORT_FILE, so the
// test can measure what the server keeps, not what it has yet to collect. Never loaded otherwise.
const { writeFileSync } = require("node:fs");

process.on("SIGUSR2", () => {
  global.gc();
  global.gc();
  writeFileSync(process.env.HEAP_REPORT_FILE, JSON.stringify(process.memoryUsage()));
});
