// Where scan() spends its time: each detector alone on the bench's 4 MB realistic input,
// then scoring and merging (the whole scan minus the detectors). Best of 3 runs each, each
// run a fresh scan (beginScan): work that detectors share (digit chains, the cue-word pass)
// is counted in the first detector that asks for it: cards pays for the cue-word pass, the
// digit runs and the card/bank-account chains.
//   npx tsx bench/profile-detectors.ts
import { ENTITIES, scan, type Entity } from '../src/core';
import { DETECTORS } from '../src/core/detectors';
import { resolveLang } from '../src/core/scan';
import { beginScan } from '../src/core/detectors/per-scan';
import { realisticText } from './inputs';

const MB = 1024 * 1024;
const text = realisticText(4 * MB);
const lang = resolveLang(text, undefined);
const options = { lang, phoneRegions: ['ES', 'PE', 'MX', 'AR', 'CO', 'CL', 'BR', 'US'] };
const best = (fn: () => unknown): number => {
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    b = Math.min(b, performance.now() - t);
  }
  return b;
};
scan(text.slice(0, MB / 4), { entities: ENTITIES.filter((e) => e !== 'PERSON') });
// Detectors run in scan() order within one scan, three times; each keeps its best time.
const detectors = DETECTORS.filter((d) => !d.entities.every((e: Entity) => e === 'PERSON'));
const times = detectors.map(() => Infinity);
const counts = detectors.map(() => 0);
for (let run = 0; run < 3; run++) {
  beginScan();
  detectors.forEach((d, i) => {
    const t = performance.now();
    counts[i] = d.detect(text, options).length;
    times[i] = Math.min(times[i], performance.now() - t);
  });
}
let sum = 0;
detectors.forEach((d, i) => {
  sum += times[i];
  console.log(`${d.id.padEnd(16)} ${times[i].toFixed(1).padStart(7)} ms  ${String(counts[i]).padStart(6)} candidates`);
});
const whole = best(() => scan(text, { entities: ENTITIES.filter((e) => e !== 'PERSON') }));
console.log(`${'detectors'.padEnd(16)} ${sum.toFixed(1).padStart(7)} ms`);
console.log(`${'whole scan'.padEnd(16)} ${whole.toFixed(1).padStart(7)} ms  (${(text.length / MB / (whole / 1000)).toFixed(1)} MB/s)`);
console.log(`${'scoring+merge'.padEnd(16)} ${(whole - sum).toFixed(1).padStart(7)} ms`);
