/**
 * The student's records that verdicts read, selected slice by slice: the object changes only when
 * one of its slices does (a tick on the checklist leaves it alone).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { StudentRecords } from '../domain/verdicts';
import { useAppStore } from './app-store';

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
