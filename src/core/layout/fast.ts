/**
 * Math and Number functions bound once. In some hosts every read of a global such as Math is
 * a slow lookup (jest's vm sandbox makes Math.abs some 30× slower), and the engine's loops run
 * over every cell; they use these bindings instead.
 */
export const { abs, ceil, floor, max, min, round, sign } = Math;
export const isNaNValue = Number.isNaN;
export const isFiniteValue = Number.isFinite;
export const isIntegerValue = Number.isInteger;
