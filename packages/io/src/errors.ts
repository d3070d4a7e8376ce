/** A file that cannot be read as a values file at all (not CSV, not a workbook, no sheet). */
export class ValuesFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValuesFileError';
  }
}
