/**
 * Pharmacy Technician, CPhT: PTCB (the PTCE) or NHA (the ExCPT). Checked 2026-11-25 on PTCB's
 * help centre: Pathway 1 is a PTCB-recognized program (apply up to 60 days before finishing),
 * Pathway 2 is at least 500 hours of work, a 90-day window to schedule and sit the PTCE once
 * approved, and recertification every 2 years (20 hours of CE, renewal opening 60 days before the
 * expiry, a late fee after 30 days before it).
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { PTCB_RECERTIFY } from './sources';

const PTCB_PATHWAYS: Source = {
  publisher: 'Pharmacy Technician Certification Board',
  title: 'Applying for CPhT: Pathway 1 (recognized program) and Pathway 2 (500 hours of work)',
  url: 'https://ptcb.zendesk.com/hc/en-us/articles/360037272352-I-have-not-yet-completed-an-education-training-program-Can-I-apply-for-CPhT-Certification-and-take-the-PTCE-before-completing-it',
  checkedOn: '2026-11-25',
  figures: ['60 days', '500 hours'],
};

const PTCB_SCHEDULING: Source = {
  publisher: 'Pharmacy Technician Certification Board',
  title: 'What is the applying and scheduling process for a sponsored candidate?',
  url: 'https://ptcb.zendesk.com/hc/en-us/articles/207084877-What-is-the-applying-and-scheduling-process-for-a-sponsored-candidate-',
  checkedOn: '2026-11-25',
  figures: ['90 days'],
};

const PTCB_PROGRAMS: Source = {
  publisher: 'Pharmacy Technician Certification Board',
  title: 'PTCB-Recognized Education/Training Program Directory',
  url: 'https://www.ptcb.org/educators/ptcb-recognized-education-training-program-directory',
  checkedOn: '2026-11-25',
};

export const PHARMACY_TECHNICIAN_PATHWAY: Pathway = {
  id: 'cpht',
  name: 'Pharmacy Technician',
  credential: 'CPhT (PTCB or NHA)',
  summary:
    'PTCB: a PTCB-recognized education/training program (Pathway 1) or at least 500 hours of pharmacy technician work (Pathway 2), then the PTCE. NHA offers the ExCPT. Both credentials are renewed every two years with continuing education.',
  requirements: [
    {
      key: 'cpht-program',
      area: 'degree',
      title: 'Complete a PTCB-Recognized Education/Training Program (Pathway 1)',
      detail:
        "PTCB's directory lists the recognized programs. You may apply and sit the PTCE up to 60 days before you finish, then send proof of completion. Pathway 2 (500 hours of work) is the alternative: see Clinical experience.",
      source: PTCB_PATHWAYS,
      uncertain:
        "Accredited programs (ASHP/ACPE, ABHES) have counted as recognized; check that yours is in PTCB's directory (ptcb.org, PTCB-Recognized Education/Training Program Directory).",
    },
    {
      key: 'cpht-experience',
      area: 'clinical',
      title: 'Externship hours, or at least 500 hours of pharmacy technician work (Pathway 2)',
      detail:
        'Programs set their own externship hours. On Pathway 2 you attest to 500 hours of work experience when you apply: set 500 as your target in Clinical hours.',
      source: PTCB_PATHWAYS,
      metBy: { kind: 'clinical' },
    },
    {
      key: 'cpht-exam-application',
      area: 'exam',
      title: 'Apply for CPhT certification (PTCE) or the NHA ExCPT',
      detail:
        'Once PTCB approves your application you have 90 days to schedule and sit the PTCE: enter the end of that window on the Exam screen. NHA sets its own window for the ExCPT.',
      source: PTCB_SCHEDULING,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'cpht-exam-pass',
      area: 'exam',
      title: 'Pass the PTCE (or the NHA ExCPT)',
      detail: 'Passing earns the CPhT credential.',
      source: PTCB_PATHWAYS,
      metBy: { kind: 'exam-passed' },
    },
    {
      key: 'cpht-recertification',
      area: 'exam',
      title: 'Plan recertification: every 2 years, with 20 hours of continuing education',
      detail:
        "PTCB asks for 20 hours in each 2-year cycle, including 1 hour of pharmacy law and 1 hour of patient safety. Renewal opens 60 days before your certification expires; apply at least 30 days before it to avoid a $25 late fee. If you hold NHA's credential instead, NHA's renewal page sets its rules.",
      source: PTCB_RECERTIFY,
      uncertain:
        "PTCB's older continuing-education page allowed at most 10 of the 20 hours from a relevant college course; its current help-centre article does not say. Confirm in your PTCB account before counting a course.",
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { coursework: [], source: PTCB_PROGRAMS },
  clinical: {
    areas: [
      { id: 'community', label: 'Community (retail) pharmacy' },
      { id: 'hospital', label: 'Hospital or institutional pharmacy' },
      { id: 'compounding', label: 'Sterile and non-sterile compounding' },
      { id: 'other', label: 'Other pharmacy work' },
    ],
    countsUnverified: false,
    counts: [],
    note: "PTCB's Pathway 2 asks for at least 500 hours of pharmacy technician work; a program's externship sets its own hours. Enter the figure that applies to you. Only hours your supervisor has signed off count.",
    source: PTCB_PATHWAYS,
  },
  exams: ['ptcb-ptce', 'nha-excpt'],
};
