/**
 * What the laboratory pathways (MLT, MLS) share: rotation areas and how clinical experience is
 * judged under ASCP BOC Route 1, where the accredited program, not the BOC, sets the hours.
 */
import type { ClinicalRules } from '../types';
import { ASCP_GET_CREDENTIALED } from './sources';

export const LABORATORY_CLINICAL: ClinicalRules = {
  areas: [
    { id: 'chemistry', label: 'Chemistry' },
    { id: 'hematology', label: 'Hematology' },
    { id: 'microbiology', label: 'Microbiology' },
    { id: 'blood-bank', label: 'Blood bank / immunohematology' },
    { id: 'urinalysis', label: 'Urinalysis and body fluids' },
    { id: 'immunology', label: 'Immunology / serology' },
    { id: 'phlebotomy', label: 'Phlebotomy' },
    { id: 'molecular', label: 'Molecular' },
  ],
  countsUnverified: false,
  counts: [],
  note: 'Under Route 1 the clinical training is part of your accredited program, and the program sets the hours per area: enter its figures as your targets. Only hours your supervisor has signed off count.',
  source: ASCP_GET_CREDENTIALED,
};
