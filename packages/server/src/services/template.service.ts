import { type Strategy, closest, parseStrategyText } from '@bearing/core';
import type { Executor, WriteContext } from '@bearing/db';
import {
  TEMPLATE_CATALOG,
  type TemplateEntry,
  findTemplate,
  readCatalogTemplate,
} from '@bearing/templates';
import { ApiError } from '../errors.ts';
import { type ImportResult, importStrategy } from './strategy.service.ts';

/** A gallery card: the catalog entry and what is in the template, counted by core. */
export interface TemplateSummary extends TemplateEntry {
  readonly sectors: string[];
  readonly organization: string | null;
  readonly scorecards: number;
  /** The first scorecard's perspectives, top to bottom (not every map has a financial top). */
  readonly perspectives: string[];
  readonly objectives: number;
  readonly kpis: number;
  readonly initiatives: number;
  readonly links: number;
  readonly stakeholders: number;
  readonly segments: number;
  /** The value disciplines its value propositions choose, in file order, without repeats. */
  readonly disciplines: string[];
}

/** The shipped templates with their counts, in catalog order. */
export function templateSummaries(): TemplateSummary[] {
  return TEMPLATE_CATALOG.map((entry) => summarize(entry, parsedTemplate(entry)));
}

/** The template as a strategy model; unknown names are a 404 listing the names that exist. */
export function templateStrategy(name: string): Strategy {
  return parsedTemplate(templateEntry(name));
}

/**
 * Imports a template into a workspace through the import service: the file as shipped, read
 * like any import, saved in one transaction (a scorecard id the workspace has is DUPLICATE_KEY
 * unless `replace`).
 */
export function applyTemplate(
  db: Executor,
  workspace: string,
  name: string,
  options: WriteContext & { readonly replace: boolean },
): Promise<ImportResult> {
  const entry = templateEntry(name);
  return importStrategy(db, workspace, readCatalogTemplate(entry), 'yaml', options);
}

function templateEntry(name: string): TemplateEntry {
  const entry = findTemplate(name);
  if (entry !== undefined) return entry;
  const names = TEMPLATE_CATALOG.map((t) => t.name);
  const guess = closest(name, names);
  throw new ApiError(
    'NOT_FOUND',
    `no template "${name}"${guess === null ? '' : `; did you mean "${guess}"?`}`,
    'params.name',
    { hint: `available templates: ${names.join(', ')}`, available: names },
  );
}

/** The shipped files never change while the process runs: each is parsed once. */
const parsed = new Map<string, Strategy>();

function parsedTemplate(entry: TemplateEntry): Strategy {
  let strategy = parsed.get(entry.name);
  if (strategy === undefined) {
    const result = parseStrategyText(readCatalogTemplate(entry), 'yaml');
    // Tests keep every shipped template valid; a broken one is a bug (500), not the client's.
    if (!result.ok)
      throw new Error(`template ${entry.name} is invalid: ${result.issues[0]?.message ?? ''}`);
    strategy = result.value;
    parsed.set(entry.name, strategy);
  }
  return strategy;
}

function summarize(entry: TemplateEntry, strategy: Strategy): TemplateSummary {
  const cards = strategy.scorecards;
  const objectives = cards.flatMap((s) => s.objectives);
  const disciplines = cards.flatMap((s) => {
    const discipline = s.customer?.valueProposition?.discipline ?? null;
    return discipline === null ? [] : [discipline];
  });
  return {
    name: entry.name,
    title: entry.title,
    description: entry.description,
    sectors: [...entry.sectors],
    organization: strategy.organization,
    scorecards: cards.length,
    perspectives: cards[0]?.perspectives.map((p) => p.name) ?? [],
    objectives: objectives.length,
    kpis: objectives.reduce((n, o) => n + o.kpis.length, 0),
    initiatives: objectives.reduce((n, o) => n + o.initiatives.length, 0),
    links: cards.reduce((n, s) => n + s.links.length, 0),
    stakeholders: cards.reduce((n, s) => n + (s.customer?.stakeholders.length ?? 0), 0),
    segments: cards.reduce((n, s) => n + (s.customer?.segments.length ?? 0), 0),
    disciplines: [...new Set(disciplines)],
  };
}
