/** What the phlebotomy pathways share: the areas a phlebotomy student logs time in. */
export const PHLEBOTOMY_AREAS = [
  { id: 'venipuncture', label: 'Venipuncture (adult)' },
  { id: 'pediatric', label: 'Pediatric and geriatric collection' },
  { id: 'capillary', label: 'Capillary (skin puncture) collection' },
  { id: 'processing', label: 'Specimen processing and handling' },
] as const;

export const HIGH_SCHOOL_DETAIL =
  'A high school diploma, or an equivalent such as the GED, from before you apply.';
