// CREDIT_CARD: not written yet (placeholder so the registry compiles; see issue 2).
import type { Detector } from '../types';

export const cardsDetector: Detector = {
  id: 'cards',
  entities: ['CREDIT_CARD'],
  detect() {
    return [];
  },
};
