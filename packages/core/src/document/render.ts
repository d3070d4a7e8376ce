import type { Block } from './block.ts';

/** Markdown: tables with escaped pipes, so a "|" in a name cannot break the table. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `${blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${b.text}`;
        case 'paragraph':
          return b.text;
        case 'list':
          return b.items.map((i) => `- ${i}`).join('\n');
        case 'table':
          return [
            `| ${b.head.map(cell).join(' | ')} |`,
            `|${b.head.map(() => '---').join('|')}|`,
            ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
          ].join('\n');
      }
    })
    .join('\n\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d2430}
h1{font-size:1.8rem}h2{margin-top:2.5rem;border-bottom:2px solid #d5dbe3}h3{margin-top:2rem}h4{margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d5dbe3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f5f8}.green{color:#1a7f37}.amber{color:#9a6700}.red{color:#cf222e}.none{color:#6e7781}`;

/** A standalone page: inline CSS, no scripts, every text escaped; status words are coloured. */
export function renderHtml(blocks: readonly Block[], title: string): string {
  const body = renderHtmlBody(blocks);
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** The blocks as HTML elements, for pages that bring their own frame (the board report). */
export function renderHtmlBody(blocks: readonly Block[]): string {
  const text = (t: string) =>
    escapeHtml(t).replace(/\b(green|amber|red)\b$/, (s) => `<span class="${s}">${s}</span>`);
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}>${text(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${text(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table><thead><tr>${b.head.map((h) => `<th>${text(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
      }
    })
    .join('\n');
}
