/**
 * Medical Laboratory Scientist, MLS(ASCP): Route 1 of the ASCP Board of Certification, with the
 * science coursework Route 2 names. Facts checked 2026-11-25 (Route 3 ended on 1 Jan 2023).
 */
import type { Pathway } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { LABORATORY_CLINICAL } from './laboratory';
import { ASCP_MLS } from './sources';

const CONFIRM_ROUTE =
  "Route wording agrees across study guides (mid-2026), but the routes were not shown in the part of ASCP BOC's MLS page that could be re-read. Confirm with ASCP BOC before you apply.";

export const MLS_PATHWAY: Pathway = {
  id: 'mls',
  name: 'Medical Laboratory Scientist',
  credential: 'MLS(ASCP)',
  summary:
    "ASCP Board of Certification, Route 1: a bachelor's degree and a NAACLS-accredited MLS program completed within the last five years, then the MLS(ASCP) exam.",
  requirements: [
    {
      key: 'mls-degree',
      area: 'degree',
      title: "Bachelor's degree from an accredited college or university",
      detail: 'A baccalaureate degree from a regionally accredited college or university.',
      source: ASCP_MLS,
      uncertain: CONFIRM_ROUTE,
      metBy: { kind: 'degree' },
    },
    {
      key: 'mls-science-coursework',
      area: 'degree',
      title: 'Biology and chemistry coursework',
      detail:
        'Route 2 names 16 semester hours of biology (including one semester of microbiology) and 16 of chemistry (including one semester of organic chemistry or biochemistry). MLS programs set their own prerequisites, usually along these lines.',
      source: ASCP_MLS,
      uncertain: CONFIRM_ROUTE,
    },
    {
      key: 'mls-program',
      area: 'degree',
      title: 'Complete a NAACLS-accredited MLS program',
      detail:
        'Route 1 counts the program only if you completed it within the last five years when you apply.',
      source: ASCP_MLS,
      uncertain: CONFIRM_ROUTE,
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
      source: ASCP_MLS,
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
  degree: {
    level: 'bachelor',
    coursework: [
      { subject: 'biology', semesterHours: 16, note: 'including one semester of microbiology' },
      {
        subject: 'chemistry',
        semesterHours: 16,
        note: 'including one semester of organic chemistry or biochemistry',
      },
    ],
    source: ASCP_MLS,
    uncertain: CONFIRM_ROUTE,
  },
  clinical: LABORATORY_CLINICAL,
  exams: ['ascp-mls', 'amt-mls'],
};
