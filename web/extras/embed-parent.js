// For the page that embeds 整改看板 in an iframe: sizes each
// <iframe data-rectify-board-frame src=".../embed.html?...&id=NAME"> to the
// height its content reports. Only messages from that iframe's own window
// and origin are accepted. Load with <script type="module" src=".../embed-parent.js">.
const frames = () => document.querySelectorAll('iframe[data-rectify-board-frame]');

addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'rectify-board:height' || typeof data.height !== 'number') return;
  for (const frame of frames()) {
    if (event.source !== frame.contentWindow) continue;
    if (event.origin !== new URL(frame.src, location.href).origin) return;
    const h = Math.max(100, Math.min(20000, Math.round(data.height)));
    frame.style.height = `${h}px`; // CSSOM: allowed under style-src 'self'
    frame.dataset.reportedHeight = String(h);
    frame.dispatchEvent(new CustomEvent('rectify-board:height', { detail: { height: h, id: data.id } }));
  }
});
