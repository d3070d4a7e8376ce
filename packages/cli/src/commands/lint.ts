import type { Command } from 'commander';
import type {
  Category,
  Finding,
  LintReport,
  ScorecardLintReport,
  Severity,
} from '@bearing/core/lint';
import { CliError, EXIT_FAILURE, EXIT_INVALID, invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor, type Colors } from '../output/colors.ts';
import { plural } from '../output/format.ts';
import { formatIssues } from '../output/issues.ts';
import { printJson } from '../output/json.ts';
import { readStrategy } from './load.ts';
import { periodOption } from './options.ts';

interface LintOptions {
  readonly json?: true;
  readonly failOn: string;
  readonly period?: string;
}

const FAIL_LEVELS = ['error', 'warning'] as const;

export function registerLintCommand(program: Command, io: Io): void {
  program
    .command('lint')
    .description(
      'check strategy quality: explainable findings with fixes, and a 0–100 quality score',
    )
    .argument('<file>', 'strategy file (.yaml, .yml or .json)')
    .option('--json', 'print {file, counts, scorecards: [{quality, findings, suppressed, …}]}')
    .option(
      '--fail-on <level>',
      'exit 1 when a finding reaches this level: error or warning',
      'error',
    )
    .option('-p, --period <period>', 'lint as of this period (enables overdue-kpi)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing lint strategy.yaml\n  $ bearing lint strategy.yaml --fail-on warning\n  $ bearing lint strategy.yaml --json --period 2026-06\n\nExit codes: 0 no finding at the --fail-on level, 1 findings at that level, 2 invalid file.\nRules and the score: docs/linting.md',
    )
    .action(async (file: string, options: LintOptions) => {
      const failOn = failLevel(options.failOn);
      const period = options.period === undefined ? null : periodOption('--period', options.period);
      const result = await readStrategy(io, file);
      if (!result.ok) {
        if (options.json) printJson(io, { valid: false, file, issues: result.issues });
        else io.stdout(formatIssues(file, result.issues, colorsFor(io)));
        throw new CliError(EXIT_INVALID, '');
      }
      // Loaded here, not at startup: the linter's NLP library costs ~0.4 s to load, which the
      // other commands should not pay.
      const { lintStrategy, CATEGORIES } = await import('@bearing/core/lint');
      const report = lintStrategy(result.strategy, { period });
      if (options.json) printJson(io, { file, period: period?.key ?? null, ...report });
      else io.stdout(formatReport(file, report, CATEGORIES, colorsFor(io)));
      const failing =
        failOn === 'error' ? report.counts.error : report.counts.error + report.counts.warning;
      // The findings are the output; exit 1 tells CI without repeating them.
      if (failing > 0) throw new CliError(EXIT_FAILURE, '');
    });
}

function failLevel(text: string): (typeof FAIL_LEVELS)[number] {
  if ((FAIL_LEVELS as readonly string[]).includes(text))
    return text as (typeof FAIL_LEVELS)[number];
  throw invalid(`--fail-on: expected error or warning, got "${text}"`);
}

export function formatReport(
  file: string,
  report: LintReport,
  categories: readonly Category[],
  colors: Colors,
): string {
  const parts = report.scorecards.map((s) => formatScorecard(s, categories, colors));
  const { error, warning, info } = report.counts;
  const total = error + warning + info;
  const summary =
    total === 0
      ? colors.green(`✔ ${file}: no findings`)
      : `${error > 0 ? colors.red('✖') : colors.yellow('!')} ${file}: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info')}`;
  return `${parts.join('\n')}\n${summary}\n`;
}

const PAINT: Record<Severity, keyof Pick<Colors, 'red' | 'yellow' | 'cyan'>> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
};

function formatScorecard(
  s: ScorecardLintReport,
  categories: readonly Category[],
  colors: Colors,
): string {
  const lines = [colors.bold(`${s.scorecard} — ${s.name}: quality ${s.quality.score}/100`)];
  for (const category of categories) {
    const score = s.quality.categories.find((c) => c.category === category)!;
    const findings = s.findings.filter((f) => f.category === category);
    lines.push(`  ${category} ${colors.dim(`${score.score}/${score.budget}`)}`);
    for (const f of findings) lines.push(...formatFinding(f, s, colors));
  }
  for (const sup of s.suppressions) {
    lines.push(
      colors.dim(
        `  suppressed on ${sup.objective}: ${sup.rules.join(', ')} (${plural(sup.suppressed, 'finding')}) — ${sup.reason}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function formatFinding(f: Finding, s: ScorecardLintReport, colors: Colors): string[] {
  const cost = s.quality.costs.find((c) => c.finding === f)?.cost ?? 0;
  const where = [f.objective, f.kpi].filter((x) => x !== null).join('/');
  return [
    `    ${colors[PAINT[f.severity]](f.severity.padEnd(7))} ${f.rule}${where === '' ? '' : ` ${colors.dim(where)}`} ${colors.dim(`(−${cost})`)}`,
    `      ${f.message}`,
    `      ${colors.dim(`why: ${f.why}`)}`,
    `      → ${f.suggestion}`,
  ];
}
