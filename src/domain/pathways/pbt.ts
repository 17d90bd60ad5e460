/**
 * Phlebotomy Technician, PBT(ASCP): the ASCP Board of Certification's program route.
 * Checked 2026-11-25. The BOC's own route list could not be re-read; the figures agree across
 * secondary sources except the clinical hours, so they are marked uncertain.
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { HIGH_SCHOOL_DETAIL, PHLEBOTOMY_AREAS } from './phlebotomy';

const ASCP_PBT: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Phlebotomy Technician, PBT(ASCP)',
  url: 'https://www.ascp.org/boc/explore-credentials/view-all-credentials/PBT',
  checkedOn: '2026-11-25',
};

const CONFIRM_ROUTE =
  "The PBT route figures (40 classroom hours, 100 clinical hours, 100 unaided collections, program within 5 years) come from secondary sources that agree with each other but could not be checked on ASCP BOC's PBT page. Confirm with ASCP BOC before you apply.";

export const PBT_PATHWAY: Pathway = {
  id: 'pbt',
  name: 'Phlebotomy Technician (ASCP)',
  credential: 'PBT(ASCP)',
  summary:
    'ASCP Board of Certification, program route: a high school diploma and a phlebotomy program with classroom and clinical training and 100 successful unaided collections, completed within the last five years, then the PBT(ASCP) exam.',
  requirements: [
    {
      key: 'high-school',
      area: 'degree',
      title: 'High school diploma or equivalent',
      detail: HIGH_SCHOOL_DETAIL,
      source: ASCP_PBT,
      metBy: { kind: 'degree' },
    },
    {
      key: 'pbt-program',
      area: 'degree',
      title:
        'Complete an acceptable phlebotomy program (40 classroom hours plus clinical training)',
      detail:
        'The program counts only if you completed it within the last five years when you apply.',
      source: ASCP_PBT,
      uncertain: CONFIRM_ROUTE,
    },
    {
      key: 'pbt-clinical',
      area: 'clinical',
      title: '100 hours of clinical training and 100 successful unaided collections',
      detail:
        'Venipunctures and skin punctures together, performed without help and logged with your clinical hours.',
      source: ASCP_PBT,
      uncertain: CONFIRM_ROUTE,
      metBy: { kind: 'clinical' },
    },
    {
      key: 'pbt-exam-application',
      area: 'exam',
      title: 'Submit the PBT(ASCP) exam application and fee',
      detail: 'Apply online with the ASCP Board of Certification.',
      source: ASCP_PBT,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'pbt-exam-pass',
      area: 'exam',
      title: 'Pass the PBT(ASCP) certification exam',
      detail: 'A computer-adaptive test (CAT).',
      source: ASCP_PBT,
      metBy: { kind: 'exam-passed' },
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { level: 'high-school', coursework: [], source: ASCP_PBT },
  clinical: {
    areas: PHLEBOTOMY_AREAS,
    requiredHours: 100,
    countsUnverified: false,
    counts: [
      {
        id: 'pbt-collections',
        label: 'Successful unaided collections',
        kinds: ['venipuncture', 'skin-puncture'],
        required: 100,
        source: ASCP_PBT,
        uncertain: CONFIRM_ROUTE,
      },
    ],
    note: 'The program route asks for 100 hours of clinical training and 100 successful unaided collections (venipunctures and skin punctures together). Only hours and collections your supervisor has signed off count.',
    source: ASCP_PBT,
  },
  exams: ['ascp-pbt', 'nha-cpt'],
};
