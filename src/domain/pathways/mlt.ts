/**
 * Medical Laboratory Technician, MLT(ASCP): Route 1 of the ASCP Board of Certification, with
 * Routes 3 (military) and 4 (experience) for reference. Checked 2026-11-25: ASCP's MLT route page
 * could not be re-read, so the route figures are cited to study guides quoting it and marked
 * "To confirm" until they are read there.
 */
import type { Pathway } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { LABORATORY_CLINICAL } from './laboratory';
import {
  ASCP_ACCREDITED_COLLEGE,
  ASCP_GET_CREDENTIALED,
  MLT_ROUTE_1_GUIDE,
  MLT_ROUTES_GUIDE,
} from './sources';

const CONFIRM_ROUTE =
  "Study guides quoting ASCP BOC agree on this wording, but ASCP BOC's MLT page (ascp.org/boc, Medical Laboratory Technician) could not be re-read. Confirm the route there before you apply.";

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
      title: 'Associate degree or 60 semester hours of college credit',
      detail: 'From a regionally or nationally accredited college or university.',
      source: MLT_ROUTE_1_GUIDE,
      uncertain: `${CONFIRM_ROUTE} Quarter hours: study guides give 90 in place of 60 semester hours.`,
      metBy: { kind: 'degree' },
    },
    {
      key: 'mlt-program',
      area: 'degree',
      title: 'Complete a NAACLS- or ABHES-accredited MLT program',
      detail:
        'Route 1 counts the program only if you completed it within the last five years when you apply; after that, eligibility rests on another route (the Degree screen lists them).',
      source: MLT_ROUTE_1_GUIDE,
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
      source: ASCP_ACCREDITED_COLLEGE,
      uncertain:
        'The documents accepted change from time to time: check the current list with ASCP BOC.',
    },
    {
      key: 'mlt-exam-pass',
      area: 'exam',
      title: 'Pass the MLT(ASCP) certification exam',
      detail: 'A computer-adaptive test (CAT).',
      source: ASCP_GET_CREDENTIALED,
      metBy: { kind: 'exam-passed' },
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: {
    level: 'associate',
    alternativeSemesterHours: 60,
    coursework: [],
    source: MLT_ROUTE_1_GUIDE,
    uncertain: CONFIRM_ROUTE,
  },
  clinical: LABORATORY_CLINICAL,
  exams: ['ascp-mlt', 'amt-mlt'],
  otherRoutes: [
    {
      name: 'Route 3: US military laboratory training',
      detail:
        'An associate degree or 60 semester hours of college credit, including 6 semester hours of chemistry and 6 of biology, and a 50-week US military medical laboratory training course.',
      source: MLT_ROUTES_GUIDE,
      uncertain: `${CONFIRM_ROUTE} Study guides add that the course must be within the last 10 years.`,
    },
    {
      name: 'Route 4: clinical laboratory experience',
      detail:
        'An associate degree or 60 semester hours of college credit, including 6 semester hours of chemistry and 6 of biology, and 3 years of full-time clinical laboratory experience across blood banking, chemistry, hematology, microbiology, immunology and urinalysis.',
      source: MLT_ROUTES_GUIDE,
      uncertain: `${CONFIRM_ROUTE} Study guides add that the experience must be within the last 10 years.`,
    },
  ],
};
