/**
 * Medical Laboratory Technician, MLT(ASCP): Route 1 of the ASCP Board of Certification.
 * Facts checked 2026-11-25; ASCP's MLT eligibility page itself was not available to re-read,
 * so the route wording is marked uncertain until it is.
 */
import type { Pathway } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { LABORATORY_CLINICAL } from './laboratory';
import { ASCP_GET_CREDENTIALED, ASCP_MLS } from './sources';

const CONFIRM_ROUTE =
  "Route wording agrees across a college's page and study guides, but was not re-read on ASCP BOC's MLT eligibility page. Confirm with ASCP BOC before you apply.";

export const MLT_PATHWAY: Pathway = {
  id: 'mlt',
  name: 'Medical Laboratory Technician',
  credential: 'MLT(ASCP)',
  summary:
    'ASCP Board of Certification, Route 1: an associate degree (or 60 semester hours) and an accredited MLT program completed within the last five years, then the MLT(ASCP) exam.',
  requirements: [
    {
      key: 'mlt-degree',
      area: 'degree',
      title: 'Associate degree or 60 semester hours (90 quarter hours) of college credit',
      detail: 'From a regionally accredited college or university.',
      source: ASCP_GET_CREDENTIALED,
      uncertain: CONFIRM_ROUTE,
      metBy: { kind: 'degree' },
    },
    {
      key: 'mlt-program',
      area: 'degree',
      title: 'Complete a NAACLS- or ABHES-accredited MLT program',
      detail:
        'Route 1 counts the program only if you completed it within the last five years when you apply; after that, eligibility rests on clinical laboratory experience.',
      source: ASCP_GET_CREDENTIALED,
      uncertain: CONFIRM_ROUTE,
    },
    {
      key: 'mlt-clinical-practicum',
      area: 'clinical',
      title: "Complete your MLT program's clinical laboratory practicum",
      detail:
        'Accredited programs include supervised training in a clinical laboratory (chemistry, hematology, microbiology, blood bank, urinalysis). Your program sets the hours.',
      source: ASCP_GET_CREDENTIALED,
      uncertain: 'The hours are set by your program, not by ASCP BOC: check your program handbook.',
      metBy: { kind: 'clinical' },
    },
    {
      key: 'mlt-exam-application',
      area: 'exam',
      title: 'Submit the MLT(ASCP) exam application and fee',
      detail: 'Apply online with the ASCP Board of Certification under Route 1.',
      source: ASCP_GET_CREDENTIALED,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'mlt-documents',
      area: 'exam',
      title: 'Send your official transcript and program completion verification to ASCP BOC',
      detail: 'The BOC reviews your documents before it lets you schedule the exam.',
      source: ASCP_GET_CREDENTIALED,
      uncertain:
        'The documents accepted change from time to time: check the current list with ASCP BOC.',
    },
    {
      key: 'mlt-exam-pass',
      area: 'exam',
      title: 'Pass the MLT(ASCP) certification exam',
      detail: 'A computer-adaptive test (CAT).',
      source: ASCP_MLS,
      metBy: { kind: 'exam-passed' },
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: {
    level: 'associate',
    alternativeSemesterHours: 60,
    coursework: [],
    source: ASCP_GET_CREDENTIALED,
    uncertain: CONFIRM_ROUTE,
  },
  clinical: LABORATORY_CLINICAL,
  exams: ['ascp-mlt', 'amt-mlt'],
};
