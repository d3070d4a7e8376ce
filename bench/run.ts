import { cpus, totalmem } from 'node:os';
import { formatTable } from './report.ts';
import { BenchFailure, type BenchContext } from './suite.ts';
import { SUITES } from './suites.ts';

/**
 * `npm run bench [-- suite …]`: runs the named suites (all by default) and prints, for each, a
 * table of our median against the baseline measured in the same run. `BENCH_SCALE=0.1` shrinks
 * the data for a smoke run. Exits non-zero when a suite cannot be trusted or fails.
 */
async function main(argv: readonly string[]): Promise<number> {
  const scale = readScale(process.env['BENCH_SCALE']);
  const unknown = argv.filter((name) => !SUITES.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown suite ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const chosen = argv.length === 0 ? SUITES : SUITES.filter((s) => argv.includes(s.name));
  const cpu = cpus();
  console.log(
    `node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, scale ${scale}`,
  );
  const ctx: BenchContext = {
    scale,
    log: (message) => {
      console.log(`  ${message}`);
    },
  };
  for (const suite of chosen) {
    console.log(`\n## ${suite.name}: ${suite.description}\n`);
    const rows = await suite.run(ctx);
    console.log(`\n${formatTable(rows)}`);
    if (scale !== 1) console.log('\n(the aims are for scale 1; this run is smaller)');
  }
  return 0;
}

function readScale(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!(scale > 0 && scale <= 10))
    throw new BenchFailure(`BENCH_SCALE must be a number in (0, 10], got "${raw}"`);
  return scale;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof BenchFailure) console.error(`\nBENCHMARK FAILED: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  },
);
