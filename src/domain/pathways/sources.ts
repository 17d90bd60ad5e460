/**
 * The pages each built-in requirement cites, with the date they were last checked.
 * One place for a URL, so a moved page is fixed once.
 */
import type { Source } from '../types';

const CHECKED_ON = '2026-11-25';

export const ASCP_GET_CREDENTIALED: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Get credentialed: eligibility by credential',
  url: 'https://www.ascp.org/content/board-of-certification/get-credentialed',
  checkedOn: CHECKED_ON,
};

export const ASCP_MLS: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Medical Laboratory Scientist, MLS(ASCP)',
  url: 'https://www.ascp.org/content/board-of-certification/i-am-mls/',
  checkedOn: CHECKED_ON,
};

export const AHA_COURSE_CARDS: Source = {
  publisher: 'American Heart Association',
  title: 'Course card information',
  url: 'https://cpr.heart.org/en/resources/course-card-information',
  checkedOn: CHECKED_ON,
};

export const RED_CROSS_CPR: Source = {
  publisher: 'American Red Cross',
  title: 'CPR, AED and First Aid classes',
  url: 'https://www.redcross.org/take-a-class/cpr',
  checkedOn: CHECKED_ON,
};

export const ASCP_PBT: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Phlebotomy Technician, PBT(ASCP)',
  url: 'https://www.ascp.org/boc/explore-credentials/view-all-credentials/PBT',
  checkedOn: CHECKED_ON,
};

export const NHA_CPT_COLLECTIONS: Source = {
  publisher: 'National Healthcareer Association',
  title: 'CPT certification: venipuncture and capillary stick requirement',
  url: 'https://info.nhanow.com/mediacenter/topic/cpt-certification',
  checkedOn: CHECKED_ON,
};

export const PTCB_PATHWAYS: Source = {
  publisher: 'Pharmacy Technician Certification Board',
  title: 'Applying for CPhT: Pathway 1 (recognized program) and Pathway 2 (500 hours of work)',
  url: 'https://ptcb.zendesk.com/hc/en-us/articles/360037272352-I-have-not-yet-completed-an-education-training-program-Can-I-apply-for-CPhT-Certification-and-take-the-PTCE-before-completing-it',
  checkedOn: CHECKED_ON,
};

export const PTCB_PROGRAMS: Source = {
  publisher: 'Pharmacy Technician Certification Board',
  title: 'PTCB-Recognized Education/Training Program Directory',
  url: 'https://www.ptcb.org/educators/ptcb-recognized-education-training-program-directory',
  checkedOn: CHECKED_ON,
};

export const NCCAA_HISTORY: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'Our history: the Certifying Examination for Anesthesiologist Assistants',
  url: 'https://www.aa-nccaa.org/about/our-history',
  checkedOn: CHECKED_ON,
};

export const NCCAA_CME: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'CME registration',
  url: 'https://nccaatest.org/examinfocme',
  checkedOn: CHECKED_ON,
};

export const AAAA_CERTIFICATION: Source = {
  publisher: 'American Academy of Anesthesiologist Assistants',
  title: 'Certification and practice map',
  url: 'https://www.anesthetist.org/certifcation-practice-map',
  checkedOn: CHECKED_ON,
};
