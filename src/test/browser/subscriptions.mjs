// The graphql-ws client (graphql-transport-ws protocol) against the API, under node.
// Usage: node subscriptions.mjs events <api url> <editor token> <ids JSON>: subscribes, then edits over HTTP and
//        prints what each subscription received.
//        node subscriptions.mjs limits <api url>: prints how the server answers protocol abuse and excess.
//        node subscriptions.mjs wait <api url> <ids JSON>: subscribes, prints "ready", then prints what arrives.
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [mode, api, ...rest] = process.argv.slice(2);
const wsUrl = api.replace(/^http/, 'ws');
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function connect(options = {}) {
  let connected;
  const ready = new Promise(resolve => { connected = resolve; });
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
    on: { connected: () => connected() }, ...options });
  return { client, ready };
}

// Collects a subscription's results: data payloads, errors, whether it completed.
function collect(client, query, variables = {}) {
  const got = { data: [], errors: [], complete: false };
  got.dispose = client.subscribe({ query, variables }, {
    next: result => result.errors ? got.errors.push(...result.errors) : got.data.push(result.data),
    error: error => got.errors.push(Array.isArray(error) ? error[0] : { closeCode: error.code, reason: error.reason }),
    complete: () => { got.complete = true; },
  });
  return got;
}

async function until(condition, ms = 15000) {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) {
    await sleep(50);
  }
}

const CONVERSATION = `subscription($f: ConversationChangeFilter) { conversationChanged(filter: $f) {
  change id conversation { id title participants { leader { name } } } mergedInto { id } } }`;
const STATEMENT = `subscription { statementChanged { change id statement { text speaker { name } } conversation { id } } }`;
const DOCUMENT = `subscription { documentAdded { id publisher title } }`;

// The example in graphql/subscriptions/, as a front end would send it.
const example = name => [readFileSync(new URL(`../../../graphql/subscriptions/${name}.graphql`, import.meta.url), 'utf8'),
  JSON.parse(readFileSync(new URL(`../../../graphql/subscriptions/${name}.variables.json`, import.meta.url), 'utf8'))];

