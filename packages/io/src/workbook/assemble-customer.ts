import type { Assembly, Entry, ScorecardEntry } from './assembly.ts';
import { keyOf } from './assembly.ts';
import type { SheetRow } from './read-sheets.ts';
import * as S from './sheets.ts';
import { workbookIssue } from './workbook-issue.ts';

/** `scorecards[].customer`, created when the first customer row of a scorecard comes. */
function customerOf(sc: ScorecardEntry): Entry {
  return { doc: (sc.doc['customer'] ??= {}) as Entry['doc'], path: [...sc.path, 'customer'] };
}

/** The customer sheets: stakeholders and their needs, segments, value proposition, challenges. */
export function assembleCustomer(
  a: Assembly,
  rows: (spec: S.SheetSpec) => readonly SheetRow[],
): void {
  for (const row of rows(S.STAKEHOLDERS)) {
    const sc = a.scorecardOf(row);
    if (!sc) {
      a.drop(row, 'stakeholder');
      continue;
    }
    const stakeholder = a.addRow(customerOf(sc), 'stakeholders', row, S.STAKEHOLDERS);
    const key = keyOf(stakeholder.doc);
    if (!sc.stakeholders.has(key)) sc.stakeholders.set(key, stakeholder);
  }
  for (const row of rows(S.NEEDS)) {
    const sc = a.scorecardOf(row);
    const stakeholder = sc && a.parentOf(row, 'stakeholder', 'stakeholder', sc, sc.stakeholders);
    if (!stakeholder) continue;
    const needs = (stakeholder.doc['needs'] ??= []) as unknown[];
    const path = [...stakeholder.path, 'needs', needs.length];
    needs.push(a.fields(row, S.NEEDS, path)['need']);
    a.locations.set(path, a.placeOf(row, 'need'));
  }
  for (const row of rows(S.SEGMENTS)) {
    const sc = a.scorecardOf(row);
    if (sc) a.addRow(customerOf(sc), 'segments', row, S.SEGMENTS);
  }
  const propositions = new Map<ScorecardEntry, number>();
  for (const row of rows(S.VALUE_PROPOSITIONS)) {
    const sc = a.scorecardOf(row);
    if (!sc) continue;
    const earlier = propositions.get(sc);
    if (earlier !== undefined) {
      a.issues.push(
        workbookIssue(
          'DUPLICATE_ID',
          a.placeOf(row, 'scorecard'),
          `scorecard "${sc.key}" has a value proposition on row ${earlier} already`,
        ),
      );
      continue;
    }
    propositions.set(sc, row.place.row ?? 0);
    const customer = customerOf(sc);
    const path = [...customer.path, 'valueProposition'];
    customer.doc['valueProposition'] = a.fields(row, S.VALUE_PROPOSITIONS, path);
  }
  for (const row of rows(S.VALUE_ATTRIBUTES)) {
    const sc = a.scorecardOf(row);
    if (!sc) continue;
    const customer = customerOf(sc);
    const proposition = {
      doc: (customer.doc['valueProposition'] ??= {}) as Entry['doc'],
      path: [...customer.path, 'valueProposition'],
    };
    a.addRow(proposition, 'attributes', row, S.VALUE_ATTRIBUTES);
  }
  for (const row of rows(S.CHALLENGES)) {
    const sc = a.scorecardOf(row);
    if (!sc) {
      a.drop(row, 'challenge');
      continue;
    }
    const challenge = a.addRow(customerOf(sc), 'challenges', row, S.CHALLENGES);
    const key = keyOf(challenge.doc);
    if (!sc.challenges.has(key)) sc.challenges.set(key, challenge);
  }
  for (const row of rows(S.HYPOTHESES)) {
    const sc = a.scorecardOf(row);
    const challenge = sc && a.parentOf(row, 'challenge', 'challenge', sc, sc.challenges);
    if (challenge) a.addRow(challenge, 'hypotheses', row, S.HYPOTHESES);
  }
}
