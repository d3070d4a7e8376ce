// `@bearing/server/render`: Chromium printing shared by the CLI and the server (a subpath, so
// commands that print nothing never load playwright-core).
export { DEFAULT_CHROMIUM, chromiumPath } from './chromium-path.ts';
export { ChromiumMissingError, withChromium } from './chromium.ts';
export { htmlToPdf, svgSize, svgToImage, type MapImageFormat } from './print.ts';
