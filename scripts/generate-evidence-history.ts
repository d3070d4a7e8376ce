// Gives the templates in TARGETS 30 months of seeded KPI history whose links show a mix of
// evidence verdicts (scripts/evidence-history.ts), and the demo organisation (`bearing serve
// --demo`, `bearing init`) its 30 months, in which each link tells the story planned for it
// (scripts/demo-history.ts):
//   node --import tsx scripts/generate-evidence-history.ts
// Deterministic: the same seeds always write the same values. A test checks the files are its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvidenceReport } from '@bearing/core';
import { TARGETS, goodMix, withHistories } from './evidence-history.ts';
import { DEMO_FILE, DEMO_SEED, offPlan, withDemoHistories } from './demo-history.ts';

const pathOf = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const tally = (reports: readonly EvidenceReport[]) =>
  reports
    .flatMap((r) => r.links.map((l) => `${r.scorecard}: ${l.from} → ${l.to}: ${l.verdict}`))
    .join('\n  ');

for (const { file, seed } of TARGETS) {
  const { text, report } = withHistories(readFileSync(pathOf(file), 'utf8'), seed);
  console.log(`${file} (seed ${seed}):\n  ${tally([report])}`);
  // A change to the template or the engine can spoil the mix: then try the next seeds.
  if (!goodMix(report)) throw new Error(`${file}: seed ${seed} no longer gives a good mix`);
  writeFileSync(pathOf(file), text);
}

const demo = withDemoHistories(readFileSync(pathOf(DEMO_FILE), 'utf8'), DEMO_SEED);
console.log(`${DEMO_FILE} (seed ${DEMO_SEED}):\n  ${tally(demo.reports)}`);
// A change to the demo or the engine can make a link say something else: then try other seeds.
const off = offPlan(demo.reports);
if (off.length > 0)
  throw new Error(`${DEMO_FILE}: seed ${DEMO_SEED} is off plan:\n${off.join('\n')}`);
writeFileSync(pathOf(DEMO_FILE), demo.text);
