/**
 * Selectors for certifications: the series (current card and history) with their verdicts today
 * and on the application date, and the attention list behind the banner. Evidence per card is
 * useEvidence.ts's, read by the Certifications screen only (the banner never needs it).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { groupIntoSeries, needingAttention } from '../domain/certifications';
import type { AttentionItem, CertificationSeries } from '../domain/certifications';
import { assess } from '../domain/expiry';
import type { ExpiryAssessment, ExpiryContext } from '../domain/expiry';
import { useAppStore } from './app-store';

export interface SeriesView extends CertificationSeries {
  assessment: ExpiryAssessment;
}

export interface CertificationsView {
  context: ExpiryContext;
  series: SeriesView[];
  attention: AttentionItem[];
}

export function useCertifications(): CertificationsView {
  const { certifications, applicationDate, warningDays } = useAppStore(
    useShallow((state) => ({
      certifications: state.snapshot.certifications,
      applicationDate: state.snapshot.settings.applicationDate,
      warningDays: state.snapshot.settings.warningDays,
    })),
  );
  const today = useAppStore((state) => state.today);
  // Memoised on the cards and the dates only: logging hours recomputes none of it.
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
    return {
      context,
      series,
      attention: needingAttention(certifications, context),
    };
  }, [certifications, applicationDate, warningDays, today]);
}
