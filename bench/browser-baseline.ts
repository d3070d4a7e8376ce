/**
 * The browser benchmark's baseline: the same number of boxes (objectives in four lanes) and lines
 * (links) drawn as plain DOM and SVG by an inline script, each box selectable by a click,, with no framework, no layout engine and
 * no data fetching. `window.__ready` is the time from navigation to the first frame after drawing.
 */
export function baselineMapPage(boxes: number, lines: number): string {
  return `<!doctype html><html><body style="margin:0;font:13px sans-serif">
<svg id="links" width="3000" height="1200" style="position:absolute;left:0;top:0"></svg>
<div id="map" style="position:relative"></div>
<script>
const map = document.getElementById('map');
const svg = document.getElementById('links');
const pos = [];
for (let i = 0; i < ${boxes}; i++) {
  const lane = i % 4, col = Math.floor(i / 4);
  const x = 20 + col * 190, y = 20 + lane * 280 + (col % 3) * 80;
  pos.push([x, y]);
  const box = document.createElement('div');
  box.className = 'box';
  box.style.cssText = 'position:absolute;width:170px;height:64px;border:1px solid #999;border-radius:6px;padding:6px;box-sizing:border-box;background:#fff;left:' + x + 'px;top:' + y + 'px';
  box.textContent = 'Objective ' + (i + 1) + ' · 72%';
  box.addEventListener('click', () => { document.querySelector('[aria-selected=true]')?.setAttribute('aria-selected', 'false'); box.setAttribute('aria-selected', 'true'); box.style.outline = '2px solid #4c6ef5'; });
  map.appendChild(box);
}
for (let i = 0; i < ${lines}; i++) {
  const a = pos[(i * 7) % pos.length], b = pos[(i * 13 + 5) % pos.length];
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  line.setAttribute('x1', a[0] + 85); line.setAttribute('y1', a[1]);
  line.setAttribute('x2', b[0] + 85); line.setAttribute('y2', b[1] + 64);
  line.setAttribute('stroke', '#888');
  svg.appendChild(line);
}
requestAnimationFrame(() => { window.__ready = performance.now(); });
</script></body></html>`;
}
