import { describe, expect, it } from 'vitest';
import type { Block } from './block.ts';
import { escapeHtml, renderHtml, renderMarkdown } from './render.ts';

const BLOCKS: readonly Block[] = [
  { kind: 'heading', level: 1, text: 'Acme: strategy document' },
  { kind: 'paragraph', text: 'Quality 72.3% amber' },
  { kind: 'list', items: ['one', 'two'] },
  { kind: 'table', head: ['Measure', 'Target'], rows: [['Returns | damages', '≤ 2%']] },
];

describe('renderMarkdown', () => {
  it('renders headings, paragraphs, lists and tables, escaping pipes in cells', () => {
    expect(renderMarkdown(BLOCKS)).toBe(
      '# Acme: strategy document\n\nQuality 72.3% amber\n\n- one\n- two\n\n' +
        '| Measure | Target |\n|---|---|\n| Returns \\| damages | ≤ 2% |\n',
    );
  });
});

describe('renderHtml', () => {
  it('writes a standalone page with inline CSS, no scripts, and coloured status words', () => {
    const html = renderHtml(BLOCKS, 'Acme <b>');
    expect(html).toMatch(/^<!doctype html>\n/);
    expect(html).toContain('<title>Acme &lt;b&gt;</title>');
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script');
    expect(html).toContain('<p>Quality 72.3% <span class="amber">amber</span></p>');
    expect(html).toContain('<td>Returns | damages</td>');
  });
});

describe('escapeHtml', () => {
  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
