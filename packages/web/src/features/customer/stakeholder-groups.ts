import {
  STAKEHOLDER_KINDS,
  type CustomerModel,
  type Stakeholder,
  type StakeholderKind,
} from '@bearing/core';
import type { ObjectiveLike } from './scorecard-shape.ts';

export interface StakeholderEntry {
  readonly stakeholder: Stakeholder;
  /** The objectives that state this group's needs (`stakeholder:` on the objective). */
  readonly objectives: readonly ObjectiveLike[];
}

export interface StakeholderGroup {
  readonly kind: StakeholderKind;
  readonly entries: readonly StakeholderEntry[];
}

/** Customers, then partners, then others; every kind is listed, empty ones too. */
export function stakeholderGroups(
  model: CustomerModel,
  objectives: readonly ObjectiveLike[],
): StakeholderGroup[] {
  return STAKEHOLDER_KINDS.map((kind) => ({
    kind,
    entries: model.stakeholders
      .filter((s) => s.kind === kind)
      .map((stakeholder) => ({
        stakeholder,
        objectives: objectives.filter((o) => o.stakeholder === stakeholder.id),
      })),
  }));
}
