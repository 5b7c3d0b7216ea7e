/**
 * A sheet being recognised: its parsed grid and, computed once on demand, the header block.
 * Every recogniser's detect and recognize share it, so the cells are read a single time.
 */
import { SheetSnapshot } from "../workbook";
import { SheetGrid } from "./grid";
import { HeaderBlock, findHeaderBlock } from "./headerBlock";

export class PreparedSheet {
  readonly grid: SheetGrid;
  private headerCache: HeaderBlock | null = null;

  constructor(readonly sheet: SheetSnapshot) {
    this.grid = new SheetGrid(sheet);
  }

  get header(): HeaderBlock {
    if (!this.headerCache) this.headerCache = findHeaderBlock(this.grid);
    return this.headerCache;
  }
}
