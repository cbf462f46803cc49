// STREET_ADDRESS: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const addressDetector: Detector = {
  id: 'address',
  entities: ['STREET_ADDRESS'],
  detect() {
    return [];
  },
};
