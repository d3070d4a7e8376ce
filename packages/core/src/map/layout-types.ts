/**
 * The layout's vocabulary. Positions are map pixels; a card's position is relative to its lane
 * (the lane is its React Flow parent), which is also how the server stores a dragged card.
 */

/** What the layout depends on, and nothing else: names, scores and selection never move a card. */
export interface LayoutGraph {
  /** Perspective ids, top lane first (the scorecard's order: Financial on top by default). */
  readonly lanes: readonly string[];
  /** Objectives in file order, each in the lane of its perspective. */
  readonly objectives: readonly { readonly id: string; readonly lane: string }[];
  /** Cause → effect. */
  readonly links: readonly { readonly from: string; readonly to: string }[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LaneBox {
  readonly id: string;
  /** Top of the lane in map coordinates; every lane starts at x = 0 and is `width` wide. */
  readonly y: number;
  readonly height: number;
}

export interface CardBox {
  readonly lane: string;
  /** Top-left corner relative to the lane. */
  readonly x: number;
  readonly y: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly LaneBox[];
  readonly cards: Readonly<Record<string, CardBox>>;
}

/** Positions saved by dragging, by objective id (lane-relative). */
export type SavedPositions = Readonly<Record<string, Point>>;

export interface LayoutMetrics {
  readonly cardWidth: number;
  readonly cardHeight: number;
  /** Between cards side by side. */
  readonly gapX: number;
  /** Between rows of cards in one lane. */
  readonly gapY: number;
  /** The lane's title column on the left, where no card goes. */
  readonly laneHeader: number;
  readonly lanePadX: number;
  readonly lanePadY: number;
  readonly minLaneHeight: number;
  /** Between lanes. */
  readonly laneGap: number;
  /** Width / height the wrapping aims at (a landscape screen). */
  readonly targetAspect: number;
  /** Lanes with at most this many cards never wrap into several rows. */
  readonly wrapAbove: number;
  /** Cards' worth of width every lane has at least (an empty map is still a board). */
  readonly minColumns: number;
}

export const METRICS: LayoutMetrics = {
  cardWidth: 224,
  cardHeight: 108,
  gapX: 40,
  gapY: 28,
  laneHeader: 184,
  lanePadX: 28,
  lanePadY: 26,
  minLaneHeight: 160,
  laneGap: 10,
  targetAspect: 1.8,
  wrapAbove: 8,
  minColumns: 3,
};
