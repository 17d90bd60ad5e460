/**
 * A ring that fills with progress. The number is always written beside it by the caller;
 * the ring itself is a progressbar so screen readers get the figure too.
 */
interface ProgressRingProps {
  complete: number;
  total: number;
  label: string;
  size?: number;
}

export function ProgressRing({ complete, total, label, size = 96 }: ProgressRingProps) {
  const stroke = 10;
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const fraction = total === 0 ? 0 : Math.min(1, complete / total);
  return (
    <div
      className="progress-ring"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={complete}
      aria-valuetext={`${complete} of ${total} complete`}
    >
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
        <circle
          className="progress-ring__track"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          strokeWidth={stroke}
          fill="none"
        />
        <circle
          className="progress-ring__fill"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          strokeWidth={stroke}
          fill="none"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - fraction)}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
        />
      </svg>
      <span className="progress-ring__percent" aria-hidden="true">
        {Math.floor(fraction * 100)}%
      </span>
    </div>
  );
}
