/**
 * The full data of a pathway for the screens of the first bundle. The default pathway is there at
 * once; any other loads on demand (a few milliseconds), so the first screen's JavaScript stays
 * within its budget however many pathways the app knows.
 */
import { useEffect, useState } from 'react';
import { MLT_PATHWAY } from '../domain/pathways/mlt';
import type { Pathway, PathwayId } from '../domain/types';

const loaded = new Map<PathwayId, Pathway>([[MLT_PATHWAY.id, MLT_PATHWAY]]);

/** The pathway, or undefined for the moment it takes to load. */
export function usePathway(id: PathwayId): Pathway | undefined {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (loaded.has(id)) return;
    let current = true;
    void import('../domain/pathways/catalog').then(({ getPathway }) => {
      loaded.set(id, getPathway(id));
      if (current) setVersion((version) => version + 1);
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded.get(id);
}
