// PERSON: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const personDetector: Detector = {
  id: 'person',
  entities: ['PERSON'],
  detect() {
    return [];
  },
};
