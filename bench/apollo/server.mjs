// The Apollo Server peer of bench/vs-apollo.sh: the service's own SDL (graphql/schema.graphql), resolved over the
// store exported by export.mjs, held in memory as plain objects linked to each other, with an index per list the
// examples read. Orderings, cursors, totals and page info follow the service's rules (keyset paging on
// (sort value, internal id)), so that answers are identical. Read-only: no mutations, no full-text search.
//
//   node server.mjs DATA.json PORT [SCHEMA.graphql]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';

const [dataFile, port = '4000', schemaFile = fileURLToPath(new URL('../../graphql/schema.graphql', import.meta.url))] =
    process.argv.slice(2);
if (!dataFile) {
    console.error('usage: node server.mjs DATA.json PORT [SCHEMA.graphql]');
    process.exit(2);
}

// ---- Cursors, IDs, dates: the service's formats ----

const SEPARATOR = '\u001f';

function encodeCursor(ordering, sortValue, id) {
    return Buffer.from(`v1${SEPARATOR}${ordering}${SEPARATOR}${sortValue}${SEPARATOR}${id}`).toString('base64url');
}

function userError(message, code = 'BAD_USER_INPUT') {
    return new GraphQLError(message, { extensions: { code } });
}

/** A cursor as [sortValue, id]; one of another list or ordering is refused, as the service refuses it. */
function decodeCursor(cursor, ordering) {
    if (cursor == null) {
        return null;
    }
    const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(SEPARATOR);
    if (parts.length !== 4 || parts[0] !== 'v1' || !/^-?\d+$/.test(parts[3])) {
        throw userError(`"${cursor}" is not a valid cursor. Use \`endCursor\`/\`startCursor\` from \`pageInfo\` or an edge's \`cursor\`.`);
    }
    if (parts[1] !== ordering) {
        throw userError(`Cursor "${cursor}" belongs to another list or ordering. Use a cursor from this connection's own pageInfo or edges.`);
    }
    return [parts[2], Number(parts[3])];
}

/** [sortValue, id] of an exported row, from the cursor the service gave it. */
function position(row) {
    const parts = Buffer.from(row.cursor, 'base64url').toString('utf8').split(SEPARATOR);
    return [parts[2], Number(parts[3])];
}

/** A partial date's first and last day (ISO strings compare as dates) and its precision (YEAR < MONTH < DAY). */
function partialDate(value) {
    const [year, month, day] = value.split('-').map(Number);
    const pad = (n) => String(n).padStart(2, '0');
    const iso = (y, m, d) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
    if (day) {
        return { start: value, end: value, precision: 2 };
    }
    if (month) {
        return { start: iso(year, month, 1), end: iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()), precision: 1 };
    }
    return { start: iso(year, 1, 1), end: iso(year, 12, 31), precision: 0 };
}

function comparePartialDates(a, b) {
    return a.start < b.start ? -1 : a.start > b.start ? 1 : a.precision - b.precision;
}

// ---- Keyset paging, the service's PageRequest ----

const MAX_PAGE = 100;

/** Compares positions [sortValue, id]: sort values as strings (ISO dates, names), then ids. */
function comparePositions(a, b) {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}

/** An ordering: its name (inside cursors) and direction; rows carry their position as `pos`. */
const ordering = (name, descending = false) => ({ name, descending });
const CONVERSATION_ORDER = { DATE_ASC: ordering('conversation:DATE_ASC'), DATE_DESC: ordering('conversation:DATE_DESC', true) };
const STATEMENT_ORDER = { DATE_ASC: ordering('statement:DATE_ASC'), DATE_DESC: ordering('statement:DATE_DESC', true) };
const LEADER_ORDER = { NAME_ASC: ordering('leader:NAME_ASC'), NAME_DESC: ordering('leader:NAME_DESC', true) };
const TOPIC_ORDER = ordering('topic:NAME_ASC');
const DOCUMENT_ORDER = ordering('document:fileName');
const COUNTERPART_ORDER = ordering('counterpart:LAST_CONTACT_DESC', true);

