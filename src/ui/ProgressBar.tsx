/** A bar that fills with progress, with the figures written beside it ("120 of 200 hours"). */
import { formatNumber } from '../domain/format';

interface ProgressBarProps {
  label: string;
  done: number;
  required: number;
  unit: string;
  /** A second, lighter part after `done`, such as hours not yet signed off. */
  pending?: number;
}

export function ProgressBar({ label, done, required, unit, pending = 0 }: ProgressBarProps) {
  const fraction = required > 0 ? Math.min(1, done / required) : 0;
  const pendingFraction = required > 0 ? Math.min(1 - fraction, pending / required) : 0;
  return (
    <div className="progress-bar">
      <div
        className="progress-bar__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={required}
        aria-valuenow={Math.min(done, required)}
        aria-valuetext={`${formatNumber(done)} of ${formatNumber(required)} ${unit}`}
      >
        <div className="progress-bar__fill" style={{ width: `${fraction * 100}%` }} />
        {pendingFraction > 0 && (
          <div className="progress-bar__pending" style={{ width: `${pendingFraction * 100}%` }} />
        )}
      </div>
      <span className="progress-bar__figures">
        {formatNumber(done)} of {formatNumber(required)} {unit}
        {pending > 0 && ` (+${formatNumber(pending)} unverified)`}
      </span>
    </div>
  );
}
