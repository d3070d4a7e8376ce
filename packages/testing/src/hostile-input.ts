/**
 * Inputs an attacker sends, for the tests that prove Bearing survives them.
 *
 * `aliasBomb`: a YAML "billion laughs" document. Each level is a list of `width` aliases of the
 * level below, so `depth` levels stand for width^depth strings in a few kilobytes. The security
 * review's bomb (99 wide, 3 deep, 3,248 bytes) drove the server to 4.5 GB and killed it.
 */
export function aliasBomb(width = 99, depth = 3): string {
  const lines = [`l0: &l0 [${Array<string>(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= depth; level++) {
    const below = Array<string>(width)
      .fill(`*l${level - 1}`)
      .join(', ');
    lines.push(`l${level}: &l${level} [${below}]`);
  }
  lines.push('bearing: 1', `scorecards: *l${depth}`);
  return `${lines.join('\n')}\n`;
}
