import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { PortError } from "../../src/host/port";
import {
  EngineRequest,
  EngineResponse,
  answer,
} from "../../src/taskpane/worker/protocol";
import {
  WorkerEngine,
  WorkerLike,
} from "../../src/taskpane/worker/WorkerEngine";
import {
  DRIFTBUDGET_2020,
  seedTableCells,
} from "../../src/samples/huddinge2020";
import { makeSheet, makeWorkbook } from "../support/sheets";

function workbook() {
  const rows = seedTableCells(DRIFTBUDGET_2020).map((r) => [...r]);
  rows[11][3] = -500;
  return makeWorkbook(makeSheet("Drift", rows, { numberFormat: "#,##0.0" }));
}

/** A worker that answers on the next turn, as a real one does, through the same protocol. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: EngineRequest[] = [];
  constructor(
    private readonly reply: (
      request: EngineRequest,
    ) => EngineResponse | null = answer,
  ) {}
  postMessage(message: EngineRequest): void {
    // Structured clone: the worker gets a copy, never the page's objects.
    const request = structuredClone(message);
    this.received.push(request);
    setTimeout(() => {
      const response = this.reply(request);
      if (response)
        this.onmessage?.({
          data: structuredClone(response),
        } as MessageEvent<EngineResponse>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const expected = () =>
  validateWorkbook(workbook(), DEFAULT_SETTINGS).sheets.map((s) => ({
    sheet: s.sheet,
    kind: s.kind,
    findings: s.findings,
  }));

describe("the engine in a Web Worker", () => {
  test("answers what the page's engine answers, without the layouts", async () => {
    const worker = new FakeWorker();
    const engine = new WorkerEngine(worker);
    const result = await engine.validate(workbook(), DEFAULT_SETTINGS);
    expect(result.sheets).toEqual(expected());
    expect(
      result.sheets[0].findings.some((f) => f.rule === "sum.mismatch"),
    ).toBe(true);
    expect(engine.ruleTitle("sum.mismatch")?.sv).toBeTruthy();
  });

  test("answers are matched to their requests", async () => {
    const engine = new WorkerEngine(new FakeWorker());
    const [all, none] = await Promise.all([
      engine.validate(workbook(), DEFAULT_SETTINGS),
      engine.validate(workbook(), DEFAULT_SETTINGS, { sheets: ["Annat"] }),
    ]);
    expect(all.sheets).toHaveLength(1);
    expect(none.sheets).toHaveLength(0);
  });

  test("a worker that breaks: the waiting request and later ones run in the page", async () => {
    const worker = new FakeWorker(() => null);
    const engine = new WorkerEngine(worker);
    const pending = engine.validate(workbook(), DEFAULT_SETTINGS);
    worker.onerror?.({} as ErrorEvent);
    expect((await pending).sheets).toEqual(expected());
    expect(worker.terminated).toBe(true);
    const later = await engine.validate(workbook(), DEFAULT_SETTINGS);
    expect(later.sheets).toEqual(expected());
    expect(worker.received).toHaveLength(1);
  });

  test("a snapshot that cannot be sent is checked in the page", async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error("DataCloneError");
    };
    const result = await new WorkerEngine(worker).validate(
      workbook(),
      DEFAULT_SETTINGS,
    );
    expect(result.sheets).toEqual(expected());
  });

  test("an engine failure in the worker becomes a readable PortError", async () => {
    const engine = new WorkerEngine(
      new FakeWorker((r) => ({ id: r.id, ok: false, message: "oväntat" })),
    );
    await expect(
      engine.validate(workbook(), DEFAULT_SETTINGS),
    ).rejects.toMatchObject({
      message: "Kontrollen kunde inte köras: oväntat",
      messageEn: "The check could not run: oväntat",
    });
    await expect(
      engine.validate(workbook(), DEFAULT_SETTINGS),
    ).rejects.toBeInstanceOf(PortError);
  });
});
