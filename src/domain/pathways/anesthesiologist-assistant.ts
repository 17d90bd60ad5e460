/**
 * Anesthesiologist Assistant, CAA (NCCAA). Checked 2026-11-25: the Certifying Examination and
 * the CDQ cycle on NCCAA's own pages; eligibility (a CAAHEP-accredited master's program, students
 * in the last semester may apply) on the AAAA's page; CME hours marked uncertain (40 or 50).
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';

const NCCAA_HISTORY: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'Our history: the Certifying Examination for Anesthesiologist Assistants',
  url: 'https://www.aa-nccaa.org/about/our-history',
  checkedOn: '2026-11-25',
};

const NCCAA_CME: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'CME registration',
  url: 'https://nccaatest.org/examinfocme',
  checkedOn: '2026-11-25',
};

const AAAA_CERTIFICATION: Source = {
  publisher: 'American Academy of Anesthesiologist Assistants',
  title: 'Certification and practice map',
  url: 'https://www.anesthetist.org/certifcation-practice-map',
  checkedOn: '2026-11-25',
};

export const ANESTHESIOLOGIST_ASSISTANT_PATHWAY: Pathway = {
  id: 'caa',
  name: 'Anesthesiologist Assistant',
  credential: 'CAA (NCCAA)',
  summary:
    'A CAAHEP-accredited anesthesiologist assistant master’s program (students in their last semester may apply), then the NCCAA Certifying Examination. Certification is kept with CME every two years and the CDQ exam. State practice rights vary.',
  requirements: [
    {
      key: 'caa-degree',
      area: 'degree',
      title: "Master's degree from a CAAHEP-accredited anesthesiologist assistant program",
      detail:
        'Graduates, or students in the last semester of an accredited program, may apply for initial certification.',
      source: AAAA_CERTIFICATION,
      metBy: { kind: 'degree' },
    },
    {
      key: 'caa-clinical',
      area: 'clinical',
      title: "Complete your program's clinical anesthesia rotations",
      detail: 'Your program sets the hours and cases: enter its figures in Clinical hours.',
      source: AAAA_CERTIFICATION,
      metBy: { kind: 'clinical' },
    },
    {
      key: 'caa-exam-application',
      area: 'exam',
      title: 'Apply for the NCCAA Certifying Examination',
      detail:
        'Offered several times a year; apply for the sitting after you finish, or in your last semester.',
      source: NCCAA_HISTORY,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'caa-exam-pass',
      area: 'exam',
      title: 'Pass the Certifying Examination for Anesthesiologist Assistants',
      detail:
        'Given with the National Board of Medical Examiners; passing grants the CAA credential.',
      source: NCCAA_HISTORY,
      metBy: { kind: 'exam-passed' },
    },
    {
      key: 'caa-continued-certification',
      area: 'exam',
      title:
        'Keep certification: CME every 2 years by 1 June, and the CDQ exam in year 4, then every 10 years',
      detail:
        'NCCAA lists practitioners as certified only while their CME registration is current; the CDQ exam (Continued Demonstration of Qualifications) falls in years 4, 10, 20 and so on.',
      source: NCCAA_CME,
      uncertain:
        "NCCAA's pages give both 40 and 50 CME hours per two-year cycle (50 on the newer page). Confirm the figure for your cycle in your NCCAA account.",
    },
    {
      key: 'caa-state-practice',
      area: 'clinical',
      title: 'Check that your state licenses or allows CAA practice',
      detail: 'Practice rights and licensing vary by state.',
      source: AAAA_CERTIFICATION,
      uncertain: 'The list of states changes: check with the state medical board.',
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { level: 'master', coursework: [], source: AAAA_CERTIFICATION },
  clinical: {
    areas: [
      { id: 'general', label: 'General anesthesia' },
      { id: 'regional', label: 'Regional anesthesia' },
      { id: 'pediatric', label: 'Pediatric anesthesia' },
      { id: 'cardiac', label: 'Cardiac anesthesia' },
      { id: 'obstetric', label: 'Obstetric anesthesia' },
      { id: 'other', label: 'Other rotations' },
    ],
    countsUnverified: false,
    counts: [],
    note: 'Your accredited program sets the clinical hours and cases: enter its figures as your targets. Only hours your supervisor has signed off count.',
    source: AAAA_CERTIFICATION,
  },
  exams: ['nccaa'],
};
