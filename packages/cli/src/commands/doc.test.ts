import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../__fixtures__/harness.ts';

async function initTemplate(name: string): Promise<string> {
  const dir = tempDir();
  await runCli(['init', '--template', name], { cwd: dir });
  return dir;
}

describe('bearing doc', () => {
  it('tells the strategy as Markdown: challenge, customers, segments, objectives, cascade and scores', async () => {
    const dir = await initTemplate('cascading');
    const result = await runCli(['doc', 'strategy.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(/^# Northwind Instruments: strategy document/);
    expect(md).toContain('Scores as of 2026-06.');
    expect(md).toContain('Challenge: Low returning-customer rate');
    expect(md).toContain(
      'Hypothesis: Product quality is the reason → addressed by Provide high product quality',
    );
    expect(md).toContain('### Customers and stakeholders');
    expect(md).toContain('### Value proposition');
    expect(md).toContain('| Product return rate | lagging | 6% | ≤ 2% |');
    expect(md).toContain('Initiative: Quality management');
    expect(md).toContain(
      'Reduce critical problems contributes to Northwind Instruments corporate scorecard / Provide high product quality',
    );
    expect(md).toContain('### Current scores');
  });

  it('writes a standalone HTML page with inline CSS and escaped text', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 's.yaml'),
      'bearing: 1\norganization: "<b>R&D</b>"\nscorecards:\n  - name: Lab\n    objectives:\n      - {name: "Fewer <script> bugs", perspective: internal, kpis: [{name: Bugs, baseline: 10, target: 2, optimization: minimize, values: {"2026-01": 5}}]}\n',
    );
    const result = await runCli(['doc', 's.yaml', '--format', 'html'], { cwd: dir });
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;b&gt;R&amp;D&lt;/b&gt;: strategy document');
    expect(html).toContain('Fewer &lt;script&gt; bugs');
    expect(html).toContain('<span class="amber">amber</span>');
  });

  it('documents a strategy without values (a fresh wizard map) without scores', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.yaml'),
      'organization: Acme\nvalueDiscipline: system-lock-in\nsegments: [{name: Shops}]\n',
    );
    await runCli(['wizard', '--answers', 'a.yaml', '--out', 's.yaml'], { cwd: dir });
    const result = await runCli(['doc', 's.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No KPI values yet');
    expect(result.stdout).toContain('A standard that works with everything I use');
  });

  it('refuses an unknown format with exit 2', async () => {
    const dir = await initTemplate('hospice');
    const result = await runCli(['doc', 'strategy.yaml', '--format', 'pdf'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown format "pdf"; expected md or html');
  });
});
