/**
 * Preloaded (node --require) into a measured process: on exit, writes the process's peak
 * resident memory (KB) and CPU time (µs, user and system) as JSON to the file named by
 * RAPPORTKOLL_BENCH_RSS.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");

process.on("exit", () => {
  const out = process.env.RAPPORTKOLL_BENCH_RSS;
  if (!out) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(out, JSON.stringify({ maxRssKb: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
});
