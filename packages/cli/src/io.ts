/**
 * Everything the CLI touches outside itself. `main.ts` passes the real process; tests pass
 * buffers, so almost every test runs in-process without spawning node.
 */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Bytes to stdout (a PDF or PNG piped on). Optional so hosts that only print text need not
   * provide it; commands that write binary refuse without it and ask for --out.
   */
  readonly stdoutBytes?: (data: Uint8Array) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: colours are for people, not for pipes. */
  readonly isTTY: boolean;
  /**
   * Standard input, for interactive commands (`bearing wizard`). Optional so hosts that never ask
   * questions need not provide it; tests pass a stream of prepared answers.
   */
  readonly stdin?: NodeJS.ReadableStream;
  /** Relative paths on the command line resolve against this directory. */
  readonly cwd: string;
  /** Rejects with a Node.js error (with `code`, e.g. ENOENT) when the file cannot be read. */
  readonly readFile: (path: string) => Promise<string>;
  /** The file's bytes (spreadsheets); rejects as `readFile` does. */
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  /**
   * Creates missing parent directories. With `exclusive`, rejects with code EEXIST instead of
   * replacing a file: the check and the write are one step, so nothing is overwritten by a race.
   */
  readonly writeFile: (
    path: string,
    data: string | Uint8Array,
    options: { readonly exclusive: boolean },
  ) => Promise<void>;
}
