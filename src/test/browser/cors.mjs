// Headless Chromium calls the GraphQL API from pages on other origins, the way a front end does.
// Usage: node cors.mjs <api url, e.g. http://localhost:38081/graphql> <allowed page host> <refused page host>
// Serves one empty page on a free port, opens it under both host names (two origins), runs the calls in
// each page with fetch and prints what the page saw, plus the statuses Chromium's network layer saw, as JSON.
import http from 'node:http';
import { chromium } from 'playwright-core';

const [api, allowedHost, refusedHost] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>front end</title><p>A front end on another origin.</p>');
});
await new Promise(resolve => server.listen(0, resolve));
const port = server.address().port;

// Runs in the page. Each call reports the status and body the page could read, or the error fetch threw.
async function calls(api) {
  const query = '{ topics(first: 2) { totalCount } }';
  async function call(name, url, init) {
    try {
      const response = await fetch(url, init);
      return { name, status: response.status, requestId: response.headers.get('X-Request-Id'),
        body: await response.json() };
    } catch (e) {
      return { name, error: String(e) };
    }
  }
  const post = body => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const get = api + '?query=' + encodeURIComponent('{ topics(first: 3) { totalCount } }');
  return [
    await call('post', api, post({ query })),
    await call('post again (response cache)', api, post({ query })),
    await call('get', get, { cache: 'no-store' }),
    await call('get again (response cache)', get, { cache: 'no-store' }),
    await call('get into the browser cache', get, { cache: 'reload' }),
    await call('get revalidated (304)', get, { cache: 'no-cache' }),
    await call('validation error', api, post({ query: '{ topics { nosuchfield } }' })),
    await call('mutation without a token (401)', api,
      post({ query: 'mutation { updateStatement(input: {id: "x", expectedVersion: 0}) { id } }' })),
  ];
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const result = {};
try {
  for (const [key, host] of [['allowed', allowedHost], ['refused', refusedHost]]) {
    const page = await browser.newPage();
    const network = [];
    const console = [];
    // What went over the wire, from Chromium's DevTools protocol: raw statuses (a 304 the page sees as 200)
    // and the preflights the page never sees.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', e => requests.set(e.requestId, e.request));
    cdp.on('Network.responseReceivedExtraInfo', e => network.push({ requestId: e.requestId, status: e.statusCode,
      allowOrigin: e.headers['access-control-allow-origin'] || e.headers['Access-Control-Allow-Origin'] || null }));
    page.on('console', m => console.push(m.text()));
    const origin = `http://${host}:${port}`;
    await page.goto(origin + '/');
    const made = await page.evaluate(calls, api);
    network.forEach(r => { const request = requests.get(r.requestId); r.method = request?.method; r.url = request?.url; });
    result[key] = { origin, calls: made, network: network.filter(r => r.url?.startsWith(api)), console };
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
