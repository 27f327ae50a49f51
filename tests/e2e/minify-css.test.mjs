// The build's CSS minifier (scripts/minify-css.mjs, Lightning CSS): strings
// and url()s that contain `;` or `}` survive, and the build's checks fail
// loudly rather than ship a broken stylesheet. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { minifyCss } from '../../scripts/minify-css.mjs';
import { ROOT } from './fixtures.mjs';

test('strings and url()s containing ; and } survive minification', () => {
  const css = `/* a comment */
.rb-a::before {
  content: "a;}b";
  color : red ;
}
.rb-b {
  background-image: url("x;y}.svg");
  margin: 0 ;
}
`;
  const out = minifyCss(css, 'test.css');
  assert.ok(out.length < css.length, out);
  assert.ok(out.includes('content:"a;}b"'), out);
  assert.match(out, /url\((["']?)x;y\}\.svg\1\)/, out);
  assert.doesNotMatch(out, /comment/);
  assert.ok(out.includes('.rb-b{'), out);
  assert.ok(out.includes('margin:0'), out);
});

test('invalid CSS fails the build instead of being shipped', () => {
  // (An unclosed block is valid CSS: the end of the file closes it.)
  for (const broken of ['.rb-a { color: red } }', '..rb-a { color: red }', '.rb-a { color red }']) {
    assert.throws(() => minifyCss(broken, 'broken.css'), undefined, broken);
  }
});

test('the widget stylesheet minifies smaller and keeps every rule', () => {
  const css = readFileSync(join(ROOT, 'styles/board.css'), 'utf8');
  const out = minifyCss(css, 'board.css');
  assert.ok(out.length < css.length);
  for (const selector of ['.rb-title', '.rb-figure-value', '.rb-legend-item', '@media print', '@keyframes rb-spin']) {
    assert.ok(out.includes(selector), `${selector} is missing from the minified board.css`);
  }
  // No declaration block is emptied or merged into a neighbour's braces.
  assert.equal((out.match(/\{/g) || []).length, (out.match(/\}/g) || []).length);
});
