/**
 * Print styling of the board report: A4 pages with margins, the map on a landscape page of its
 * own, a page break before each section, and the date and page numbers in the page margins
 * (CSS paged media, which Chromium prints). On screen the same page reads as a long document.
 */
export function reportCss(footerText: string): string {
  const footer = cssString(footerText);
  return `@page{size:A4 portrait;margin:16mm 14mm 18mm 14mm;
@bottom-left{content:${footer};font:9pt system-ui,sans-serif;color:#6e7781}
@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#6e7781}}
@page map{size:A4 landscape;margin:12mm 12mm 16mm 12mm}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font:10.5pt/1.45 system-ui,sans-serif;color:#1d2430;margin:0}
@media screen{body{max-width:1000px;margin:2rem auto;padding:0 1rem}section{margin-bottom:3rem}}
section{break-before:page}section.cover{break-before:auto}
section.map{page:map}
.cover{padding-top:60mm}.cover h1{font-size:26pt;margin:0 0 4mm}.cover .scorecard{font-size:18pt;margin:0 0 10mm}
.cover dl{display:grid;grid-template-columns:40mm auto;gap:2mm 6mm;font-size:12pt}.cover dt{color:#6e7781}.cover dd{margin:0}
.cover .overall{font-size:30pt;font-weight:700}
h2{font-size:15pt;border-bottom:2px solid #d5dbe3;padding-bottom:1mm;margin:0 0 4mm}h3{font-size:12pt;margin:6mm 0 2mm}
table{border-collapse:collapse;width:100%;margin:2mm 0;font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}
th,td{border:1px solid #d5dbe3;padding:1.2mm 2mm;text-align:left;vertical-align:top}th{background:#f2f5f8}
.green{color:#1a7f37}.amber{color:#9a6700}.red{color:#cf222e;font-weight:600}.none{color:#6e7781}
.map-frame{display:flex;justify-content:center;align-items:flex-start}
.map-frame svg{display:block;width:100%;height:auto;max-height:160mm}`;
}

/** A CSS string literal that nothing in it can end (not a quote, not `</style>`). */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} .,:·_-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
