/**
 * B2's HyperFormula side in a process of its own (bench/b2-hyperformula.ts forks it). It builds
 * the same sheet with the same check formulas, runs HyperFormula once to warm up and to count
 * what it finds, and then times one run each time the parent asks. Kept apart, the gigabyte of
 * garbage each HyperFormula run leaves is collected here, not inside the engine's timing, so the
 * two can take turns and see the same machine.
 */
import { hyperFormulaCheck, withCheckFormulas } from "../b2-hyperformula";
import { generateDrift } from "../generate/drift";
import { measure } from "./stats";

export interface WorkerReady {
  type: "ready";
  /** Check formulas beside the table. */
  checks: number;
  wrong: number;
}

export interface WorkerRound {
  type: "round";
  cpu: number;
  wall: number;
  wrong: number;
}

const send = (message: WorkerReady | WorkerRound) => process.send?.(message);

const rows = Number(process.argv[2]);
const seed = Number(process.argv[3]);
const drift = generateDrift(rows, { seed });
const { data, checks } = withCheckFormulas(drift);
send({ type: "ready", checks: checks.length, wrong: hyperFormulaCheck(data, checks) });

process.on("message", (message: unknown) => {
  if (message === "round") {
    let wrong = 0;
    void measure(() => (wrong = hyperFormulaCheck(data, checks))).then((sample) =>
      send({ type: "round", cpu: sample.cpu, wall: sample.wall, wrong })
    );
  } else if (message === "exit") {
    process.disconnect?.();
  }
});
