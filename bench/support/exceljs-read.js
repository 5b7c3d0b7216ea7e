/**
 * The floor for B6: exceljs reading the given .xlsx files one after another and nothing else.
 * Uses the same exceljs entry as the command (src/cli/exceljs.ts), so that the ratio measures
 * only what rapportkoll adds.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const Workbook = require("exceljs/lib/doc/workbook");

// bench/b6-cli.ts also measures the read under the command's garbage-collection policy.
if (process.env.RAPPORTKOLL_HEAP_GROWING_PERCENT)
  require("v8").setFlagsFromString(
    `--heap-growing-percent=${process.env.RAPPORTKOLL_HEAP_GROWING_PERCENT}`,
  );

(async () => {
  let cells = 0;
  for (const file of process.argv.slice(2)) {
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    workbook.eachSheet((sheet) => {
      cells += sheet.actualRowCount;
    });
  }
  process.stdout.write(`${cells}\n`);
})();
