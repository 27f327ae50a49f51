// Issue 11, item 2: a source chosen by the page's address (`?src=`, same
// origin only) must not reach another site through a redirect. An open
// redirect on the portal (`/anything?redirect=…`) would otherwise make an
// official page show another origin's report, if that origin allows CORS and
// the portal's CSP allows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { open, hostPage } from './helpers.mjs';
import { DIST, FIXTURES, makeFixtures } from './fixtures.mjs';

let portal;
let other;
let browser;

before(async () => {
  makeFixtures();
  other = await serve({ root: DIST, fixtures: FIXTURES, cors: true });
  portal = await serve({ root: DIST, fixtures: FIXTURES, delays: true, connectExtra: other.origin });
  browser = await launch();
  hostPage('address-src.html', '<div data-rectify-board data-allow-src-param></div>');
});

after(async () => {
  await browser?.close();
  await portal?.close();
  await other?.close();
});

const page = (src) => `${portal.url}fixtures/address-src.html?src=${encodeURIComponent(src)}`;

test('a ?src= that redirects to another origin is refused with an error', async () => {
  const away = `/fixtures/seven.json?redirect=${encodeURIComponent(`${other.origin}/fixtures/ten-thousand.json`)}`;
  const { page: p, context } = await open(browser, page(away));
  const panel = p.locator('.rb-error');
  await panel.waitFor();
  assert.equal(await p.locator('.rb-board').count(), 0, 'no board from the other site');
  assert.match(await panel.textContent(), new RegExp(`重定向到其他网站（${other.origin.replace(/[.]/g, '\\.')}）`));
  await context.close();
});

test('a redirect within the same origin still loads', async () => {
  const within = `/fixtures/nothing.json?redirect=${encodeURIComponent('/fixtures/seven.json')}`;
  const { page: p, context, problems } = await open(browser, page(within));
  await p.locator('.rb-board').waitFor();
  assert.match(await p.locator('.rb-title').textContent(), /7个问题/);
  assert.deepEqual(problems, []);
  await context.close();
});
