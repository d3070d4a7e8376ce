import { readFileSync } from 'node:fs';
import { generateStrategy, parseAnswersText } from '@bearing/core';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(new URL('./customer.md', import.meta.url), 'utf8');
const answers = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/customer.md', () => {
  it('shows a valid answers file that the wizard turns into a strategy', () => {
    expect(answers).toHaveLength(1);
    const parsed = parseAnswersText(answers[0]!);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (parsed.ok) expect(generateStrategy(parsed.value).scorecards).toHaveLength(1);
  });
});
