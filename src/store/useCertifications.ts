/**
 * Selectors for certifications: the series (current card and history) with their verdicts today
 * and on the application date, the attention list behind the banner, and evidence per card.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { groupIntoSeries, needingAttention } from '../domain/certifications';
import type { AttentionItem, CertificationSeries } from '../domain/certifications';
import { evidenceBy } from '../domain/evidence';
import { assess } from '../domain/expiry';
import type { ExpiryAssessment, ExpiryContext } from '../domain/expiry';
import type { EvidenceFileInfo } from '../domain/types';
import { useAppStore } from './app-store';

export interface SeriesView extends CertificationSeries {
  assessment: ExpiryAssessment;
}

export interface CertificationsView {
  context: ExpiryContext;
  series: SeriesView[];
  attention: AttentionItem[];
  evidenceByCertification: ReadonlyMap<string, EvidenceFileInfo[]>;
}

export function useCertifications(): CertificationsView {
  const { certifications, evidenceFiles, applicationDate, warningDays } = useAppStore(
    useShallow((state) => ({
      certifications: state.snapshot.certifications,
      evidenceFiles: state.snapshot.evidenceFiles,
      applicationDate: state.snapshot.settings.applicationDate,
      warningDays: state.snapshot.settings.warningDays,
    })),
  );
  const today = useAppStore((state) => state.today);
  // Memoised on the cards, their files and the dates only: logging hours recomputes none of it.
  return useMemo(() => {
    const context: ExpiryContext = {
      today,
      warningDays,
      ...(applicationDate ? { applicationDate } : {}),
    };
    const series = groupIntoSeries(certifications).map((entry) => ({
      ...entry,
      assessment: assess(entry.current, context),
    }));
    const evidenceByCertification = evidenceBy(evidenceFiles, 'certificationId');
    return {
      context,
      series,
      attention: needingAttention(certifications, context),
      evidenceByCertification,
    };
  }, [certifications, evidenceFiles, applicationDate, warningDays, today]);
}
