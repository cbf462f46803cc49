// The detector registry: one module per family, each declaring the entities it finds.
import type { Detector } from '../types';
import { addressDetector } from './address';
import { cardsDetector } from './cards';
import { credentialsDetector } from './credentials';
import { dateOfBirthDetector } from './date-of-birth';
import { emailDetector } from './email';
import { ibanDetector } from './iban';
import { ipDetector } from './ip';
import { nationalIdsDetector } from './national-ids';
import { passportDetector } from './passport';
import { personDetector } from './person';
import { phonesDetector } from './phones';

export const DETECTORS: readonly Detector[] = [
  cardsDetector,
  ibanDetector,
  nationalIdsDetector,
  phonesDetector,
  emailDetector,
  ipDetector,
  credentialsDetector,
  addressDetector,
  dateOfBirthDetector,
  passportDetector,
  personDetector,
];
