/** Element ids shared between screens, so a link in one finds its target in another. */
export function requirementDomId(key: string): string {
  return `requirement-${key}`;
}