async function events(token, ids) {
  const { client, ready } = connect();
  await ready;
  const subs = {
    ofPutin: collect(client, ...example('conversation-changes')),
    addedWithOther: collect(client, CONVERSATION, { f: { participant: ids.other, kinds: ['ADDED'] } }),
    statements: collect(client, STATEMENT),
    documents: collect(client, DOCUMENT),
    unknownLeader: collect(client, CONVERSATION, { f: { participant: ids.unknownLeader } }),
  };
  await sleep(500);
  const edit = async (query, variables) => {
    const response = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json',
      Authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const call = passage => ({ input: { kind: 'PHONE_CALL', title: 'Live call', date: '2025-02-12',
    participants: [{ leader: ids.putin, role: 'PARTICIPANT' }],
    sources: [{ document: ids.tass, text: passage, reportedDate: '2025-02-12' }] } });
  const create = 'mutation($input: CreateConversationInput!) { createConversation(input: $input) { id version } }';
  const first = (await edit(create, call('Putin and al-Sharaa discussed cooperation in trade, economic, educational and '
    + 'other fields'))).createConversation;
  const updated = (await edit('mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { version } }',
    { input: { id: first.id, expectedVersion: first.version, title: 'Renamed live call' } })).updateConversation;
  const statement = (await edit('mutation($input: CreateStatementInput!) { createStatement(input: $input) { id version } }',
    { input: { conversation: first.id, document: ids.tass, kind: 'PARAPHRASE', speaker: ids.putin,
      text: 'Putin wished success to the new Syrian leader' } })).createStatement;
  const second = (await edit(create, call('The leaders agreed'))).createConversation;
  const merged = (await edit('mutation($k: ID!, $kv: Int!, $r: ID!, $rv: Int!) { mergeConversations(keep: $k, '
    + 'keepVersion: $kv, remove: $r, removeVersion: $rv) { version } }',
  { k: first.id, kv: updated.version, r: second.id, rv: second.version })).mergeConversations;
  await edit('mutation($id: ID!, $v: Int!) { deleteStatement(id: $id, expectedVersion: $v) }',
    { id: statement.id, v: statement.version });
  const document = (await edit('mutation($input: AddDocumentInput!) { addDocument(input: $input) { id } }',
    { input: { text: `Live report\n\nA report of ${Date.now()}.`, publisher: 'Live Wire', title: 'Live report', language: 'en' } }))
    .addDocument;
  await edit('mutation($id: ID!, $v: Int!) { deleteConversation(id: $id, expectedVersion: $v) }',
    { id: first.id, v: merged.version });
  await until(() => subs.ofPutin.data.length >= 6 && subs.statements.data.length >= 2 && subs.documents.data.length >= 1
    && subs.unknownLeader.errors.length >= 1);
  await sleep(300);
  const out = { first: first.id, second: second.id, statement: statement.id, document: document.id };
  for (const [name, got] of Object.entries(subs)) {
    out[name] = { data: got.data, errors: got.errors, complete: got.complete };
    got.dispose();
  }
  await client.dispose();
  return out;
}

// A raw socket, to do what no well-behaved client does.
function raw(protocols = 'graphql-transport-ws') {
  const socket = new WebSocket(wsUrl, protocols);
  const messages = [];
  let close;
  const closed = new Promise(resolve => { close = resolve; });
  socket.on('close', (code, reason) => close({ code, reason: String(reason) }));
  const opened = new Promise(resolve => socket.on('open', resolve));
  socket.on('error', () => {});
  socket.on('message', data => messages.push(JSON.parse(String(data))));
  // A refused upgrade: the HTTP status and the body's first error.
  socket.on('unexpected-response', (request, response) => {
    let body = '';
    response.on('data', chunk => { body += chunk; });
    response.on('end', () => close({ httpStatus: response.statusCode, error: JSON.parse(body || '{}').errors?.[0] }));
  });
  return { socket, messages, closed, opened };
}

const timeout = (promise, ms) => Promise.race([promise, sleep(ms).then(() => ({ timedOut: true }))]);

async function limits() {
  const out = {};
  // No connection_init: closed with 4408 after the init timeout.
  const silent = raw();
  await silent.opened;
  const started = Date.now();
  out.noInit = { ...(await timeout(silent.closed, 10000)), afterMs: Date.now() - started };
  // A subscribe before connection_init: 4401.
  const early = raw();
  await early.opened;
  early.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: DOCUMENT } }));
  out.subscribeBeforeInit = await timeout(early.closed, 5000);
  // Not JSON: 4400.
  const garbage = raw();
  await garbage.opened;
  garbage.socket.send('{not json');
  out.notJson = await timeout(garbage.closed, 5000);
  // A subprotocol the server does not speak.
  const legacy = raw('graphql-ws');
  out.legacyProtocol = await timeout(legacy.closed, 5000);
  const none = raw([]);
  out.noProtocol = await timeout(none.closed, 5000);
  // A message over the size limit: closed with 1009.
  const big = raw();
  await big.opened;
  big.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(100000) } }));
  out.tooBig = await timeout(big.closed, 5000);
  // Through the real client: more subscriptions than allowed on one connection; on another, a query over the limits,
  // an invalid one, a mutation and a query (which go over HTTP), and a filter with an ID of the wrong type.
  const crowded = connect();
  await crowded.ready;
  const many = [];
  for (let i = 0; i < 11; i++) many.push(collect(crowded.client, DOCUMENT));
  const { client, ready } = connect();
  await ready;
  // Leaders' conversations' participants' leaders' ... nested past the depth limit.
  let nested = 'name';
  for (let i = 0; i < 5; i++) nested = `conversations(first: 1) { edges { node { participants { leader { ${nested} } } } } }`;
  const deep = collect(client, `subscription { conversationChanged { conversation { participants { leader { ${nested} } } } } }`);
  const invalid = collect(client, 'subscription { conversationChanged { nope } }');
  const mutation = collect(client, 'mutation { deleteTopic(id: "x", expectedVersion: 0) }');
  const query = collect(client, '{ topics(first: 1) { totalCount } }');
  const wrongType = collect(client, CONVERSATION, { f: { participant: 'VG9waWM6eA' } });
  await until(() => many.some(s => s.errors.length) && deep.errors.length && invalid.errors.length
    && mutation.errors.length && query.errors.length && wrongType.errors.length, 5000);
  out.tooMany = many.map(s => s.errors);
  out.deep = deep.errors;
  out.invalid = invalid.errors;
  out.mutation = mutation.errors;
  out.query = { data: query.data, errors: query.errors };
  out.wrongType = wrongType.errors;
  await client.dispose();
  await crowded.client.dispose();
  return out;
}

// Subscribes, says so, and prints what arrived within the time given: for a change made elsewhere by the test.
async function wait(ids, ms) {
  const { client, ready } = connect();
  await ready;
  const got = collect(client, CONVERSATION, {});
  await sleep(300);
  process.stderr.write('ready\n');
  await until(() => got.data.length >= 1, Number(ms));
  got.dispose();
  await client.dispose();
  return { data: got.data, errors: got.errors };
}

const result = mode === 'events' ? await events(rest[0], JSON.parse(rest[1]))
  : mode === 'limits' ? await limits() : await wait(JSON.parse(rest[0] || '{}'), rest[1] || 15000);
process.stdout.write(JSON.stringify(result));
process.exit(0);
