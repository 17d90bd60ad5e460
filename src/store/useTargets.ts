/**
 * Selector for targets: readiness per target as of its date, soonest first, archived apart.
 * Derived with the pure domain function and memoised on the snapshot, never stored.
 */
import { useMemo } from 'react';
import { targetReadiness } from '../domain/readiness';
import type { TargetReadiness } from '../domain/readiness';
import type { Target } from '../domain/types';
import { useAppStore } from './app-store';
import { recordsOf } from './useChecklist';

export interface TargetsView {
  active: TargetReadiness[];
  archived: Target[];
}

export function useTargets(): TargetsView {
  const snapshot = useAppStore((state) => state.snapshot);
  const today = useAppStore((state) => state.today);
  return useMemo(() => {
    const data = {
      requirementStates: snapshot.requirementStates,
      customRequirements: snapshot.customRequirements,
      records: recordsOf(snapshot),
      warningDays: snapshot.settings.warningDays,
    };
    const bySoonest = [...snapshot.targets].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    return {
      active: bySoonest
        .filter((target) => !target.archived)
        .map((target) => targetReadiness(target, data, today)),
      archived: bySoonest.filter((target) => target.archived),
    };
  }, [snapshot, today]);
}
