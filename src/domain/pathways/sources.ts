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
};

export const RED_CROSS_CPR: Source = {
  publisher: 'American Red Cross',
  title: 'CPR, AED and First Aid classes',
  url: 'https://www.redcross.org/take-a-class/cpr',
  checkedOn: CHECKED_ON,
};
