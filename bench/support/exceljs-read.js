/**
 * The floor for B6: exceljs reading the given .xlsx files one after another and nothing else.
 * Uses the same exceljs entry as the command (src/cli/exceljs.ts), so that the ratio measures
 * only what rapportkoll adds.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const Workbook = require("exceljs/lib/doc/workbook");

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
