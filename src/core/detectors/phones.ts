// PHONE_NUMBER: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const phonesDetector: Detector = {
  id: 'phones',
  entities: ['PHONE_NUMBER'],
  detect() {
    return [];
  },
};
