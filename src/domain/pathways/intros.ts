/**
 * Each pathway in plain words for a student choosing where to start: what the job is, the
 * credential, and the usual way there. No figures: the pathway files state those, with sources.
 * Loaded with the welcome only.
 */
import type { PathwayId } from '../types';

export interface PathwayIntro {
  job: string;
  route: string;
}

export const PATHWAY_INTROS: Record<PathwayId, PathwayIntro> = {
  mlt: {
    job: 'Runs tests on blood, urine and other samples in a hospital or clinic laboratory.',
    route: 'Usually an associate degree with an accredited MLT program, then the ASCP exam.',
  },
  mls: {
    job: 'Performs and checks the full range of laboratory tests, and often leads a lab section.',
    route: "Usually a bachelor's degree with an accredited MLS program, then the ASCP exam.",
  },
  pbt: {
    job: 'Draws blood from patients for tests and donations.',
    route: 'Usually a phlebotomy program with practice on real patients, then the ASCP exam.',
  },
  cpt: {
    job: 'Draws blood from patients for tests and donations.',
    route: 'A phlebotomy training program or work experience, then the NHA exam.',
  },
  cpht: {
    job: 'Prepares and dispenses medicines under a pharmacist.',
    route: 'A recognized training program or work experience, then the PTCB or NHA exam.',
  },
  caa: {
    job: 'Helps plan and give anesthesia as part of a team led by an anesthesiologist.',
    route: "A bachelor's degree, then a master's-level AA program, then the NCCAA exam.",
  },
};
