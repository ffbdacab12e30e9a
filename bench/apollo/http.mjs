// One GraphQL POST, shared by export.mjs and check.mjs.
export async function graphql(url, query, variables = {}) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body;
    try {
        body = JSON.parse(text);
    } catch {
        throw new Error(`${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
    }
    return body;
}

/** The data of a query that must succeed. */
export async function data(url, query, variables) {
    const body = await graphql(url, query, variables);
    if (body.errors) {
        throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 1000)}`);
    }
    return body.data;
}
