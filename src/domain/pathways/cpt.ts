/**
 * Certified Phlebotomy Technician, CPT (NHA): the National Healthcareer Association.
 * Checked 2026-11-25: the 30 venipunctures and 10 capillary sticks are on NHA's own page (2022);
 * provisional certification before graduation and the 10 CE credits every two years on NHA's
 * pages; the training and experience options come from a study guide and are marked uncertain.
 */
import type { Pathway, Source } from '../types';
import { CPR_BLS, FIRST_AID } from './cpr-first-aid';
import { PHLEBOTOMY_AREAS } from './phlebotomy';
import { NHA_PROVISIONAL } from './sources';

const NHA_CPT_COLLECTIONS: Source = {
  publisher: 'National Healthcareer Association',
  title: 'CPT certification: venipuncture and capillary stick requirement',
  url: 'https://info.nhanow.com/mediacenter/topic/cpt-certification',
  checkedOn: '2026-11-25',
  figures: ['30 venipunctures', '10 capillary sticks'],
};

const CPT_ELIGIBILITY_GUIDE: Source = {
  publisher: 'Open Exam Prep (study guide; secondary)',
  title: 'NHA CPT: eligibility and application',
  url: 'https://open-exam-prep.com/study-guides/nha-cpt/introduction/eligibility',
  checkedOn: '2026-11-25',
  figures: ['5 years', '1 years', '3 years', '30 venipunctures', '10 capillary sticks'],
};

const NHA_CONTINUING_EDUCATION: Source = {
  publisher: 'National Healthcareer Association',
  title: 'NHA continuing education',
  url: 'https://www.nhanow.com/certification/Before-After-Certification/continuing-education',
  checkedOn: '2026-11-25',
  figures: ['10 credits', '2 years', '2 hours', '1 credits'],
};

const CONFIRM_ELIGIBILITY =
  "The training and experience options come from study guides, not NHA's own pages (which disagree on a second experience option). Confirm in NHA's candidate handbook.";

export const CPT_PATHWAY: Pathway = {
  id: 'cpt',
  name: 'Certified Phlebotomy Technician (NHA)',
  credential: 'CPT (NHA)',
  summary:
    'National Healthcareer Association: a high school diploma (you may test before you graduate), a phlebotomy training program within the last five years (or a year of supervised work), at least 30 venipunctures and 10 capillary sticks on live people, then the CPT exam.',
  requirements: [
    {
      key: 'high-school',
      area: 'degree',
      title: 'High school diploma or equivalent',
      detail:
        'A high school diploma or an equivalent such as the GED. NHA lets you test before you graduate: a pass then earns a provisional certification, which becomes a 2-year certification once you send NHA proof of graduation within 1 year.',
      source: NHA_PROVISIONAL,
      metBy: { kind: 'degree' },
    },
    {
      key: 'cpt-training',
      area: 'degree',
      title:
        'Complete a phlebotomy training program within the last 5 years, or 1 year of supervised phlebotomy work within the last 3',
      detail: 'Either one qualifies you to sit the exam.',
      source: CPT_ELIGIBILITY_GUIDE,
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
      source: CPT_ELIGIBILITY_GUIDE,
      metBy: { kind: 'exam-applied' },
    },
    {
      key: 'cpt-exam-pass',
      area: 'exam',
      title: 'Pass the NHA Certified Phlebotomy Technician (CPT) exam',
      detail:
        'Keeping the credential takes 10 continuing-education credits every two years (2 hours of continuing education make 1 credit).',
      source: NHA_CONTINUING_EDUCATION,
      uncertain:
        "NHA's continuing-education page states these figures but still carries placeholder text: confirm them in your NHA account.",
      metBy: { kind: 'exam-passed' },
    },
    CPR_BLS,
    FIRST_AID,
  ],
  degree: { level: 'high-school', coursework: [], source: NHA_PROVISIONAL },
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
