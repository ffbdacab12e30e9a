// Runs every example of graphql/examples/ (with its .variables.json) against the service and the Apollo peer and
// compares the answers (deep equality after JSON parse). Where a query takes $after and its answer has a
// pageInfo.endCursor, the walk continues page by page, comparing every page (cursors included).
// The walk stops after CHECK_MAX_PAGES pages (default 100; 0: every page, which at 10,000 conversations is
// tens of thousands of requests). Prints one line per example; exits 1 if an example the peer implements differs.
//
//   node check.mjs SERVICE_URL PEER_URL [EXAMPLES_DIR] [example names...]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { graphql } from './http.mjs';

const [serviceUrl, peerUrl, dir = fileURLToPath(new URL('../../graphql/examples/', import.meta.url)), ...only] =
    process.argv.slice(2);
// Full-text search over statements, documents and names (Lucene, BM25 scores, snippets): not reproduced.
const NOT_IMPLEMENTED = new Set(['quote-search']);
const MAX_PAGES = Number(process.env.CHECK_MAX_PAGES ?? 100) || Infinity;

/** Where two answers first differ, as a path. */
function difference(a, b, path = '$') {
    if (isDeepStrictEqual(a, b)) {
        return null;
    }
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
        if (Array.isArray(a) && a.length !== b.length) {
            return `${path}: ${a.length} items vs ${b.length}`;
        }
        for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
            const found = difference(a[key], b[key], `${path}.${key}`);
            if (found) {
                return found;
            }
        }
    }
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

function endCursor(value) {
    if (!value || typeof value !== 'object') {
        return undefined;
    }
    if (value.pageInfo && 'endCursor' in value.pageInfo) {
        return value.pageInfo.hasNextPage ? value.pageInfo.endCursor : null;
    }
    for (const child of Object.values(value)) {
        const found = endCursor(child);
        if (found !== undefined) {
            return found;
        }
    }
    return undefined;
}

/** Beyond the examples: other page sizes, orderings and backward paging, walked the same way. */
const EXTRA = {
    'timeline first 2': [readFileSync(`${dir}/timeline.graphql`, 'utf8'), { first: 2 }],
    'pagination-walk first 7': [readFileSync(`${dir}/pagination-walk.graphql`, 'utf8'), { first: 7 }],
    'conversations DESC last/before': [`query($before: String) { conversations(orderBy: DATE_DESC, last: 2, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id date } } } }`,
        { before: null }],
    'leaders NAME_DESC, nested lists': [`query($after: String) { leaders(orderBy: NAME_DESC, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name
          counterparts(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor conversationCount firstContact lastContact node { name } } }
          conversations(orderBy: DATE_DESC, first: 2, filter: { country: "RU" }) { totalCount edges { cursor node { title } } }
          statements(orderBy: DATE_DESC, last: 3) { totalCount pageInfo { hasPreviousPage startCursor } edges { cursor } } } } } }`, {}],
    'topics nested, documents': [`query($after: String) { topics(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { slug conversations(first: 1) { totalCount pageInfo { endCursor } }
          statements(first: 2, filter: { kind: QUOTE }) { totalCount edges { cursor } } } } }
        documents(last: 2) { totalCount pageInfo { hasPreviousPage startCursor } edges { cursor node { fileName
          conversations { id date } statements(first: 3) { edges { cursor node { source { before(chars: 10) after } } } } } } } }`, {}],
};

const names = readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => f.slice(0, -8)).sort()
    .filter((name) => only.length === 0 || only.includes(name));
let failed = 0;
const cases = names.map((name) => {
    const variablesFile = `${dir}/${name}.variables.json`;
    return [name, readFileSync(`${dir}/${name}.graphql`, 'utf8'),
        existsSync(variablesFile) ? JSON.parse(readFileSync(variablesFile, 'utf8')) : {}];
});
if (only.length === 0) {
    cases.push(...Object.entries(EXTRA).map(([name, [query, variables]]) => [name, query, variables]));
}
for (let [name, query, variables] of cases) {
    if (NOT_IMPLEMENTED.has(name)) {
        console.log(`skipped  ${name} (not implemented by the peer)`);
        continue;
    }
    let pages = 0;
    let truncated = false;
    let verdict = null;
    for (;;) {
        const [expected, actual] = await Promise.all([graphql(serviceUrl, query, variables), graphql(peerUrl, query, variables)]);
        pages++;
        if (expected.errors) {
            verdict = `the service answered with errors: ${JSON.stringify(expected.errors).slice(0, 200)}`;
            break;
        }
        const diff = difference(expected, actual);
        if (diff) {
            verdict = `differs on page ${pages}: ${diff}`;
            break;
        }
        const next = /\$after\b/.test(query) ? endCursor(expected.data) : null;
        if (!next || pages === MAX_PAGES) {
            truncated = next != null;
            break;
        }
        variables = { ...variables, after: next };
    }
    if (verdict) {
        failed++;
        console.log(`DIFFERS  ${name}: ${verdict}`);
    } else {
        const walked = truncated ? `first ${pages} pages` : `${pages} pages`;
        console.log(`equal    ${name}${pages > 1 ? ` (${walked}, walked with endCursor)` : ''}`);
    }
}
const skipped = names.filter((n) => NOT_IMPLEMENTED.has(n)).length;
console.log(`${cases.length - failed - skipped} of ${cases.length} checks equal (${names.length} examples, ${skipped} `
    + `skipped; ${cases.length - names.length} extra paging checks)${failed ? `; ${failed} DIFFER` : ''}`);
process.exit(failed ? 1 : 0);
