// Public API of the strategy map drawing (a subpath, `@bearing/core/map`, so the web bundle takes
// only the drawing): layout, geometry and the SVG shared by the web export, the CLI and reports.
export * from './layout-types.ts';
export { chooseColumns, layoutMap } from './place.ts';
export { applySavedPositions, clampToLane } from './saved.ts';
export { anchor, curvePath, linkSides, type Box, type Side } from './link-sides.ts';
export {
  escapeXml,
  mapToSvg,
  wrapText,
  type MapCard,
  type MapLane,
  type MapLink,
  type SvgMapInput,
} from './map-svg.ts';
export { mapScoreText, STATUS_HEX, STATUS_LABEL } from './status-style.ts';
export { scorecardMapInput, scorecardMapSvg, type ScorecardMapOptions } from './scorecard-map.ts';
