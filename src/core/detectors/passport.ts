// PASSPORT: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const passportDetector: Detector = {
  id: 'passport',
  entities: ['PASSPORT'],
  detect() {
    return [];
  },
};
