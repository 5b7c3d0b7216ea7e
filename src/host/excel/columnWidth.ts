/**
 * Column widths: Rapportkoll's Edits speak Excel's user unit (characters of the default font's
 * digits, 8.43 for a new sheet), Office.js speaks points. Excel's rule for Calibri 11 is 7 pixels
 * a character plus 5 pixels of padding, and 4 pixels make 3 points. The two functions are exact
 * inverses, so a width read before a write is put back to the point.
 */
const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export function charactersToPoints(characters: number): number {
  if (characters <= 0) return 0;
  return (
    (characters * PIXELS_PER_CHARACTER + PADDING_PIXELS) * POINTS_PER_PIXEL
  );
}

export function pointsToCharacters(points: number): number {
  if (points <= 0) return 0;
  return (points / POINTS_PER_PIXEL - PADDING_PIXELS) / PIXELS_PER_CHARACTER;
}