/** First index in `rows` (display order) whose position comes after `cursor` (strictly, or not before it). */
function bound(rows, cursor, descending, strictlyAfter) {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        let c = comparePositions(rows[mid].pos, cursor);
        if (descending) {
            c = -c;
        }
        if (c < 0 || (strictlyAfter && c === 0)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/**
 * One page of `ascending` (rows sorted by position, ascending) for Relay arguments: edges, pageInfo, totalCount.
 * `edgeOf(row, cursor)` builds an edge (default: { cursor, node: row }).
 */
function connection(ascending, order, args, edgeOf = (row, cursor) => ({ cursor, node: row })) {
    const { first, last, after, before } = args;
    if (first != null && last != null) {
        throw userError('Pass either `first` or `last`, not both.');
    }
    const requested = first ?? last;
    if (requested != null && (requested < 0 || requested > MAX_PAGE)) {
        throw userError(`${first != null ? '`first`' : '`last`'} must be between 0 and ${MAX_PAGE}; got ${requested}.`);
    }
    const size = requested ?? 20;
    const afterPos = decodeCursor(after, order.name);
    const beforePos = decodeCursor(before, order.name);
    const rows = order.descending ? reversed(ascending) : ascending;
    const lo = afterPos ? bound(rows, afterPos, order.descending, true) : 0;
    const hi = beforePos ? Math.max(lo, bound(rows, beforePos, order.descending, false)) : rows.length;
    let page;
    let hasNextPage;
    let hasPreviousPage;
    if (last != null) {
        page = rows.slice(Math.max(lo, hi - size), hi);
        hasNextPage = beforePos != null;
        hasPreviousPage = hi - lo > size;
    } else {
        page = rows.slice(lo, Math.min(hi, lo + size));
        hasNextPage = hi - lo > size;
        hasPreviousPage = afterPos != null;
    }
    const edges = page.map((row) => edgeOf(row, encodeCursor(order.name, row.pos[0], row.pos[1])));
    return {
        totalCount: rows.length,
        edges,
        pageInfo: {
            hasNextPage,
            hasPreviousPage,
            startCursor: edges.length ? edges[0].cursor : null,
            endCursor: edges.length ? edges[edges.length - 1].cursor : null,
        },
    };
}

/** The descending view of a sorted array, computed once per array. */
const reversedViews = new WeakMap();
function reversed(rows) {
    let view = reversedViews.get(rows);
    if (!view) {
        view = [...rows].reverse();
        reversedViews.set(rows, view);
    }
    return view;
}

// ---- The store: exported rows linked into an object graph, with indexes ----

const exported = JSON.parse(readFileSync(dataFile, 'utf8'));
const byId = new Map();
const byPosition = (a, b) => comparePositions(a.pos, b.pos);
const countries = new Map();

function country(c) {
    if (!countries.has(c.code)) {
        countries.set(c.code, c);
    }
    return countries.get(c.code);
}

function keep(typename, row) {
    const object = { ...row, __typename: typename, pos: position(row) };
    delete object.cursor;
    byId.set(object.id, object);
    return object;
}

const documents = exported.documents.map((row) => keep('SourceDocument', row)).sort(byPosition);
const leaders = exported.leaders.map((row) => keep('Leader', row)).sort(byPosition);
const topics = exported.topics.map((row) => keep('Topic', row)).sort(byPosition);
const conversations = exported.conversations.map((row) => keep('Conversation', row)).sort(byPosition);
const statements = exported.statements.map((row) => keep('Statement', row)).sort(byPosition);

const ref = (r) => (r == null ? null : byId.get(r.id));
const span = (s) => (s == null ? null : { document: byId.get(s.document.id), start: s.start, end: s.end });
const indexOf = (list) => new Map(list.map((row) => [row, []]));

const conversationsOfLeader = indexOf(leaders);
const conversationsOfTopic = indexOf(topics);
const statementsOfLeader = indexOf(leaders);
const statementsOfTopic = indexOf(topics);
const statementsOfConversation = indexOf(conversations);
const statementsOfDocument = indexOf(documents);
const statementsOfRemark = new Map();

for (const d of documents) {
    d.citations = d.citations.map((c) => ({ name: c.name, source: span(c.source) }));
}
for (const l of leaders) {
    l.country = country(l.country);
    l.aliases = l.aliases.map((a) => ({ ...a, source: span(a.source) }));
    l.offices = l.offices.map((o) => ({ ...o, country: country(o.country), source: span(o.source) }));
    l.searchNames = [l.name, ...l.aliases.map((a) => a.text)].map((n) => n.toLowerCase());
}
for (const c of conversations) {
    c.dateStart = c.pos[0];
    c.dateEnd = partialDate(c.date).end;
    c.initiator = ref(c.initiator);
    c.participants = c.participants.map((p) => ({ role: p.role, leader: ref(p.leader) }));
    c.topics = c.topics.map(ref);
    c.sources = c.sources.map((s) => ({ ...s, document: ref(s.document), dateSource: span(s.dateSource), excerpt: span(s.excerpt) }));
    c.evidence = c.evidence.map((e) => ({ ...e, source: span(e.source) }));
    c.participants.forEach((p) => conversationsOfLeader.get(p.leader).push(c));
    c.topics.forEach((t) => conversationsOfTopic.get(t).push(c));
}
for (const d of documents) {
    d.conversations = d.conversations.map(ref);
}
for (const s of statements) {
    s.speaker = ref(s.speaker);
    s.conversation = ref(s.conversation);
    s.topics = s.topics.map(ref);
    s.source = span(s.source);
    s.searchText = words(s.text).join(' ');
    if (s.speaker) {
        statementsOfLeader.get(s.speaker).push(s);
    }
    s.topics.forEach((t) => statementsOfTopic.get(t).push(s));
    statementsOfConversation.get(s.conversation).push(s);
    statementsOfDocument.get(s.source.document).push(s);
    if (s.remark != null) {
        statementsOfRemark.set(s.remark, [...(statementsOfRemark.get(s.remark) ?? []), s]);
    }
}
// The service lists a remark's versions by document, then statement.
for (const versions of statementsOfRemark.values()) {
    versions.sort((a, b) => a.source.document.pos[1] - b.source.document.pos[1] || a.pos[1] - b.pos[1]);
}

/** Each leader's counterparts, latest contact first: a tally per pair of participations, as the service counts. */
const counterpartsOfLeader = new Map();
for (const l of leaders) {
    const tallies = new Map();
    for (const c of conversationsOfLeader.get(l)) {
        const date = partialDate(c.date);
        for (const p of c.participants) {
            if (p.leader === l) {
                continue;
            }
            const t = tallies.get(p.leader) ?? { node: p.leader, conversationCount: 0, first: null, last: null };
            tallies.set(p.leader, t);
            t.conversationCount++;
            if (!t.first || comparePartialDates(date, t.first.date) < 0) {
                t.first = { date, value: c.date };
            }
            if (!t.last || comparePartialDates(date, t.last.date) > 0) {
                t.last = { date, value: c.date };
            }
        }
    }
    const ascending = [...tallies.values()].map((t) => ({
        node: t.node, conversationCount: t.conversationCount, firstContact: t.first.value, lastContact: t.last.value,
        pos: [t.last.date.start, t.node.pos[1]],
    })).sort(byPosition);
    counterpartsOfLeader.set(l, ascending);
}

// ---- Filters ----

function requireNode(id, typename) {
    const node = byId.get(id);
    if (!node || node.__typename !== typename) {
        throw userError(`No ${typename} has ID "${id}".`, 'NOT_FOUND');
    }
    return node;
}

function countryCode(value) {
    const wanted = value.trim().toUpperCase();
    for (const c of countries.values()) {
        if (c.code.toUpperCase() === wanted || c.name.toUpperCase() === wanted) {
            return c.code;
        }
    }
    throw userError(`Unknown country "${value}". Give an ISO code such as \`SY\` or a name such as \`Syria\`.`);
}

function conversationFilter(filter) {
    if (!filter) {
        return null;
    }
    const tests = [];
    const participants = [];
    if (filter.participant != null) {
        participants.push(requireNode(filter.participant, 'Leader'));
    }
    if (filter.between != null) {
        if (filter.between.length !== 2) {
            throw userError(`\`between\` takes exactly two leader IDs; got ${filter.between.length}.`);
        }
        participants.push(...filter.between.map((id) => requireNode(id, 'Leader')));
    }
    for (const leader of participants) {
        tests.push((c) => c.participants.some((p) => p.leader === leader));
    }
    if (filter.topic != null) {
        const topic = requireNode(filter.topic, 'Topic');
        tests.push((c) => c.topics.includes(topic));
    }
    if (filter.kind != null) {
        tests.push((c) => c.kind === filter.kind);
    }
    if (filter.from != null && filter.to != null && filter.from > filter.to) {
        throw userError(`\`from\` (${filter.from}) is after \`to\` (${filter.to}).`);
    }
    if (filter.from != null) {
        tests.push((c) => c.dateEnd >= filter.from);
    }
    if (filter.to != null) {
        tests.push((c) => c.dateStart <= filter.to);
    }
    if (filter.country != null) {
        const code = countryCode(filter.country);
        tests.push((c) => c.participants.some((p) => p.leader.country.code === code));
    }
    return tests.length ? (c) => tests.every((test) => test(c)) : null;
}

/** Lower-case words, for the approximation of full-text matching below. */
function words(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * `matching`, approximated: every bare word must occur as a word, every "quoted phrase" as consecutive words, and
 * no -word may occur. Unlike the service's Lucene query (English stemming, stop words, `a | b`, `prefix*`), no
 * stemming: enough for the examples' phrases, not a general replacement.
 */
function matches(query) {
    const phrases = [];
    const excluded = [];
    for (const [, quoted, bare] of query.matchAll(/"([^"]*)"|(\S+)/g)) {
        if (bare?.startsWith('-')) {
            excluded.push(...words(bare));
        } else {
            const w = words(quoted ?? bare);
            if (w.length) {
                phrases.push(quoted != null ? [w.join(' ')] : w);
            }
        }
    }
    if (!phrases.length) {
        throw userError(`Search text "${query}" has no searchable words (only stop words or punctuation).`);
    }
    const contains = (s, phrase) => ` ${s.searchText} `.includes(` ${phrase} `);
    return (s) => phrases.every((p) => p.every((w) => contains(s, w))) && !excluded.some((w) => contains(s, w));
}

function statementFilter(filter) {
    if (!filter) {
        return null;
    }
    const tests = [];
    if (filter.speaker != null) {
        const speaker = requireNode(filter.speaker, 'Leader');
        tests.push((s) => s.speaker === speaker);
    }
    if (filter.topic != null) {
        const topic = requireNode(filter.topic, 'Topic');
        tests.push((s) => s.topics.includes(topic));
    }
    if (filter.conversation != null) {
        const conversation = requireNode(filter.conversation, 'Conversation');
        tests.push((s) => s.conversation === conversation);
    }
    if (filter.document != null) {
        const document = requireNode(filter.document, 'SourceDocument');
        tests.push((s) => s.source.document === document);
    }
    if (filter.kind != null) {
        tests.push((s) => s.kind === filter.kind);
    }
    if (filter.matching != null && filter.matching.trim() !== '') {
        tests.push(matches(filter.matching));
    }
    return tests.length ? (s) => tests.every((test) => test(s)) : null;
}

const filtered = (rows, test) => (test ? rows.filter(test) : rows);

function leaderTest(filter) {
    const tests = [];
    const name = filter?.name?.trim().toLowerCase();
    if (name) {
        tests.push((l) => l.searchNames.some((n) => n.includes(name)));
    }
    if (filter?.country != null) {
        const code = countryCode(filter.country);
        tests.push((l) => l.country.code === code);
    }
    return tests.length ? (l) => tests.every((test) => test(l)) : null;
}

// ---- Resolvers ----

const conversationList = (rows) => (_, args) =>
    connection(filtered(rows, conversationFilter(args.filter)), CONVERSATION_ORDER[args.orderBy], args);
const statementList = (rows) => (_, args) =>
    connection(filtered(rows, statementFilter(args.filter)), STATEMENT_ORDER[args.orderBy], args);

const resolvers = {
    Query: {
        conversations: conversationList(conversations),
        statements: statementList(statements),
        leaders: (_, args) => connection(filtered(leaders, leaderTest(args.filter)), LEADER_ORDER[args.orderBy], args),
        topics: (_, args) => {
            const name = args.name?.trim().toLowerCase();
            const rows = name ? topics.filter((t) => t.name.toLowerCase().includes(name) || t.slug.includes(name)) : topics;
            return connection(rows, TOPIC_ORDER, args);
        },
        documents: (_, args) => connection(documents, DOCUMENT_ORDER, args),
        node: (_, { id }) => {
            const node = byId.get(id);
            if (!node) {
                throw userError(`Nothing has ID "${id}".`, 'NOT_FOUND');
            }
            return node;
        },
        nodes: (_, { ids }) => ids.map((id) => Query.node(null, { id })),
        search: () => {
            throw userError('Full-text search is not implemented by the Apollo peer.', 'NOT_IMPLEMENTED');
        },
    },
    Leader: {
        conversations: (leader, args) => conversationList(conversationsOfLeader.get(leader))(leader, args),
        statements: (leader, args) => statementList(statementsOfLeader.get(leader))(leader, args),
        counterparts: (leader, args) => connection(counterpartsOfLeader.get(leader), COUNTERPART_ORDER, args,
            (t, cursor) => ({ ...t, cursor })),
    },
    Topic: {
        conversations: (topic, args) => conversationList(conversationsOfTopic.get(topic))(topic, args),
        statements: (topic, args) => statementList(statementsOfTopic.get(topic))(topic, args),
    },
    Conversation: {
        statements: (c, args) => statementList(statementsOfConversation.get(c))(c, args),
    },
    SourceDocument: {
        statements: (d, args) => statementList(statementsOfDocument.get(d))(d, args),
    },
    Statement: {
        versions: (s) => (s.remark == null ? [] : statementsOfRemark.get(s.remark).filter((v) => v !== s)),
    },
    SourceSpan: {
        text: (s) => s.document.text.slice(s.start, s.end),
        before: (s, { chars }) => s.document.text.slice(Math.max(0, s.start - context(chars)), s.start),
        after: (s, { chars }) => s.document.text.slice(s.end, s.end + context(chars)),
    },
};
const { Query } = resolvers;

function context(chars) {
    if (chars == null || chars < 0 || chars > 2000) {
        throw userError(`\`chars\` must be between 0 and 2000; got ${chars}.`);
    }
    return chars;
}

const server = new ApolloServer({ typeDefs: readFileSync(schemaFile, 'utf8'), resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`Apollo peer: ${conversations.length} conversations, ${statements.length} statements at ${url}`);
