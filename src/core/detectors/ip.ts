// IP_ADDRESS: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const ipDetector: Detector = {
  id: 'ip',
  entities: ['IP_ADDRESS'],
  detect() {
    return [];
  },
};
