import { describe, expect, it } from 'vitest';
import { parseAnswersText, validateAnswers } from './parse-answers.ts';

describe('wizard answers file', () => {
  it('reads a complete answers file', () => {
    const result = parseAnswersText(`organization: Acme Outdoor
valueDiscipline: product-leadership
segments:
  - {name: Weekend hikers, values: [quality]}
partners: [Dealers]
outcomes: [retention]
`);
    expect(result.ok).toBe(true);
  });

  it('reports every problem with path, line and a did-you-mean', () => {
    const result = parseAnswersText(`organization: Acme
valueDiscipline: product-leadrship
segmnts: []
`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID_TYPE', path: 'valueDiscipline', line: 2 }),
        expect.objectContaining({
          code: 'UNKNOWN_KEY',
          path: 'segmnts',
          hint: 'did you mean "segments"?',
          line: 3,
        }),
        expect.objectContaining({ code: 'REQUIRED', path: 'segments' }),
      ]),
    );
  });

  it('refuses two segments whose names give the same id', () => {
    const result = validateAnswers({
      organization: 'Acme',
      valueDiscipline: 'customer-intimacy',
      segments: [{ name: 'Young families' }, { name: 'young  families!' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ code: 'DUPLICATE_ID', path: 'segments[1].name' });
  });

  it('reports a YAML syntax error with its line', () => {
    const result = parseAnswersText('organization: [Acme\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('SYNTAX');
  });
});
