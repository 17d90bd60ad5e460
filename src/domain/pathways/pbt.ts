/**
 * Phlebotomy Technician, PBT(ASCP): the ASCP Board of Certification's program route, with the
 * other routes for reference. Checked 2026-11-25: the BOC's PBT page was found but its route list
 * could not be read, so the figures are cited to a secondary summary and marked uncertain.
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { PHLEBOTOMY_AREAS } from './phlebotomy';

const ASCP_PBT: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Phlebotomy Technician, PBT(ASCP)',
  url: 'https://www.ascp.org/boc/explore-credentials/view-all-credentials/PBT',
  checkedOn: '2026-11-25',
};

const PBT_ROUTES_GUIDE: Source = {
  publisher: 'Wizedu (study answer summarising ASCP BOC PBT routes; secondary)',
  title: 'What documentation is required to take the PBT exam?',
  url: 'https://wizedu.com/questions/908609/what-documentation-is-required-to-take-the-pbt',
  checkedOn: '2026-11-25',
  figures: ['40 hours', '100 hours', '100 collections', '5 years', '1 years'],
};

const CONFIRM_ROUTE =
  "The PBT route figures (40 classroom hours, 100 clinical hours, 100 unaided collections, program within 5 years) come from secondary sources that agree with each other but could not be read on ASCP BOC's PBT page (ascp.org/boc, Phlebotomy Technician). Confirm the route there before you apply.";

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
      detail: 'A high school diploma, or an equivalent such as the GED, from before you apply.',
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
      source: PBT_ROUTES_GUIDE,
      uncertain: CONFIRM_ROUTE,
    },
    {
      key: 'pbt-clinical',
      area: 'clinical',
      title: '100 hours of clinical training and 100 successful unaided collections',
      detail:
        'Venipunctures and skin punctures together, performed without help and logged with your clinical hours.',
      source: PBT_ROUTES_GUIDE,
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
        source: PBT_ROUTES_GUIDE,
        uncertain: CONFIRM_ROUTE,
      },
    ],
    note: 'The program route asks for 100 hours of clinical training and 100 successful unaided collections (venipunctures and skin punctures together). Only hours and collections your supervisor has signed off count.',
    source: PBT_ROUTES_GUIDE,
  },
  exams: ['ascp-pbt', 'nha-cpt'],
  otherRoutes: [
    {
      name: 'NAACLS-approved phlebotomy program',
      detail:
        'A high school diploma and a NAACLS-approved phlebotomy program completed within the last 5 years.',
      source: PBT_ROUTES_GUIDE,
      uncertain: CONFIRM_ROUTE,
    },
    {
      name: 'Work experience',
      detail:
        'A high school diploma and 1 year of full-time work as a phlebotomy technician in an accredited laboratory, with venipunctures and skin punctures.',
      source: PBT_ROUTES_GUIDE,
      uncertain: CONFIRM_ROUTE,
    },
    {
      name: 'Nursing or another accredited health profession',
      detail:
        'A high school diploma, an RN, LPN or other accredited allied health training that included phlebotomy, and 100 successful unaided collections.',
      source: PBT_ROUTES_GUIDE,
      uncertain: CONFIRM_ROUTE,
    },
    {
      name: 'Another ASCP BOC credential',
      detail:
        'A current MLT(ASCP) certification, or a Donor Phlebotomy Technician (DPT) certification with 100 successful non-donor collections.',
      source: PBT_ROUTES_GUIDE,
      uncertain: CONFIRM_ROUTE,
    },
  ],
};
