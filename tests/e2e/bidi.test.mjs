// Issue 11, item 10: a bidi override in report text must not reorder the text
// shown after it. Each field holding a bidi control is isolated (FSI … PDI,
// the plain-text form of <bdi>), in HTML and in SVG text alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, hostPage, FIXTURES } from './helpers.mjs';

let server;
let browser;
const RLO = '\u202E';
const PDF = '\u202C';

before(async () => {
  ({ server, browser } = await setup());
  const report = {
    format: 'rectify-board/1',
    meta: { title: `标题${RLO}告报试测${PDF}尾` },
    nodes: [{
      id: 'a1', kind: 'focus_area', label: `(一)${RLO}`, title: '领域',
      children: [{ id: 'p1', kind: 'problem', label: '(1)', title: '问题', status: 'done' }],
    }],
  };
  writeFileSync(join(FIXTURES, 'bidi.json'), JSON.stringify(report));
  hostPage('bidi.html', '<div data-rectify-board data-src="/fixtures/bidi.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('each field with a bidi control is isolated, so it cannot reorder the next', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/bidi.html`);
  assert.equal(await page.locator('.rb-title').textContent(), `\u2068标题${RLO}告报试测${PDF}尾\u2069`);
  const area = await page.locator('.rb-area-button').first().textContent();
  assert.ok(area.includes(`\u2068(一)${RLO}\u2069领域`), JSON.stringify(area));
  const caption = await page.locator('.rb-bar-caption').first().textContent();
  assert.ok(caption.includes(`\u2068(一)${RLO}\u2069`), JSON.stringify(caption));
  assert.deepEqual(problems, []);
  await context.close();
});
