/** How figures are written on screen: whole numbers as they are, quarter hours as 7.5 or 7.25. */
export function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
}
