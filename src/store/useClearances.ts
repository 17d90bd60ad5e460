/**
 * Selector for the Clearances screen: each record with its standing today, its evidence, and how
 * every active target that asks for it judges it on the target's date. Memoised on the slices it
 * reads.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { clearanceStatus, judgeClearance } from '../domain/clearances';
import type { ClearanceJudgement } from '../domain/clearances';
import { evidenceBy } from '../domain/evidence';
import { CLEARANCE_KINDS } from '../domain/types';
import type {
  Clearance,
  ClearanceKind,
  EvidenceFileInfo,
  RecordVerdict,
  Target,
} from '../domain/types';
import { useAppStore } from './app-store';

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
