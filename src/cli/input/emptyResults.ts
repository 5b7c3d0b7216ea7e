/**
 * Finds cells whose cached value is the empty text: `<c r="E5" t="str"><f>…</f><v></v></c>`,
 * what Excel saves for =IF(C5=0,"",…). exceljs reads such a cell as a formula with no result,
 * which would make it look uncalculated; this scan over the sheet XML (done while the part is
 * inflated anyway) tells the two apart. Works on bytes, chunk by chunk, carrying an unfinished
 * cell over to the next chunk.
 */
const CELL_START = Buffer.from("<c ");
const EMPTY_VALUE = Buffer.from("<v></v>");
const EMPTY_VALUE_SHORT = Buffer.from("<v/>");
/** A cell longer than this cannot be one with an empty cached value: stop carrying it. */
const MAX_CARRY = 1024 * 1024;

export class EmptyResultScanner {
  readonly addresses = new Set<string>();
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    const text = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const lastCell = text.lastIndexOf(CELL_START);
    const complete = lastCell > 0 ? lastCell : 0;
    this.scan(text, complete);
    const rest =
      lastCell >= 0 ? text.subarray(lastCell) : text.subarray(text.length - 2);
    this.carry = rest.length > MAX_CARRY ? Buffer.alloc(0) : Buffer.from(rest);
  }

  end(): void {
    this.scan(this.carry, this.carry.length);
    this.carry = Buffer.alloc(0);
  }

  private scan(text: Buffer, limit: number): void {
    for (const marker of [EMPTY_VALUE, EMPTY_VALUE_SHORT]) {
      let at = text.indexOf(marker);
      while (at >= 0 && at + marker.length <= limit) {
        const start = text.lastIndexOf(CELL_START, at);
        if (start >= 0) {
          const tagEnd = text.indexOf(">", start);
          const tag = text.toString("latin1", start, tagEnd < 0 ? at : tagEnd);
          const address = /\sr="([A-Z]{1,3}[0-9]{1,7})"/.exec(tag);
          if (address) this.addresses.add(address[1]);
        }
        at = text.indexOf(marker, at + marker.length);
      }
    }
  }
}
