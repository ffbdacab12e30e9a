// Apollo Client 4 with its PersistedQueryLink (automatic persisted queries) against the API, under node.
// Usage: node apq.mjs <api url>. Prints, per scenario, the results the client got and the requests it sent.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const [api] = process.argv.slice(2);
const sha256 = text => createHash('sha256').update(text).digest('hex');

function client(useGETForHashedQueries, sent) {
  // Records what goes over the wire: method, whether the query text was sent, the answer's status and headers.
  const recordingFetch = async (url, init) => {
    const response = await fetch(url, init);
    const body = init.method === 'GET' ? null : JSON.parse(init.body);
    const params = init.method === 'GET' ? new URL(url).searchParams : null;
    sent.push({ method: init.method, withQuery: init.method === 'GET' ? params.has('query') : 'query' in body,
      withHash: (init.method === 'GET' ? params.get('extensions') || '' : JSON.stringify(body.extensions || {}))
        .includes('sha256Hash'), status: response.status, cacheControl: response.headers.get('cache-control') });
    return response;
  };
  const link = ApolloLink.from([new PersistedQueryLink({ sha256, useGETForHashedQueries }),
    new HttpLink({ uri: api, fetch: recordingFetch })]);
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

const scenarios = {};
for (const [name, get] of [['post', false], ['get', true]]) {
  const sent = [];
  const results = [];
  // A text no earlier run has registered, so the first request cannot find its hash.
  const first = 2 + (name === 'get' ? 1 : 0);
  const marker = Date.now() + name;
  const unique = gql`query Unique${marker.replace(/[^A-Za-z0-9]/g, '')}($first: Int) { topics(first: $first) { totalCount edges { node { id name } } } }`;
  for (let i = 0; i < 3; i++) {
    // Each run a new client, so its cache cannot answer: every run goes to the server.
    try {
      const result = await client(get, sent).query({ query: unique, variables: { first }, fetchPolicy: 'network-only' });
      results.push({ totalCount: result.data?.topics?.totalCount, names: result.data?.topics?.edges?.length,
        error: result.error ? String(result.error) : null });
    } catch (e) {
      results.push({ error: String(e) });
    }
  }
  scenarios[name] = { results, sent };
}
process.stdout.write(JSON.stringify(scenarios, null, 1) + '\n');
