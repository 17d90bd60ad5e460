/**
 * Medical Laboratory Scientist, MLS(ASCP): Route 1 of the ASCP Board of Certification, with
 * Route 2 (MLT(ASCP) plus experience) in full for reference. Route 1 names no coursework of its
 * own, so the Degree screen shows none. Checked 2026-11-25 (Route 3 ended on 1 Jan 2023): ASCP's
 * MLS route page could not be re-read, so route figures are cited to a study guide quoting it.
 */
import type { Pathway } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { LABORATORY_CLINICAL } from './laboratory';
import { ASCP_ACCREDITED_COLLEGE, ASCP_MLS, MLS_ROUTE_2_GUIDE } from './sources';

const CONFIRM_ROUTE =
  "Route wording agrees across study guides (mid-2026), but ASCP BOC's MLS page (ascp.org/boc, Medical Laboratory Scientist) could not be re-read. Confirm the route there before you apply.";

export const MLS_PATHWAY: Pathway = {
  id: 'mls',
  name: 'Medical Laboratory Scientist',
  credential: 'MLS(ASCP)',
  summary:
    "ASCP Board of Certification, Route 1: a bachelor's degree and a recently completed NAACLS-accredited MLS program, then the MLS(ASCP) exam. Route 2 (MLT(ASCP), science coursework and experience) is on the Degree screen.",
  requirements: [
    {
      key: 'mls-degree',
      area: 'degree',
      title: "Bachelor's degree from an accredited college or university",
      detail:
        'A baccalaureate degree from a regionally or nationally accredited college or university.',
      source: ASCP_MLS,
      uncertain: CONFIRM_ROUTE,
      metBy: { kind: 'degree' },
    },
    {
      key: 'mls-program',
      area: 'degree',
      title: 'Complete a NAACLS-accredited MLS program',
      detail: 'Route 1 counts the program only if you completed it recently enough when you apply.',
      source: ASCP_MLS,
      uncertain: `${CONFIRM_ROUTE} Study guides give the limit as 5 years from completing the program.`,
    },
    {
      key: 'mls-clinical-practicum',
      area: 'clinical',
      title: "Complete your MLS program's clinical laboratory practicum",
      detail:
        'Accredited programs include supervised training across the major laboratory disciplines (blood bank, chemistry, hematology, microbiology, urinalysis, immunology). Your program sets the hours.',
      source: ASCP_MLS,
      uncertain: 'The hours are set by your program, not by ASCP BOC: check your program handbook.',
      metBy: { kind: 'clinical' },
    },
    {
      key: 'mls-exam-application',
      area: 'exam',
      title: 'Submit the MLS(ASCP) exam application and fee',
      detail: 'Apply online with the ASCP Board of Certification under Route 1.',
      source: ASCP_MLS,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'mls-documents',
      area: 'exam',
      title: 'Send your official transcript and program completion verification to ASCP BOC',
      detail: 'The BOC reviews your documents before it lets you schedule the exam.',
      source: ASCP_ACCREDITED_COLLEGE,
      uncertain:
        'The documents accepted change from time to time: check the current list with ASCP BOC.',
    },
    {
      key: 'mls-exam-pass',
      area: 'exam',
      title: 'Pass the MLS(ASCP) certification exam',
      detail: 'A computer-adaptive test (CAT).',
      source: ASCP_MLS,
      metBy: { kind: 'exam-passed' },
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { level: 'bachelor', coursework: [], source: ASCP_MLS, uncertain: CONFIRM_ROUTE },
  clinical: LABORATORY_CLINICAL,
  exams: ['ascp-mls', 'amt-mls'],
  otherRoutes: [
    {
      name: 'Route 2: MLT(ASCP) and clinical experience',
      detail:
        "A valid MLT(ASCP) certification; a bachelor's degree with 16 semester hours of biology (including one semester of microbiology) and 16 semester hours of chemistry (including one semester of organic chemistry or biochemistry); and 2 years of full-time clinical laboratory experience across blood banking, chemistry, hematology, microbiology, immunology and urinalysis.",
      source: MLS_ROUTE_2_GUIDE,
      uncertain: CONFIRM_ROUTE,
    },
  ],
};
