/**
 * The preview page as a person sees it: the workbook (sheet tabs, name box, formula bar, grid)
 * and the task pane beside it. Locators go by role and visible name, the way a person finds
 * things, so the tests also check that the page says what it should.
 */
import { Locator, Page } from "playwright-core";
import { eventually, literal } from "./waits";

export class PreviewDriver {
  constructor(readonly page: Page) {}

  /** The task pane, in either language. */
  pane(): Locator {
    return this.page.getByRole("complementary", {
      name: /aktivitetsfönster|task pane/,
    });
  }

  grid(): Locator {
    return this.page.getByRole("grid");
  }

  cell(a1: string): Locator {
    return this.page.locator(`[data-cell="${a1}"]`);
  }

  nameBox(): Locator {
    return this.page.getByLabel(/^(Namnruta|Name box)$/);
  }

  formulaBar(): Locator {
    return this.page.getByLabel(/^(Formelfält|Formula bar)$/);
  }

  sheetTabs(): Locator {
    return this.page
      .getByRole("tablist", { name: /^(Blad|Sheets)$/ })
      .getByRole("tab");
  }

  sheetTab(name: string): Locator {
    return this.page
      .getByRole("tablist", { name: /^(Blad|Sheets)$/ })
      .getByRole("tab", { name, exact: true });
  }

  paneTab(name: string): Locator {
    return this.pane().getByRole("tab", { name, exact: true });
  }

  async sheetNames(): Promise<string[]> {
    return this.sheetTabs().allTextContents();
  }

  async activeSheet(): Promise<string> {
    return (
      (await this.sheetTabs()
        .and(this.page.locator('[aria-selected="true"]'))
        .textContent()) ?? ""
    );
  }

  async goTo(address: string): Promise<void> {
    await this.nameBox().fill(address);
    await this.nameBox().press("Enter");
    await eventually(async () => {
      expect(await this.nameBox().inputValue()).toBe(
        address.replace(/^.*!/, ""),
      );
    });
  }

  async openSheet(name: string): Promise<void> {
    await this.sheetTab(name).click();
    await eventually(async () => expect(await this.activeSheet()).toBe(name));
  }

  async cellText(a1: string): Promise<string> {
    return (await this.cell(a1).textContent()) ?? "";
  }

  /** Waits until the cell shows `text`. */
  async cellShows(a1: string, text: string): Promise<void> {
    await eventually(async () => expect(await this.cellText(a1)).toBe(text));
  }

  /** The cell's fill as the grid draws it (CSS rgb()). */
  async cellFill(a1: string): Promise<string> {
    return this.cell(a1).evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /** What the formula bar shows for the active cell (its formula, or its value as typed). */
  async formulaOf(a1: string): Promise<string> {
    await this.goTo(a1);
    return this.formulaBar().inputValue();
  }

  /**
   * Where the grid's selection is, as the four things a person can see agree on it: the
   * active sheet tab, the name box, the grid's active cell, and the selection frame drawn
   * over that cell inside the visible part of the grid.
   */
  async selection(): Promise<{
    sheet: string;
    nameBox: string;
    activeCell: string;
    frameOnCell: boolean;
  }> {
    const sheet = await this.activeSheet();
    const nameBox = await this.nameBox().inputValue();
    const active =
      (await this.grid().getAttribute("aria-activedescendant")) ?? "";
    const activeCell = active.replace(/^cell-/, "");
    const frame = await this.page.getByTestId("selection").boundingBox();
    const cell = await this.cell(activeCell).boundingBox();
    const grid = await this.grid().boundingBox();
    const near = (a: number, b: number) => Math.abs(a - b) <= 2;
    const frameOnCell =
      frame !== null &&
      cell !== null &&
      grid !== null &&
      near(frame.x, cell.x) &&
      near(frame.y, cell.y) &&
      near(frame.width, cell.width) &&
      near(frame.height, cell.height) &&
      cell.x >= grid.x &&
      cell.y >= grid.y &&
      cell.x + cell.width <= grid.x + grid.width &&
      cell.y + cell.height <= grid.y + grid.height;
    return { sheet, nameBox, activeCell, frameOnCell };
  }

  /** The name of the button that selects a finding's cell, in either language. */
  private static goToName(sheet: string, cell: string): RegExp {
    return new RegExp(
      `^(Gå till ${cell} på bladet|Go to ${cell} on the sheet) ${literal(sheet)}(:|$)`,
    );
  }

  /** Matches a list item that holds the finding of a cell (for `filter({ has })`). */
  findingMarker(sheet: string, cell: string): Locator {
    return this.page.getByRole("button", {
      name: PreviewDriver.goToName(sheet, cell),
    });
  }

  /** The finding for a cell on a sheet, in the Validera tab's list. */
  finding(sheet: string, cell: string): Locator {
    return this.pane()
      .getByRole("listitem")
      .filter({ has: this.findingMarker(sheet, cell) });
  }

  /** The button that selects the finding's cell (its address and row label). */
  findingLink(sheet: string, cell: string): Locator {
    return this.finding(sheet, cell).getByRole("button", {
      name: PreviewDriver.goToName(sheet, cell),
    });
  }

  validateButton(): Locator {
    return this.pane().getByRole("button", {
      name: /^(Validera arbetsboken|Validate workbook)$/,
    });
  }

  /**
   * Clicks "Validera arbetsboken" and waits for the run to finish. The click disables the
   * button before it returns (React flushes a click's updates at once), so "enabled again, with
   * a summary" means this run is done, not an earlier one.
   */
  async validateWorkbook(): Promise<void> {
    await this.validateButton().click();
    await eventually(async () => {
      expect(await this.validateButton().isEnabled()).toBe(true);
      expect(await this.summaryMeta()).not.toBe("");
    });
  }

  /** The summary's last line ("Hela arbetsboken · 7 blad · 537 celler · 0,1 s"), or "". */
  async summaryMeta(): Promise<string> {
    const meta = this.pane().getByText(/ · \d[\d\s\u00A0]* (blad|sheets?) · /);
    return (await meta.count())
      ? ((await meta.first().textContent()) ?? "")
      : "";
  }

  /** The error count in the summary's title ("7 fel att rätta"), 0 when ready to submit. */
  async errorTitleCount(): Promise<number> {
    const title = this.pane().getByText(
      /^(\d+ fel att rätta|\d+ errors? to fix|Klar för inlämning|Ready to submit)$/,
    );
    const text = (await title.first().textContent()) ?? "";
    const match = /^(\d+)/.exec(text);
    return match ? Number(match[1]) : 0;
  }

  /** The "Ångra: …" button at the top of the pane. */
  undoButton(): Locator {
    return this.pane()
      .getByRole("region", { name: /^(Ångra|Undo)$/ })
      .getByRole("button");
  }
}
