/**
 * The English metadata (functions-en.json) is made at build time from the Swedish
 * functions.json and src/functions/translations.en.json, by the same code the webpack build
 * runs. Both must describe the same functions, and no KOLL name may shadow an Excel function.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import table from "../../src/functions/translations.en.json";
import {
  Metadata,
  TranslationTable,
  translateMetadata,
} from "../../scripts/functions-en-plugin";
import { excelBuiltinNames } from "./excelBuiltinNames";

let sv: Metadata;
let en: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    [path.resolve(__dirname, "../../src/functions/functions.ts")],
    true,
  );
  expect(result.errors).toEqual([]);
  sv = JSON.parse(result.metadataJson);
  en = translateMetadata(sv, table as TranslationTable);
}, 60000);

describe("functions-en.json", () => {
  test("has the same ids, parameter counts, types, optional flags and dimensionality", () => {
    expect(en.functions.map((f) => f.id)).toEqual(
      sv.functions.map((f) => f.id),
    );
    en.functions.forEach((fn, i) => {
      const swedish = sv.functions[i];
      expect(fn.parameters).toHaveLength(swedish.parameters.length);
      fn.parameters.forEach((p, j) => {
        const q = swedish.parameters[j];
        expect([p.type, p.dimensionality, p.optional]).toEqual([
          q.type,
          q.dimensionality,
          q.optional,
        ]);
      });
      expect(fn.result).toEqual(swedish.result);
    });
  });

  test("English names such as KOLL.VARIANCE, KOLL.PCTCHANGE, KOLL.RISKVALUE", () => {
    const nameOf = (id: string) => en.functions.find((f) => f.id === id)?.name;
    expect(nameOf("AVVIKELSE")).toBe("VARIANCE");
    expect(nameOf("FORANDRING.PROCENT")).toBe("PCTCHANGE");
    expect(nameOf("RISKVARDE")).toBe("RISKVALUE");
  });

  test("English names, descriptions and parameter names are English and well-formed", () => {
    const names = en.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const fn of en.functions) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
      expect(fn.description).not.toMatch(/\b(och|eller|ett område)\b/);
      const params = fn.parameters.map((p) => p.name);
      expect(new Set(params).size).toBe(params.length);
      for (const p of fn.parameters) {
        expect(p.name).toMatch(/^[a-z][a-z_]*$/);
        expect(p.description!.length).toBeGreaterThan(10);
      }
    }
  });

  test("no name, Swedish or English, with or without KOLL., is an Excel function", () => {
    const builtins = excelBuiltinNames();
    expect(builtins.has("VAR")).toBe(true);
    expect(builtins.has("TEXTNUM")).toBe(true);
    expect(builtins.size).toBeGreaterThan(700);
    const ours = [...sv.functions, ...en.functions].flatMap((f) => [
      f.name,
      `KOLL.${f.name}`,
    ]);
    expect(ours.filter((name) => builtins.has(name.toUpperCase()))).toEqual([]);
  });

  test("a function missing from the table, or one the table invents, fails the build", () => {
    const partial = { ...(table as TranslationTable) };
    delete partial.TAL;
    expect(() => translateMetadata(sv, partial)).toThrow(
      /TAL has no English translation/,
    );
    const invented = {
      ...(table as TranslationTable),
      KVOT: { name: "RATIO", description: "x", parameters: {} },
    };
    expect(() => translateMetadata(sv, invented)).toThrow(/translates KVOT/);
    const renamed = JSON.parse(JSON.stringify(table)) as TranslationTable;
    delete renamed.AVVIKELSE.parameters.utfall;
    expect(() => translateMetadata(sv, renamed)).toThrow(
      /AVVIKELSE: parameter utfall/,
    );
  });
});
