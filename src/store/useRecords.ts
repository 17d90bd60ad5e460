/**
 * The student's records that verdicts read, selected slice by slice: the object changes only when
 * one of its slices does (a tick on the checklist leaves it alone).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { StudentRecords } from '../domain/verdicts';
import type { SliceKey } from '../db/snapshot';
import { useAppStore } from './app-store';

/** The slices `useRecords` reads: verdicts wait for all of them. */
export const RECORD_SLICES: readonly SliceKey[] = [
  'certifications',
  'degree',
  'courses',
  'clinicalEntries',
  'examPlans',
  'settings',
];

export function useRecords(): StudentRecords {
  const slices = useAppStore(
    useShallow((state) => ({
      certifications: state.snapshot.certifications,
      degree: state.snapshot.degree,
      courses: state.snapshot.courses,
      clinicalEntries: state.snapshot.clinicalEntries,
      clinicalTargets: state.snapshot.settings.clinicalTargets,
      examPlans: state.snapshot.examPlans,
    })),
  );
  return useMemo(() => {
    const { degree, ...rest } = slices;
    return { ...rest, ...(degree ? { degree } : {}) };
  }, [slices]);
}
