/**
 * The strategy-quality feature (issue #6): the panel beside the map and the markers on it.
 * The map imports only this file.
 */
export { QualityPanel, type QualityPanelProps } from './QualityPanel.tsx';
export { useLintMarkers, type LintMarker } from './use-lint-markers.ts';
