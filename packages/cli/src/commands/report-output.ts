import { resolve } from 'node:path';
import { CliError, EXIT_FAILURE, invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';

/** What `bearing report` writes: a page or drawing as text, or printed bytes. */
export type Output =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array };

/**
 * HTML and SVG go out as they are; PDF and PNG are printed by Chromium, loaded only then (so a
 * machine without it still makes HTML and SVG). Without Chromium the message offers the text
 * format that needs none.
 */
export async function printed(
  io: Io,
  what: 'report' | 'map',
  format: string,
  text: string,
): Promise<Output> {
  if (format === 'html' || format === 'svg') return { kind: 'text', text };
  const { ChromiumMissingError, htmlToPdf, svgToImage } = await import('@bearing/server/render');
  try {
    const bytes =
      what === 'report'
        ? await htmlToPdf(text, io.env)
        : await svgToImage(text, format === 'png' ? 'png' : 'pdf', io.env);
    return { kind: 'bytes', bytes };
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      const instead = what === 'report' ? '--format html' : '--format svg';
      throw new CliError(
        EXIT_FAILURE,
        `${error.message}; or use ${instead}, which needs no browser (open it and print to PDF)`,
      );
    }
    throw error;
  }
}

export async function writeOutput(io: Io, output: Output, out: string | undefined): Promise<void> {
  const data = output.kind === 'text' ? output.text : output.bytes;
  if (out !== undefined) {
    await io.writeFile(resolve(io.cwd, out), data, { exclusive: false });
    return;
  }
  if (output.kind === 'text') {
    io.stdout(output.text);
    return;
  }
  if (io.isTTY || io.stdoutBytes === undefined) {
    throw invalid('binary output goes to a file or a pipe: give --out FILE');
  }
  io.stdoutBytes(output.bytes);
}
