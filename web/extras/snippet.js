// The snippet generator (snippet.html): builds the code a web editor pastes
// into a portal page. All values are escaped for HTML attributes.
const base = new URL('../', import.meta.url).href; // the bundle's folder
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

// Which data files an embed can show (as src/mount.rs and web/boot.js):
// never data:, javascript: or blob: (not files on a web site); an iframe
// (embed.html?src=) only files of the bundle's own site; a script embed
// (data-src) also another site's, when that site allows it (CORS).
function checkSource(given, kind) {
  let url;
  try {
    url = new URL(given, base);
  } catch {
    return { refused: '这不是可用的地址，看板不会显示它。请填写数据文件在网站上的地址。' };
  }
  if (!/^https?:$/.test(url.protocol)) {
    return { refused: `“${url.protocol}”地址不是网站上的文件，看板不会显示它。请填写数据文件在网站上的地址（http:// 或 https://，或相对地址）。` };
  }
  const own = new URL(base).origin;
  if (url.origin === own) return { url };
  if (kind === 'iframe') {
    return { refused: `iframe 嵌入只能显示本网站（${own}）上的数据文件；其他网站（${url.origin}）的文件会被拒绝。请把数据文件放到本网站，或改用脚本嵌入。` };
  }
  return { url, note: `数据文件在其他网站（${url.origin}）：须该网站允许跨域读取（CORS），且门户的内容安全策略 connect-src 包含该网站，否则看板显示错误。` };
}

function code() {
  const f = new FormData($('form'));
  const checked = checkSource(String(f.get('src') || '').trim() || 'reports/zhongshan-finance-2025-09.json', f.get('kind'));
  $('src-note').textContent = checked.refused || checked.note || '';
  $('copy').disabled = Boolean(checked.refused);
  if (checked.refused) return '';
  const src = checked.url.href;
  const lang = f.get('lang');
  const mode = f.get('mode');
  const height = String(f.get('height') || '').trim();
  if (f.get('kind') === 'iframe') {
    const q = new URLSearchParams({ src, lang, id: 'rectify-board-1' });
    if (mode) q.set('mode', mode);
    return `<iframe data-rectify-board-frame title="整改看板" src="${esc(base)}embed.html?${esc(q.toString())}" width="100%" height="${esc(height || '900')}" loading="lazy"></iframe>\n` +
      `<script type="module" src="${esc(base)}extras/embed-parent.js"></script>`;
  }
  if (f.get('kind') === 'prerender') return prerender(src, lang);
  let attrs = ` data-src="${esc(src)}" data-lang="${esc(lang)}"`;
  if (mode) attrs += ` data-mode="${esc(mode)}"`;
  if (height) attrs += ` data-height="${esc(height)}"`;
  return `<div data-rectify-board${attrs}></div>\n<script type="module" src="${esc(base)}boot.js"></script>`;
}

// A word for a POSIX shell, in single quotes.
const sh = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

// Pre-rendering (`rectify render`, see README): the command that writes the
// board as HTML at publish time, and the loader the page keeps.
const PRERENDER_NOTE = '发布时在命令行运行上面的命令（report.json 为本地的数据文件），把生成的 board.html 的全部内容粘贴到文章中看板的位置，并照常加载脚本：' +
  '看板在脚本运行前、未运行时（旧浏览器、关闭脚本、无障碍检测工具、网页存档）都能阅读，脚本运行后原地变为可交互的看板。数据文件更新后，看板显示最新数据并注明。';
function prerender(src, lang) {
  let file = new URL(src).pathname.split('/').pop() || 'report.json';
  try { file = decodeURIComponent(file); } catch { /* kept as written */ }
  const renderLang = lang === 'en' ? 'en' : 'zh-Hans';
  return `rectify render ${sh(file)} --src ${sh(src)} --base ${sh(base)} --lang ${renderLang} -o board.html\n` +
    `<script type="module" src="${esc(base)}boot.js"></script>`;
}

function update() {
  $('code').value = code();
  const kind = new FormData($('form')).get('kind');
  $('kind-note').textContent = kind === 'prerender'
    ? PRERENDER_NOTE + ($('lang').value === 'zh-Hant' ? '预先生成的看板以简体显示，读者可切换为繁體。' : '')
    : '';
}
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
