/**
 * The full data of a pathway for the screens of the first bundle. Every pathway, the default
 * included, loads on demand: the catalog's chunk is requested as this module starts, in parallel
 * with opening the database (which the first screen waits for anyway), so the first screen's
 * JavaScript stays within its budget however many pathways the app knows.
 */
import { useEffect, useState } from 'react';
import type { Pathway, PathwayId } from '../domain/types';

const catalog = import('../domain/pathways/catalog');
const loaded = new Map<PathwayId, Pathway>();

/** The pathway, or undefined for the moment it takes to load. */
export function usePathway(id: PathwayId): Pathway | undefined {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (loaded.has(id)) return;
    let current = true;
    void catalog.then(({ getPathway }) => {
      loaded.set(id, getPathway(id));
      if (current) setVersion((version) => version + 1);
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded.get(id);
}
