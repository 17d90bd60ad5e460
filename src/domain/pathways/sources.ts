/**
 * The pages that more than one pathway cites, with the date they were last checked, so a moved
 * page is fixed once. A page only one pathway cites sits in that pathway's file.
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
  figures: ['2 years'],
};

export const PTCB_RECERTIFY: Source = {
  publisher: 'Pharmacy Technician Certification Board',
  title: 'How do I recertify my CPhT Certification?',
  url: 'https://ptcb.zendesk.com/hc/en-us/articles/206879047-How-do-I-recertify-my-CPhT-Certification',
  checkedOn: CHECKED_ON,
  figures: ['20 hours', '1 hours', '2 years', '60 days', '30 days', '$25', '$49'],
};

export const NHA_CPHT_RENEW: Source = {
  publisher: 'National Healthcareer Association',
  title: 'How to renew your NHA CPhT certification',
  url: 'https://nhanow.com/certifications/pharmacy-technician/renew',
  checkedOn: CHECKED_ON,
  figures: ['2 years', '20 hours', '1 hours', '10 credits', '$55'],
};

export const NHA_PROVISIONAL: Source = {
  publisher: 'National Healthcareer Association',
  title: 'How to update a provisional certification',
  url: 'https://knowledge.nhanow.com/how-to-update-a-provisional-certification',
  checkedOn: CHECKED_ON,
  figures: ['2 years', '1 years'],
};

export const NCCAA_CME: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'CME',
  url: 'https://nccaatest.org/examinfocme',
  checkedOn: CHECKED_ON,
  figures: ['50 hours', '1 June', '31 August'],
};

export const NCCAA_CME_LATE: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'CME: non-compliance',
  url: 'https://nccaa.org/cmenoncompliance',
  checkedOn: CHECKED_ON,
  figures: ['1 June', '31 August', '1 September', '$600'],
};

export const NCCAA_CME_CYCLE: Source = {
  publisher: 'National Commission for Certification of Anesthesiologist Assistants',
  title: 'FAQ: what causes delays in processing exam applications and CME registration?',
  url: 'http://www.aa-nccaa.org/FAQRetrieve.aspx?ID=45735&Q=',
  checkedOn: CHECKED_ON,
  figures: ['2 years', '1 June'],
};

export const ASCP_CMP_CYCLE: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Enter and allocate CMP points',
  url: 'https://www.ascp.org/boc/maintain-your-credentials/manage-your-CE/enter-allocate-CMP',
  checkedOn: CHECKED_ON,
  figures: ['3 years'],
};

/*
 * ASCP BOC's own route pages could not be re-read on 2026-11-25. The route figures below are
 * cited to the study guides that were read, which quote the BOC; every requirement resting on
 * them is marked "To confirm" with the BOC page to check.
 */

export const MLT_ROUTE_1_GUIDE: Source = {
  publisher: 'MLSI Academy (study guide quoting ASCP BOC; secondary)',
  title: 'ASCP MLT Route 1: what are the eligibility requirements?',
  url: 'https://mlsiacademy.com/blog/ascp-mlt-route-1',
  checkedOn: CHECKED_ON,
  figures: ['60 semester hours', '5 years'],
};

export const MLT_ROUTES_GUIDE: Source = {
  publisher: 'MLSI Academy (study guide quoting ASCP BOC; secondary)',
  title: 'ASCP MLT routes: how to determine eligibility',
  url: 'https://mlsiacademy.com/ke74',
  checkedOn: CHECKED_ON,
  figures: ['60 semester hours', '6 semester hours', '50 weeks', '3 years'],
};

export const MLS_ROUTE_2_GUIDE: Source = {
  publisher: 'MLSI Academy (study guide quoting ASCP BOC; secondary)',
  title: 'MLS ASCP Route 2: are you eligible for it?',
  url: 'https://mlsiacademy.com/blog/mls-ascp-route-2',
  checkedOn: CHECKED_ON,
  figures: ['16 semester hours', '2 years'],
};

export const ASCP_ACCREDITED_COLLEGE: Source = {
  publisher: 'ASCP Board of Certification',
  title: 'Documentation guidelines: accredited college/university',
  url: 'https://www.ascp.org/boc/earn-a-credential/application-process/documentation-guidelines/accredited-college-university',
  checkedOn: CHECKED_ON,
};
