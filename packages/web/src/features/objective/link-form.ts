/** A cause-effect link's hypothesis, edited in place: form text ↔ `updateLinkInput`. */
import { updateLinkInput } from '@bearing/core';
import type { Lag, Link } from '../../api/types.ts';
import {
  issuesToFieldErrors,
  textOrNull,
  type FieldErrors,
} from '../../components/forms/field-errors.ts';
import { changedFields } from '../../components/forms/patch.ts';

export interface LinkValues {
  readonly hypothesis: string;
}

export const linkToValues = (link: Link): LinkValues => ({ hypothesis: link.hypothesis ?? '' });

export const linkPatch = (base: LinkValues, draft: LinkValues): Record<string, unknown> =>
  changedFields(
    { hypothesis: textOrNull(base.hypothesis) },
    { hypothesis: textOrNull(draft.hypothesis) },
  );

export function validateLinkPatch(patch: Record<string, unknown>): FieldErrors {
  const result = updateLinkInput.safeParse(patch);
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

/** "2 months", "1 quarter": a lag as the strategy file writes it. */
export function formatLag(lag: Lag | null): string | null {
  if (!lag) return null;
  return `${lag.count} ${lag.unit}${lag.count === 1 ? '' : 's'}`;
}

/** The links into and out of an objective: its causes and its effects. */
export function linksOf(
  links: readonly Link[],
  objective: string,
): { causes: Link[]; effects: Link[] } {
  return {
    causes: links.filter((l) => l.to === objective),
    effects: links.filter((l) => l.from === objective),
  };
}
