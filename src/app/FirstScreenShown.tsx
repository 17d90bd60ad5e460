/**
 * Rendered beside a screen's content, inside the screen's Suspense boundary: it commits only with
 * that content (a lazy screen's code included), and then lets the work held back for the first
 * screen start (after-first-screen.ts). Renders nothing.
 */
import { useEffect } from 'react';
import { firstScreenShown } from './after-first-screen';

export function FirstScreenShown(): null {
  useEffect(firstScreenShown, []);
  return null;
}
