import { describe, expect, it } from 'vitest';
import { colorEnabled, colorsFor, stripAnsi } from './colors.ts';

describe('colorEnabled', () => {
  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['a terminal with NO_COLOR', { NO_COLOR: '1' }, true, false],
    ['a terminal with an empty NO_COLOR (unset per no-color.org)', { NO_COLOR: '' }, true, true],
    ['a pipe with FORCE_COLOR', { FORCE_COLOR: '1' }, false, true],
    ['a terminal with FORCE_COLOR=0', { FORCE_COLOR: '0' }, true, false],
    ['NO_COLOR and FORCE_COLOR together', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['a dumb terminal', { TERM: 'dumb' }, true, false],
  ] as const)('for %s: %s', (_what, env, isTTY, expected) => {
    expect(colorEnabled({ env, isTTY })).toBe(expected);
  });
});

describe('colorsFor', () => {
  it('paints statuses green, yellow and red when enabled', () => {
    const colors = colorsFor({ env: {}, isTTY: true });
    expect(colors.status('green', 'green')).toBe('\u001b[32mgreen\u001b[39m');
    expect(colors.status('amber', 'amber')).toBe('\u001b[33mamber\u001b[39m');
    expect(colors.status('red', 'red')).toBe('\u001b[31mred\u001b[39m');
  });

  it('returns text unchanged when disabled', () => {
    const colors = colorsFor({ env: {}, isTTY: false });
    expect(colors.status('red', 'red')).toBe('red');
    expect(colors.bold('x')).toBe('x');
  });

  it('strips what it paints', () => {
    const colors = colorsFor({ env: {}, isTTY: true });
    expect(stripAnsi(colors.bold(colors.red('x')))).toBe('x');
  });
});
