/**
 * The pairing link as a QR code, for the other device's camera: qrcode-generator makes the module
 * matrix, React draws it as SVG rects (one per run of dark modules in a row), black on white
 * whatever the theme, with the quiet zone scanners need. Loads with the Settings screen only.
 */
import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

/** The light border around the code, in modules: 4 is what the QR standard asks for. */
const QUIET_ZONE = 4;

interface Run {
  row: number;
  column: number;
  length: number;
}

function darkRuns(text: string): { size: number; runs: Run[] } {
  // Level M: readable with 15% of the code damaged or glared, at a size a phone still reads.
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const runs: Run[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!code.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && code.isDark(row, column)) column += 1;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return { size, runs };
}

export function PairingQrCode({
  link,
  name = 'QR code of the pairing link',
}: {
  link: string;
  /** The code's accessible name: which link it holds. */
  name?: string;
}) {
  const { size, runs } = useMemo(() => darkRuns(link), [link]);
  const side = size + QUIET_ZONE * 2;
  return (
    <svg
      className="pairing-qr"
      role="img"
      aria-label={name}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      {runs.map((run) => (
        <rect
          key={`${run.row}-${run.column}`}
          x={run.column + QUIET_ZONE}
          y={run.row + QUIET_ZONE}
          width={run.length}
          height={1}
          fill="#000"
        />
      ))}
    </svg>
  );
}
