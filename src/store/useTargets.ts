/**
 * Selectors for targets: readiness per target as of its date, soonest first, archived apart; and
 * the clearances each target's own rules judge on its date (the Clearances screen, which loads
 * these with the Targets screen's). Derived with the pure domain functions, memoised on the
 * slices they read (and record verdicts on theirs, verdict-cache.ts), never stored.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { groupIntoSeries } from '../domain/certifications';
import type { CertificationSeries } from '../domain/certifications';
import { evidenceBy } from '../domain/evidence';
import { clinicalAreaLabel } from '../domain/hours';
import { targetReadiness } from '../domain/target-readiness';
import type { TargetData, TargetReadiness } from '../domain/target-readiness';
import type { Target } from '../domain/types';
import { clearanceStatus, judgeClearance } from '../domain/clearances';
import type { ClearanceJudgement } from '../domain/clearances';
import { CLEARANCE_KINDS } from '../domain/clearance-kinds';
import type { ClearanceKind } from '../domain/clearance-kinds';
import type { Clearance, EvidenceFileInfo, RecordVerdict } from '../domain/types';
import { useAppStore } from './app-store';
import { trackedClinicalFigures } from './clinical-figures';
import { useRecords } from './useRecords';
import { judgeRecords } from './verdict-cache';

/** What every target is judged from, changing only when one of its slices does. */
function useTargetData(): TargetData {
  const { requirementStates, customRequirements, clearances, warningDays } = useAppStore(
    useShallow((state) => ({
      requirementStates: state.snapshot.requirementStates,
      customRequirements: state.snapshot.customRequirements,
      clearances: state.snapshot.clearances,
      warningDays: state.snapshot.settings.warningDays,
    })),
  );
  const records = useRecords();
  return useMemo(
    () => ({ requirementStates, customRequirements, records, clearances, warningDays }),
    [requirementStates, customRequirements, records, clearances, warningDays],
  );
}

export interface TargetsView {
  active: TargetReadiness[];
  archived: Target[];
}

export function useTargets(): TargetsView {
  const targets = useAppStore((state) => state.snapshot.targets);
  const today = useAppStore((state) => state.today);
  const data = useTargetData();
  return useMemo(() => {
    const bySoonest = [...targets].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return {
      active: bySoonest
        .filter((target) => !target.archived)
        .map((target) => targetReadiness(target, data, today, judgeRecords)),
      archived: bySoonest.filter((target) => target.archived),
    };
  }, [targets, data, today]);
}

export interface ReportView {
  readiness: TargetReadiness;
  studentName: string | undefined;
  today: string;
  hoursByArea: { label: string; counted: number; unverified: number }[];
  totals: { counted: number; unverified: number };
  certifications: CertificationSeries[];
  /** How many evidence files each requirement (by key) and each clearance (by id) has. */
  evidenceCounts: {
    requirements: ReadonlyMap<string, number>;
    clearances: ReadonlyMap<string, number>;
  };
}

/** Everything the printable report for one target shows, or undefined for an unknown target. */
export function useReport(targetId: string): ReportView | undefined {
  const targets = useAppStore((state) => state.snapshot.targets);
  const evidenceFiles = useAppStore((state) => state.snapshot.evidenceFiles);
  const studentName = useAppStore((state) => state.snapshot.settings.studentName);
  const today = useAppStore((state) => state.today);
  const data = useTargetData();
  return useMemo(() => {
    const target = targets.find((candidate) => candidate.id === targetId);
    if (!target) return undefined;
    const readiness = targetReadiness(target, data, today, judgeRecords);
    const rules = readiness.pathway.clinical;
    const { totals } = trackedClinicalFigures(
      data.records.clinicalEntries,
      today,
      rules.countsUnverified,
    );
    const hoursByArea = [...totals.byArea].map(([area, split]) => ({
      label: clinicalAreaLabel(rules, area),
      counted: split.counted,
      unverified: rules.countsUnverified ? 0 : split.unverified,
    }));
    return {
      readiness,
      studentName,
      today,
      hoursByArea,
      totals: {
        counted: totals.counted,
        unverified: rules.countsUnverified ? 0 : totals.unverified,
      },
      certifications: groupIntoSeries(data.records.certifications),
      evidenceCounts: {
        requirements: counted(evidenceBy(evidenceFiles, 'requirementKey')),
        clearances: counted(evidenceBy(evidenceFiles, 'clearanceId')),
      },
    };
  }, [targets, evidenceFiles, studentName, data, today, targetId]);
}

function counted(byOwner: ReadonlyMap<string, readonly unknown[]>): ReadonlyMap<string, number> {
  return new Map([...byOwner].map(([owner, files]) => [owner, files.length]));
}

export interface ClearanceView {
  clearance: Clearance;
  status: RecordVerdict;
  evidence: EvidenceFileInfo[];
}

export interface ClearancesView {
  /** Records of each kind, newest first; kinds with none are absent. */
  byKind: ReadonlyMap<ClearanceKind, ClearanceView[]>;
  /** Each active target's rules, judged on its date. */
  forTargets: { target: Target; judgements: ClearanceJudgement[] }[];
}

function newestFirst(a: Clearance, b: Clearance): number {
  const date = (clearance: Clearance) =>
    [...(clearance.doses ?? []), clearance.testedOn ?? ''].sort().at(-1) ?? '';
  return date(b).localeCompare(date(a)) || b.createdAt.localeCompare(a.createdAt);
}

export function useClearances(): ClearancesView {
  const { clearances, evidenceFiles, targets } = useAppStore(
    useShallow((state) => ({
      clearances: state.snapshot.clearances,
      evidenceFiles: state.snapshot.evidenceFiles,
      targets: state.snapshot.targets,
    })),
  );
  const today = useAppStore((state) => state.today);
  return useMemo(() => {
    const evidence = evidenceBy(evidenceFiles, 'clearanceId');
    const byKind = new Map<ClearanceKind, ClearanceView[]>();
    for (const kind of CLEARANCE_KINDS) {
      const views = clearances
        .filter((clearance) => clearance.kind === kind)
        .sort(newestFirst)
        .map((clearance) => ({
          clearance,
          status: clearanceStatus(clearance, today),
          evidence: evidence.get(clearance.id) ?? [],
        }));
      if (views.length > 0) byKind.set(kind, views);
    }
    const forTargets = targets
      .filter((target) => !target.archived && (target.clearances?.length ?? 0) > 0)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((target) => ({
        target,
        judgements: (target.clearances ?? []).map((rule) =>
          judgeClearance(rule, clearances, target, today),
        ),
      }));
    return { byKind, forTargets };
  }, [clearances, evidenceFiles, targets, today]);
}
