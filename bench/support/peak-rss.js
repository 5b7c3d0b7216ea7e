/**
 * Preloaded (node --require) into a measured process: on exit, writes the process's peak
 * resident memory in kilobytes to the file named by RAPPORTKOLL_BENCH_RSS.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");

process.on("exit", () => {
  const out = process.env.RAPPORTKOLL_BENCH_RSS;
  if (out) fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
});
