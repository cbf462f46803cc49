// DATE_OF_BIRTH: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  entities: ['DATE_OF_BIRTH'],
  detect() {
    return [];
  },
};
