/**
 * Indicator tables: recognition and the reading of each indicator. Goal attainment
 * (./attainment) is imported from its own module: it analyses whole workbooks through the
 * registry, which imports this folder's recogniser.
 */
export { indicatorRecognizer } from "./recognizer";
export { indicatorTableOf } from "./tableOf";
export { indicatorFacts } from "./facts";
export type {
  IndicatorFacts,
  Breakdown,
  SeriesPoint,
  MeasuredCell,
  TextCell,
  TargetCell,
} from "./facts";
export * from "./table";
export { indicatorKey, directionFromText } from "./direction";
export type { DirectionReading } from "./direction";
export * from "./vocabulary";
export { targetText } from "./targetCell";
export type { Measure } from "./values";
