// The snippet generator (snippet.html): builds the code a web editor pastes
// into a portal page. All values are escaped for HTML attributes.
const base = new URL('../', import.meta.url).href; // the bundle's folder
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

function code() {
  const f = new FormData($('form'));
  const src = new URL(f.get('src') || 'reports/zhongshan-finance-2025-09.json', base).href;
  const lang = f.get('lang');
  const mode = f.get('mode');
  const height = String(f.get('height') || '').trim();
  if (f.get('kind') === 'iframe') {
    const q = new URLSearchParams({ src, lang, id: 'rectify-board-1' });
    if (mode) q.set('mode', mode);
    return `<iframe data-rectify-board-frame title="整改看板" src="${esc(base)}embed.html?${esc(q.toString())}" width="100%" height="${esc(height || '900')}" loading="lazy"></iframe>\n` +
      `<script type="module" src="${esc(base)}extras/embed-parent.js"></script>`;
  }
  let attrs = ` data-src="${esc(src)}" data-lang="${esc(lang)}"`;
  if (mode) attrs += ` data-mode="${esc(mode)}"`;
  if (height) attrs += ` data-height="${esc(height)}"`;
  return `<div data-rectify-board${attrs}></div>\n<script type="module" src="${esc(base)}boot.js"></script>`;
}

function update() { $('code').value = code(); }
$('form').addEventListener('input', update);
$('form').addEventListener('change', update);
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('code').value);
    $('copied').textContent = '已复制';
  } catch {
    $('code').select();
    $('copied').textContent = '请按 Ctrl+C 复制';
  }
});
update();
