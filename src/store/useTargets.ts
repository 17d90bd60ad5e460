/**
 * Selector for targets: readiness per target as of its date, soonest first, archived apart.
 * Derived with the pure domain function and memoised on the snapshot, never stored.
 */
import { useMemo } from 'react';
import { groupIntoSeries } from '../domain/certifications';
import type { CertificationSeries } from '../domain/certifications';
import { clinicalTotals } from '../domain/hours';
import { targetReadiness } from '../domain/target-readiness';
import type { TargetReadiness } from '../domain/target-readiness';
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

export interface ReportView {
  readiness: TargetReadiness;
  studentName: string | undefined;
  today: string;
  hoursByArea: { label: string; counted: number; unverified: number }[];
  totals: { counted: number; unverified: number };
  certifications: CertificationSeries[];
}

/** Everything the printable report for one target shows, or undefined for an unknown target. */
export function useReport(targetId: string): ReportView | undefined {
  const snapshot = useAppStore((state) => state.snapshot);
  const today = useAppStore((state) => state.today);
  return useMemo(() => {
    const target = snapshot.targets.find((candidate) => candidate.id === targetId);
    if (!target) return undefined;
    const readiness = targetReadiness(
      target,
      {
        requirementStates: snapshot.requirementStates,
        customRequirements: snapshot.customRequirements,
        records: recordsOf(snapshot),
        warningDays: snapshot.settings.warningDays,
      },
      today,
    );
    const rules = readiness.pathway.clinical;
    const totals = clinicalTotals(snapshot.clinicalEntries, today, rules.countsUnverified);
    const hoursByArea = Object.entries(totals.byArea).map(([area, split]) => ({
      label: rules.areas.find((known) => known.id === area)?.label ?? area,
      counted: split.counted,
      unverified: rules.countsUnverified ? 0 : split.unverified,
    }));
    return {
      readiness,
      studentName: snapshot.settings.studentName,
      today,
      hoursByArea,
      totals: {
        counted: totals.counted,
        unverified: rules.countsUnverified ? 0 : totals.unverified,
      },
      certifications: groupIntoSeries(snapshot.certifications),
    };
  }, [snapshot, today, targetId]);
}
