// Gives the templates in TARGETS 30 months of seeded KPI history whose links show a mix of
// evidence verdicts (scripts/evidence-history.ts):
//   node --import tsx scripts/generate-evidence-history.ts
// Deterministic: the same seeds always write the same values. A test checks the files are its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TARGETS, goodMix, withHistories } from './evidence-history.ts';

for (const { file, seed } of TARGETS) {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  const { text, report } = withHistories(readFileSync(path, 'utf8'), seed);
  const tally = report.links.map((l) => `${l.from} → ${l.to}: ${l.verdict}`).join('\n  ');
  console.log(`${file} (seed ${seed}):\n  ${tally}`);
  // A change to the template or the engine can spoil the mix: then try the next seeds.
  if (!goodMix(report)) throw new Error(`${file}: seed ${seed} no longer gives a good mix`);
  writeFileSync(path, text);
}
