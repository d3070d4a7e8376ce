import type { Io } from '../io.ts';

/** Below this many items a bar would only flicker. */
export const PROGRESS_THRESHOLD = 5000;
const WIDTH = 24;

export interface Progress {
  /** `done` items of the total are finished. */
  readonly update: (done: number) => void;
  /** Clears the bar, leaving the line for the command's result. */
  readonly finish: () => void;
}

const silent: Progress = { update: () => undefined, finish: () => undefined };

/**
 * A progress bar on stderr, redrawn in place: only in a terminal (never in a pipe or a log,
 * where `\r` redraws are noise) and only for work of at least PROGRESS_THRESHOLD items.
 */
export function progressBar(io: Io, label: string, total: number): Progress {
  if (!io.isTTY || total < PROGRESS_THRESHOLD) return silent;
  const number = new Intl.NumberFormat('en-US');
  const draw = (done: number) => {
    const filled = Math.round((done / total) * WIDTH);
    const percent = Math.floor((done / total) * 100);
    io.stderr(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent}% ${number.format(done)}/${number.format(total)}`,
    );
  };
  draw(0);
  return {
    update: draw,
    finish: () => {
      io.stderr('\r\u001b[K');
    },
  };
}
