// Exports the whole store of a running leader-contacts service through its own GraphQL API into one JSON file,
// for server.mjs to serve. Every top-level list is paged with first: 100 / after; each row keeps the opaque
// cursor the service gave it, which carries the row's sort value and internal id (the tie-breaker of every
// ordering), so that the peer can produce the same orderings and the same cursors.
//
//   node export.mjs http://127.0.0.1:8080/graphql data.json
import { writeFileSync } from 'node:fs';
import { data } from './http.mjs';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
    console.error('usage: node export.mjs GRAPHQL_URL OUT.json');
    process.exit(2);
}

const SPAN = 'start end document { id }';
const LISTS = {
    documents: `id fileName sha256 publisher title url publishedOn publishedText language length note text version
        citations { name source { ${SPAN} } } conversations { id }`,
    leaders: `id name version country { code name }
        aliases { text note source { ${SPAN} } }
        offices { title from to country { code name } source { ${SPAN} } }`,
    topics: 'id slug name description version',
    conversations: `id title kind date datePrecision dateDisputed place outlet version initiator { id }
        participants { role leader { id } } topics { id }
        sources { reportedDate reportedDateText dateNote dateSource { ${SPAN} } document { id } excerpt { ${SPAN} } }
        evidence { fact value source { ${SPAN} } }`,
    statements: `id text kind attribution remark version speaker { id } conversation { id } topics { id }
        source { ${SPAN} }`,
};

async function exportList(name, fields) {
    const query = `query Export($after: String) { ${name}(first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} } } } }`;
    const rows = [];
    let after = null;
    let total;
    for (;;) {
        const page = (await data(url, query, { after }))[name];
        total = page.totalCount;
        for (const edge of page.edges) {
            rows.push({ cursor: edge.cursor, ...edge.node });
        }
        if (!page.pageInfo.hasNextPage) {
            break;
        }
        after = page.pageInfo.endCursor;
    }
    if (rows.length !== total) {
        throw new Error(`${name}: exported ${rows.length} rows, but totalCount is ${total}`);
    }
    return rows;
}

const started = Date.now();
const store = { exportedFrom: url, exportedAt: new Date().toISOString() };
for (const [name, fields] of Object.entries(LISTS)) {
    store[name] = await exportList(name, fields);
    console.error(`exported ${store[name].length} ${name}`);
}
writeFileSync(out, JSON.stringify(store));
console.error(`wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
