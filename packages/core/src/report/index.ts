// Public API of the board report: one scorecard's board pack as print-styled HTML (PDF is that
// page printed by Chromium, outside the core), and the initiatives' earned value it shows.
export { BoardReportError, boardReport, type BoardReportOptions } from './board-report.ts';
export { initiativeCost, type InitiativeCost } from './earned-value.ts';
export { formatDelta, latestComment } from './report-sections.ts';
