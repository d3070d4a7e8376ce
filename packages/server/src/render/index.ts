// `@bearing/server/render`: Chromium printing shared by the CLI and the server (a subpath, so
// commands that print nothing never load playwright-core).
export { ChromiumMissingError, DEFAULT_CHROMIUM, chromiumPath, withChromium } from './chromium.ts';
export { htmlToPdf, svgSize, svgToImage, type MapImageFormat } from './print.ts';
