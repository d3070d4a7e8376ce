import type { Status } from '@bearing/core';
import type { Io } from '../io.ts';

/**
 * ANSI colours, decided once per run. Colour is a second channel only: every status is also
 * printed as a word, so nothing is lost in a pipe, a log file or for colour-blind readers.
 */
export interface Colors {
  readonly enabled: boolean;
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly status: (status: Status, text: string) => string;
}
type Paint = (text: string) => string;

/**
 * NO_COLOR (https://no-color.org) wins over everything; FORCE_COLOR forces colours on (or off with
 * `0`/`false`) for CI logs that render ANSI; otherwise colour only when stdout is a terminal.
 */
export function colorEnabled(io: Pick<Io, 'env' | 'isTTY'>): boolean {
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY && io.env['TERM'] !== 'dumb';
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

export function colorsFor(io: Pick<Io, 'env' | 'isTTY'>): Colors {
  const on = colorEnabled(io);
  const pick = (open: number, close: number) => (on ? sgr(open, close) : plain);
  const byStatus: Record<Status, Paint> = {
    green: pick(32, 39),
    amber: pick(33, 39),
    red: pick(31, 39),
    none: pick(2, 22),
  };
  return {
    enabled: on,
    bold: pick(1, 22),
    dim: pick(2, 22),
    red: pick(31, 39),
    green: pick(32, 39),
    yellow: pick(33, 39),
    cyan: pick(36, 39),
    status: (status, text) => byStatus[status](text),
  };
}

/** Removes ANSI escapes: for measuring widths and for tests. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\u001b\[[0-9;]*m/g;
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
