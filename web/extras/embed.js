// Inside the iframe (embed.html): tells the parent page how tall the content
// is, whenever it changes, so the parent can size the iframe without
// scrolling. Message: { type: "rectify-board:height", height: <CSS px>, id }.
// The height is not secret, so it is posted to any parent ('*'); the parent
// checks that the message comes from its own iframe (see embed-parent.js).
const id = new URLSearchParams(location.search).get('id') || '';
let last = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'rectify-board:height', height, id }, '*');
  }
}
new ResizeObserver(report).observe(document.documentElement);
addEventListener('load', report);
