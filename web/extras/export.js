// Exports of 整改看板, loaded by boot.js only when a reader asks for a file:
// a chart as a standalone SVG (computed colours copied into presentation
// attributes, so it needs no stylesheet) or a PNG (drawn on a canvas with
// Path2D from that SVG: an <img> of a blob: or data: URL would be blocked by
// a strict CSP's img-src 'self'), and a table as CSV (text made by
// rectify-core, with its UTF-8 byte-order mark). Files are handed over with
// a Blob URL and an <a download> click: no server.
const SVG_NS = 'http://www.w3.org/2000/svg';
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'font-size', 'font-family', 'font-weight'];
const DROP = ['tabindex', 'role', 'aria-pressed', 'aria-label', 'class', 'aria-describedby', 'aria-labelledby'];

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A copy of the chart's <svg> that renders the same without the widget's CSS. */
export function standalone(svg) {
  const copy = svg.cloneNode(true);
  const originals = svg.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  originals.forEach((o, i) => {
    const c = copies[i];
    const style = getComputedStyle(o);
    for (const p of PROPS) {
      const v = style.getPropertyValue(p);
      // Pattern fills stay as written (url(#id), relative to the file).
      if (v && !v.startsWith('url(')) c.setAttribute(p, v);
    }
    for (const a of DROP) c.removeAttribute(a);
  });
  copy.querySelectorAll('.rb-tip').forEach((t) => t.remove());
  for (const t of copy.querySelectorAll('[class]')) t.removeAttribute('class');
  const box = svg.getBoundingClientRect();
  const w = Math.max(1, Math.round(box.width));
  const h = Math.max(1, Math.round(box.height));
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  for (const a of ['role', 'aria-labelledby', 'aria-describedby', 'class']) copy.removeAttribute(a);
  let bg = getComputedStyle(svg.parentElement).backgroundColor;
  if (!bg || bg === 'rgba(0, 0, 0, 0)') bg = getComputedStyle(svg.closest('.rb') || svg).backgroundColor || '#ffffff';
  const back = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [['x', -1e4], ['y', -1e4], ['width', 2e4], ['height', 2e4], ['fill', bg]]) back.setAttribute(k, v);
  const defs = copy.querySelector('defs');
  copy.insertBefore(back, defs ? defs.nextSibling : copy.firstChild);
  return { copy, w, h };
}

function svgText(svg) {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(standalone(svg).copy);
}

/** Draws the standalone SVG on a canvas (twice its size) and returns PNG bytes. */
async function png(svg) {
  const { copy, w, h } = standalone(svg);
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = w * scale;
  canvas.height = h * scale;
  const ctx = canvas.getContext('2d');
  const vb = (copy.getAttribute('viewBox') || `0 0 ${w} ${h}`).split(/\s+/).map(Number);
  const k = Math.min(w / vb[2], h / vb[3]) * scale;
  ctx.scale(k, k);
  ctx.translate(-vb[0], -vb[1]);
  // Hatching for pattern fills: dark diagonal lines on a see-through tile.
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const t = tile.getContext('2d');
  t.strokeStyle = 'rgba(0,0,0,0.4)';
  t.lineWidth = 2;
  t.beginPath(); t.moveTo(0, 6); t.lineTo(6, 0); t.stroke();
  const hatch = ctx.createPattern(tile, 'repeat');
  const num = (el, a) => parseFloat(el.getAttribute(a)) || 0;
  for (const el of copy.querySelectorAll('*')) {
    if (el.closest('defs')) continue;
    const fill = el.getAttribute('fill') || '';
    const stroke = el.getAttribute('stroke') || '';
    ctx.globalAlpha = el.hasAttribute('opacity') ? num(el, 'opacity') : 1;
    const paint = (path) => {
      if (fill.startsWith('url(')) { ctx.fillStyle = hatch; ctx.fill(path); }
      else if (fill && fill !== 'none') { ctx.fillStyle = fill; ctx.fill(path); }
      if (stroke && stroke !== 'none' && num(el, 'stroke-width') > 0) {
        ctx.strokeStyle = stroke; ctx.lineWidth = num(el, 'stroke-width'); ctx.stroke(path);
      }
    };
    const tag = el.tagName.toLowerCase();
    if (tag === 'path') paint(new Path2D(el.getAttribute('d') || ''));
    else if (tag === 'rect') { const p = new Path2D(); p.rect(num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height')); paint(p); }
    else if (tag === 'circle') { const p = new Path2D(); p.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI); paint(p); }
    else if (tag === 'text') {
      ctx.font = `${el.getAttribute('font-weight') || 400} ${el.getAttribute('font-size') || '14px'} ${el.getAttribute('font-family') || 'sans-serif'}`;
      ctx.textAlign = { middle: 'center', end: 'end' }[el.getAttribute('text-anchor')] || 'start';
      ctx.textBaseline = /central|middle/.test(el.getAttribute('dominant-baseline') || '') ? 'middle' : 'alphabetic';
      if (fill && fill !== 'none') ctx.fillStyle = fill;
      ctx.fillText(el.textContent, num(el, 'x'), num(el, 'y'));
    }
  }
  return new Promise((ok) => canvas.toBlob(ok, 'image/png'));
}

/** Called by the widget (through boot.js): kind is svg, png or csv. */
export async function exportFile(kind, name, payload) {
  if (kind === 'svg') download(name, new Blob([svgText(payload)], { type: 'image/svg+xml' }));
  else if (kind === 'png') download(name, await png(payload));
  else if (kind === 'csv') download(name, new Blob([payload], { type: 'text/csv;charset=utf-8' }));
}
