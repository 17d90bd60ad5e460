/**
 * Anesthesiologist Assistant, CAA (NCCAA). Checked 2026-11-25 on NCCAA's own pages: eligibility
 * (graduation from an anesthesiologist assistant program at an accredited institution), CME (50
 * hours by 1 June, a late window to 31 August, registration every two years) and the CDQ exam
 * (years 4, 10, 20 …). The AAAA's association page is cited only for state practice: its CME and
 * CDQ figures (40 hours, every 6 years) are out of date.
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { NCCAA_CME, NCCAA_CME_CYCLE } from './sources';

const NCCAA_HISTORY: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'Our history: the Certifying Examination for Anesthesiologist Assistants',
  url: 'https://www.aa-nccaa.org/about/our-history',
  checkedOn: '2026-11-25',
};

const NCCAA_ELIGIBILITY: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'Certification exam: eligibility',
  url: 'https://nccaa.org/certifyeligibility',
  checkedOn: '2026-11-25',
};

const NCCAA_CDQ: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'CDQ exam: eligibility',
  url: 'https://nccaatest.org/cdqeligibility',
  checkedOn: '2026-11-25',
};

const AAAA_PRACTICE_MAP: Source = {
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
    'An anesthesiologist assistant master’s program, then the NCCAA Certifying Examination. Certification is kept by registering CME every two years by 1 June and passing the CDQ exam in year 4 and then years 10, 20 and so on. State practice rights vary.',
  requirements: [
    {
      key: 'caa-degree',
      area: 'degree',
      title: "Master's degree from an accredited anesthesiologist assistant program",
      detail:
        'NCCAA asks that you have graduated from an anesthesiologist assistant program at an institution accredited by an agency the US Department of Education or CHEA recognizes.',
      source: NCCAA_ELIGIBILITY,
      uncertain:
        "Whether students in their last semester may still apply: the AAAA's older page says so, but NCCAA's current eligibility page asks for graduation. Confirm with NCCAA before you plan your exam date.",
      metBy: { kind: 'degree' },
    },
    {
      key: 'caa-clinical',
      area: 'clinical',
      title: "Complete your program's clinical anesthesia rotations",
      detail: 'Your program sets the hours and cases: enter its figures in Clinical hours.',
      source: NCCAA_ELIGIBILITY,
      metBy: { kind: 'clinical' },
    },
    {
      key: 'caa-exam-application',
      area: 'exam',
      title: 'Apply for the NCCAA Certifying Examination',
      detail: 'Apply through your NCCAA account for a sitting after you graduate.',
      source: NCCAA_ELIGIBILITY,
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
      title: 'Keep certification: register your CME every 2 years by 1 June',
      detail:
        'NCCAA lists practitioners as certified only while their CME registration is current.',
      source: NCCAA_CME_CYCLE,
    },
    {
      key: 'caa-cme-hours',
      area: 'exam',
      title: 'Register 50 hours of CME by 1 June in each year it falls due',
      detail:
        'Miss 1 June and NCCAA counts your certification as expired; you then have until 31 August to register with a late fee, after which you are decertified and must apply again.',
      source: NCCAA_CME,
    },
    {
      key: 'caa-cdq',
      area: 'exam',
      title:
        'Pass the CDQ exam (Continued Demonstration of Qualifications) in year 4 of certification, then in years 10, 20 and so on',
      detail:
        'Your eligibility runs over three consecutive CDQ offerings, starting with the June sitting of the year it falls due; missing or failing a sitting uses one of them.',
      source: NCCAA_CDQ,
    },
    {
      key: 'caa-state-practice',
      area: 'clinical',
      title: 'Check that your state licenses or allows CAA practice',
      detail: 'Practice rights and licensing vary by state.',
      source: AAAA_PRACTICE_MAP,
      uncertain: 'The list of states changes: check with the state medical board.',
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { level: 'master', coursework: [], source: NCCAA_ELIGIBILITY },
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
    source: NCCAA_ELIGIBILITY,
  },
  exams: ['nccaa'],
};
