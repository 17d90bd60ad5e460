/** What the phlebotomy pathways share: the areas a phlebotomy student logs time in. */
export const PHLEBOTOMY_AREAS = [
  { id: 'venipuncture', label: 'Venipuncture (adult)' },
  { id: 'pediatric', label: 'Pediatric and geriatric collection' },
  { id: 'capillary', label: 'Capillary (skin puncture) collection' },
  { id: 'processing', label: 'Specimen processing and handling' },
] as const;
