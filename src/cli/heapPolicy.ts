/**
 * The command's garbage-collection policy. `rapportkoll validate` reads workbooks one after
 * another; exceljs makes about 200 MB of short-lived objects for every 10 000-row workbook,
 * while what the command keeps between files is a few MB. V8's default lets the heap grow to
 * up to four times what was alive at the last full collection, depending on how fast the
 * program ran meanwhile, so the peak memory of the same run varied between 200 and 290 MB
 * (issue 11, B6). Growing the heap by at most 30 % over the live objects keeps the peak near
 * what is actually in use (about 155 MB there), for about 10 % more CPU time spent collecting;
 * the wall time stays within B6's target (bench/b6-cli.ts). It changes only when the collector
 * runs, never how much the heap may hold: a workbook that needs more memory still gets it.
 */
import { setFlagsFromString } from "v8";

export const HEAP_GROWING_PERCENT = 30;

/** Applies the policy; call before the first workbook is read. */
export function applyHeapPolicy(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
