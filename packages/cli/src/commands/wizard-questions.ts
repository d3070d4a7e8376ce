import { createInterface } from 'node:readline';
import {
  CUSTOMER_OUTCOMES,
  DEFAULT_OUTCOMES,
  VALUE_ATTRIBUTES,
  VALUE_DISCIPLINES,
  allDisciplines,
  allSectors,
  resolveSector,
  sectorDiscipline,
  sectorKnowledge,
  type CustomerOutcome,
  type ValueAttribute,
  type ValueDiscipline,
  type WizardAnswers,
} from '@bearing/core';
import { CliError, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';

/**
 * The wizard's questions in a terminal, the same as the answers file's keys. Lines are read
 * through an async iterator, which buffers: answers piped in all at once (tests, scripts) are
 * not lost between questions, as they can be with `question()`.
 */
export async function askAnswers(io: Io): Promise<WizardAnswers> {
  if (io.stdin === undefined)
    throw new CliError(EXIT_INVALID, 'no terminal input to ask the questions; use --answers FILE');
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const colors = colorsFor(io);
  const echoed = (io.stdin as { isTTY?: boolean }).isTTY === true;
  const ask = async <T>(prompt: string, read: (text: string) => T | string): Promise<T> => {
    for (;;) {
      io.stdout(`${colors.bold('?')} ${prompt} `);
      const next = await lines.next();
      if (next.done === true) {
        io.stdout('\n');
        throw new CliError(EXIT_INVALID, 'the input ended before every question was answered');
      }
      // Piped answers are not echoed by a terminal; echo them so the transcript reads as a dialogue.
      if (!echoed) io.stdout(`${next.value}\n`);
      const result = read(next.value.trim());
      if (typeof result !== 'string' || !result.startsWith(PROBLEM)) return result as T;
      io.stdout(`${colors.red(result.slice(PROBLEM.length))}\n`);
    }
  };
  try {
    io.stdout('Bearing Strategy Map Wizard: a few questions, then a whole first strategy map.\n\n');
    const organization = await ask<string>('Organisation name:', (t) =>
      t === '' ? problem('a name is needed') : t,
    );
    io.stdout('Which sector? It chooses the words of the map: patients, residents, clients …\n');
    allSectors().forEach((sk, i) => {
      io.stdout(`  ${i + 1}. ${sk.title.padEnd(18)} ${colors.dim(sk.covers)}\n`);
    });
    const sector = await ask<string>(
      `Sector: a number, or your own words [${allSectors().length}]:`,
      (t) => allSectors()[Number(t) - 1]?.title ?? t,
    );
    const words = sectorKnowledge(resolveSector(sector).id);
    io.stdout(`${colors.dim(sectorReading(sector))}\n`);
    io.stdout(`What should ${words.customers.plural} get from you, above all?\n`);
    allDisciplines().forEach((d, i) => {
      const offer = sectorDiscipline(words.id, d.id).customersGet;
      io.stdout(`  ${i + 1}. ${d.id.padEnd(28)} ${colors.dim(offer)}\n`);
    });
    const valueDiscipline = await ask<ValueDiscipline>('Value discipline [1]:', (t) => {
      if (t === '') return VALUE_DISCIPLINES[0];
      const byNumber = VALUE_DISCIPLINES[Number(t) - 1];
      if (/^\d+$/.test(t) && byNumber !== undefined) return byNumber;
      return (
        VALUE_DISCIPLINES.find((d) => d === t) ??
        problem(`enter 1–${VALUE_DISCIPLINES.length} or a discipline id`)
      );
    });
    const segmentNames = await ask<string[]>(
      `Targeted segments of ${words.customers.plural}, e.g. ${words.customers.segmentExamples.join(', ')} (comma-separated):`,
      (t) => (list(t).length === 0 ? problem('name at least one segment') : list(t)),
    );
    const segments: WizardAnswers['segments'] = [];
    for (const name of segmentNames) {
      const values = await ask<ValueAttribute[]>(
        `What does "${name}" value most? (${VALUE_ATTRIBUTES.join(', ')}; Enter for the discipline's):`,
        (t) => oneOf(list(t), VALUE_ATTRIBUTES),
      );
      segments.push(values.length === 0 ? { name } : { name, values });
    }
    const partners = await ask<string[]>(
      `Partners, e.g. ${words.partners.examples.join(', ')} (comma-separated, Enter for none):`,
      list,
    );
    const others = await ask<string[]>(
      `Other stakeholders whose needs count, e.g. ${words.otherExamples.join(', ')} (comma-separated, Enter for none):`,
      list,
    );
    const challenge = await ask<string>(
      'The main challenge, in one sentence (Enter to skip):',
      (t) => t,
    );
    const outcomes = await ask<CustomerOutcome[]>(
      `Outcomes that matter most (${CUSTOMER_OUTCOMES.join(', ')}) [${DEFAULT_OUTCOMES.join(', ')}]:`,
      (t) => oneOf(list(t), CUSTOMER_OUTCOMES),
    );
    return {
      organization,
      ...(sector === '' ? {} : { sector }),
      valueDiscipline,
      segments,
      ...(partners.length === 0 ? {} : { partners }),
      ...(others.length === 0 ? {} : { otherStakeholders: others }),
      ...(challenge === '' ? {} : { challenge }),
      ...(outcomes.length === 0 ? {} : { outcomes }),
    };
  } finally {
    rl.close();
  }
}

/** How the answer was read: the sector's words the map will use. */
function sectorReading(answer: string): string {
  const read = resolveSector(answer);
  const title = sectorKnowledge(read.id).title;
  if (read.match === 'empty') return `  → general words (customers, revenue)`;
  if (read.match === 'none')
    return `  → no sector fits "${answer}": general words (customers, revenue)`;
  return read.match === 'exact' ? `  → ${title}` : `  → read as ${title}`;
}

const PROBLEM = '\u0000';
const problem = (message: string): string => `${PROBLEM}${message}`;

function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function oneOf<T extends string>(items: readonly string[], allowed: readonly T[]): T[] | string {
  const wrong = items.filter((i) => !(allowed as readonly string[]).includes(i));
  return wrong.length === 0
    ? (items as T[])
    : problem(`not one of ${allowed.join(', ')}: ${wrong.join(', ')}`);
}
