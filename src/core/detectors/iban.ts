// IBAN_CODE: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const ibanDetector: Detector = {
  id: 'iban',
  entities: ['IBAN_CODE'],
  detect() {
    return [];
  },
};
