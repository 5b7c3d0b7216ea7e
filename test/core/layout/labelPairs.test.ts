/**
 * The letter-pair filter before the meaningful-words pattern (draftRows) never turns away a
 * label the pattern would match: on labels built from the words in any case, with Swedish
 * letters, odd spaces and noise around them.
 */
import fc from "fast-check";
import {
  MEANINGFUL_PAIRS,
  MEANINGFUL_WORDS,
} from "../../../src/core/layout/labels";
import {
  CleanedLabel,
  cleanLabelInto,
  cleanText,
  letterPairTable,
} from "../../../src/core/layout/text";

const WORDS = MEANINGFUL_WORDS.source.split("|");

function randomCase(word: string, flips: boolean[]): string {
  let out = "";
  for (let i = 0; i < word.length; i += 1)
    out += flips[i % flips.length] ? word[i].toUpperCase() : word[i];
  return out;
}

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "Enhet",
      "Verksamhet",
      "Grundskola",
      "ÄO",
      "öl",
      " ",
      "  ",
      "1.2",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "\u00a0",
      "\u00ad",
      "\t",
      "\u2009",
      "ſ",
      "\u212a",
      ":",
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
);

const label = fc
  .tuple(
    fc.array(piece, { maxLength: 5 }),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
  )
  .map(([pieces, flips]) => randomCase(pieces.join(""), flips));

test("a label the pattern matches is never turned away by its letter pairs", () => {
  const out: CleanedLabel = { text: "", mayHoldPair: false };
  let matched = 0;
  let passedOver = 0;
  fc.assert(
    fc.property(label, (text) => {
      cleanLabelInto(text, MEANINGFUL_PAIRS, out);
      expect(out.text).toBe(cleanText(text));
      if (MEANINGFUL_WORDS.test(out.text)) {
        matched += 1;
        expect(out.mayHoldPair).toBe(true);
      } else if (!out.mayHoldPair) passedOver += 1;
    }),
    { numRuns: 5000 },
  );
  expect(matched).toBeGreaterThan(500);
  expect(passedOver).toBeGreaterThan(100);
});

test("the labels of a long sheet are passed over", () => {
  const out: CleanedLabel = { text: "", mayHoldPair: false };
  for (const text of ["Enhet 12.3", "Verksamhet 12", " Fritid "]) {
    cleanLabelInto(text, MEANINGFUL_PAIRS, out);
    expect(out.mayHoldPair).toBe(false);
  }
  cleanLabelInto("SUMMA NETTO", MEANINGFUL_PAIRS, out);
  expect(out.mayHoldPair).toBe(true);
  expect(() => letterPairTable(["a"])).toThrow();
});
