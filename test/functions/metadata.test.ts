import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

let functions: FunctionMetadata[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    [path.resolve(__dirname, "../../src/functions/functions.ts")],
    true,
  );
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
}, 60000);

describe("functions.json generated from the JSDoc", () => {
  test("KOLL.AVVIKELSE: id, Swedish name and description, parameters and spill", () => {
    const avvikelse = functions.find((f) => f.id === "AVVIKELSE");
    expect(avvikelse).toBeDefined();
    expect(avvikelse!.name).toBe("AVVIKELSE");
    expect(avvikelse!.description).toMatch(/utfall − budget/);
    expect(avvikelse!.parameters.map((p) => p.name)).toEqual([
      "budget",
      "utfall",
    ]);
    for (const p of avvikelse!.parameters) {
      expect(p.type).toBe("any");
      expect(p.dimensionality).toBe("matrix");
      expect(p.description).toMatch(/[a-zåäö]/);
    }
    expect(avvikelse!.result.dimensionality).toBe("matrix");
  });

  test("every id is ASCII and every function has a Swedish description", () => {
    for (const f of functions) {
      expect(f.id).toMatch(/^[A-Z0-9._]+$/);
      expect(f.description.length).toBeGreaterThan(10);
    }
  });
});
