// NATIONAL_ID: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const nationalIdsDetector: Detector = {
  id: 'national-ids',
  entities: ['NATIONAL_ID'],
  detect() {
    return [];
  },
};
