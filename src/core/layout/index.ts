/** Recognition of sheets: what the rest of Rapportkoll imports. */
export * from "./types";
export { recognizeSheet, analyzeSheet, RECOGNIZERS } from "./registry";
export type { AnalysedSheet } from "./registry";
export type { KindRecognizer, KindDetection } from "./recognizer";
export { deviationSign } from "./convention";
