/**
 * The core types the web shares with the server, imported as types only: the bundle carries no
 * scoring code, and the numbers on screen are the server's (computed by core).
 */
export type {
  ExplanationStep,
  HistoryPoint,
  KpiScore,
  ObjectiveScore,
  PerspectiveScore,
  ScorecardScore,
  Status,
} from '@bearing/core';
export type { Fix } from '@bearing/core/lint';
