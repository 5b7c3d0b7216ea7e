/**
 * Text on a level's colour: black on light fills, white on dark ones, whichever contrasts more
 * (WCAG relative luminance), so a custom scale's dark red still reads.
 */
function channel(hex: string): number {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(color: string): number {
  const hex = color.replace("#", "");
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) return 1;
  return (
    0.2126 * channel(hex.slice(0, 2)) +
    0.7152 * channel(hex.slice(2, 4)) +
    0.0722 * channel(hex.slice(4, 6))
  );
}

export function contrastText(fill: string): "#000000" | "#FFFFFF" {
  const l = luminance(fill);
  const onBlack = (l + 0.05) / 0.05;
  const onWhite = 1.05 / (l + 0.05);
  return onBlack >= onWhite ? "#000000" : "#FFFFFF";
}
