import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import type { FunctionMetadata } from "../../scripts/functions-en-plugin";

let metadata: FunctionMetadata[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    [path.resolve(__dirname, "../../src/functions/functions.ts")],
    true,
  );
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson).functions;
}, 60000);

/** [name, "?" marks optional, "·" marks a scalar (not matrix) parameter]. */
const expected: Record<
  string,
  { name: string; parameters: string[]; describes: RegExp }
> = {
  AVVIKELSE: {
    name: "AVVIKELSE",
    parameters: ["budget", "utfall"],
    describes: /utfall − budget/,
  },
  "AVVIKELSE.PROCENT": {
    name: "AVVIKELSE.PROCENT",
    parameters: ["budget", "utfall"],
    describes: /\(utfall − budget\) \/ \|budget\|.*#DIV\/0!/,
  },
  FORANDRING: {
    name: "FÖRÄNDRING",
    parameters: ["från", "till"],
    describes: /till − från/,
  },
  "FORANDRING.PROCENT": {
    name: "FÖRÄNDRING.PROCENT",
    parameters: ["från", "till", "bas?·"],
    describes: /basens eget tecken.*#DIV\/0!.*#NUM!/,
  },
  RISKVARDE: {
    name: "RISKVÄRDE",
    parameters: ["sannolikhet", "konsekvens", "skala?"],
    describes: /sannolikhet × konsekvens/,
  },
  RISKNIVA: {
    name: "RISKNIVÅ",
    parameters: ["sannolikhet", "konsekvens", "skala?"],
    describes: /Låg, Medel, Hög, Mycket hög/,
  },
  RISKMATRIS: {
    name: "RISKMATRIS",
    parameters: ["sannolikheter", "konsekvenser", "id?", "skala?"],
    describes: /högsta sannolikhet överst/,
  },
  MALUPPFYLLELSE: {
    name: "MÅLUPPFYLLELSE",
    parameters: ["utfall", "mål", "föregående?", "riktning?", "jämförelse?"],
    describes: /Uppfyllt.*Delvis uppfyllt.*Ej uppfyllt.*Ej bedömd/,
  },
  TAL: { name: "TAL", parameters: ["text"], describes: /svensk taltext/ },
  PERIODBUDGET: {
    name: "PERIODBUDGET",
    parameters: ["årsbudget", "månader", "profil?"],
    describes: /månader\/12.*tolv månadsvikter/,
  },
  SUMMAKONTROLL: {
    name: "SUMMAKONTROLL",
    parameters: ["delar", "summa", "tolerans?·"],
    describes: /summan av delarna − den angivna summan/,
  },
};

describe("functions.json generated from the JSDoc", () => {
  test("every exported function is a custom function, and every custom function is listed here", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(
      Object.keys(expected).sort(),
    );
    expect(metadata).toHaveLength(Object.keys(functions).length);
  });

  test.each(Object.entries(expected))(
    "%s: Swedish name, description, parameters, spill",
    (id, spec) => {
      const fn = metadata.find((f) => f.id === id)!;
      expect(fn.name).toBe(spec.name);
      expect(fn.description).toMatch(spec.describes);
      const described = fn.parameters.map(
        (p) =>
          `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "" : "·"}`,
      );
      expect(described).toEqual(spec.parameters);
      for (const p of fn.parameters) {
        expect(p.type).toBe("any");
        expect(p.description).toMatch(/[a-zåäö]{3}/);
      }
      expect(fn.result.dimensionality).toBe("matrix");
    },
  );

  test("ids are ASCII; names are Swedish letters, digits and dots", () => {
    for (const f of metadata) {
      expect(f.id).toMatch(/^[A-Z0-9.]+$/);
      expect(f.name).toMatch(/^[A-ZÅÄÖ][A-ZÅÄÖ0-9.]*$/);
      expect(f.description.length).toBeGreaterThan(30);
    }
  });

  test("optional parameters come last", () => {
    for (const f of metadata) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) {
        expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(
          true,
        );
      }
    }
  });
});
