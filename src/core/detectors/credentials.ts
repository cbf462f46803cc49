// CREDENTIAL: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const credentialsDetector: Detector = {
  id: 'credentials',
  entities: ['CREDENTIAL'],
  detect() {
    return [];
  },
};
