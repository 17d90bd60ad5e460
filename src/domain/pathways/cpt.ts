/**
 * Certified Phlebotomy Technician, CPT (NHA): the National Healthcareer Association.
 * Checked 2026-11-25: the 30 venipunctures and 10 capillary sticks are on NHA's own page (2022);
 * the eligibility pathways come from secondary sources and are marked uncertain.
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { HIGH_SCHOOL_DETAIL, PHLEBOTOMY_AREAS } from './phlebotomy';

const NHA_CPT_COLLECTIONS: Source = {
  publisher: 'National Healthcareer Association',
  title: 'CPT certification: venipuncture and capillary stick requirement',
  url: 'https://info.nhanow.com/mediacenter/topic/cpt-certification',
  checkedOn: '2026-11-25',
};

const CONFIRM_ELIGIBILITY =
  "The training and experience options come from study guides, not NHA's own pages (which disagree on a second experience option). Confirm in NHA's candidate handbook.";

export const CPT_PATHWAY: Pathway = {
  id: 'cpt',
  name: 'Certified Phlebotomy Technician (NHA)',
  credential: 'CPT (NHA)',
  summary:
    'National Healthcareer Association: a high school diploma, a phlebotomy training program within the last five years (or a year of supervised work), at least 30 venipunctures and 10 capillary sticks on live people, then the CPT exam.',
  requirements: [
    {
      key: 'high-school',
      area: 'degree',
      title: 'High school diploma or equivalent',
      detail: HIGH_SCHOOL_DETAIL,
      source: NHA_CPT_COLLECTIONS,
      metBy: { kind: 'degree' },
    },
    {
      key: 'cpt-training',
      area: 'degree',
      title:
        'Complete a phlebotomy training program within the last 5 years, or 1 year of supervised phlebotomy work within the last 3',
      detail: 'Either one qualifies you to sit the exam.',
      source: NHA_CPT_COLLECTIONS,
      uncertain: CONFIRM_ELIGIBILITY,
    },
    {
      key: 'cpt-collections',
      area: 'clinical',
      title: 'At least 30 successful venipunctures and 10 capillary sticks on live people',
      detail: 'Log them with your clinical entries; a supervisor signs them off.',
      source: NHA_CPT_COLLECTIONS,
      metBy: { kind: 'clinical' },
    },
    {
      key: 'cpt-exam-application',
      area: 'exam',
      title: 'Apply for the NHA CPT exam',
      detail: 'Through your NHA account, with proof of training or experience.',
      source: NHA_CPT_COLLECTIONS,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'cpt-exam-pass',
      area: 'exam',
      title: 'Pass the NHA Certified Phlebotomy Technician (CPT) exam',
      detail: 'Keeping the credential takes 10 continuing-education credits every two years.',
      source: NHA_CPT_COLLECTIONS,
      metBy: { kind: 'exam-passed' },
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { level: 'high-school', coursework: [], source: NHA_CPT_COLLECTIONS },
  clinical: {
    areas: PHLEBOTOMY_AREAS,
    countsUnverified: false,
    counts: [
      {
        id: 'cpt-venipunctures',
        label: 'Successful venipunctures',
        kinds: ['venipuncture'],
        required: 30,
        source: NHA_CPT_COLLECTIONS,
      },
      {
        id: 'cpt-capillary',
        label: 'Successful capillary sticks',
        kinds: ['skin-puncture'],
        required: 10,
        source: NHA_CPT_COLLECTIONS,
      },
    ],
    note: 'NHA sets no clinical hours, but asks for at least 30 successful venipunctures and 10 capillary sticks on live people. Only collections your supervisor has signed off count.',
    source: NHA_CPT_COLLECTIONS,
  },
  exams: ['nha-cpt', 'ascp-pbt'],
};
