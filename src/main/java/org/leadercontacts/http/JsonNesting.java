package org.leadercontacts.http;

/**
 * How deeply a JSON text nests arrays and objects, found by one pass over its characters without decoding it. JSON
 * decoders, GraphQL's variable coercion and the checks here all recurse once per level, so a small body nested a few
 * hundred levels deep overflows a thread's stack; this is checked first.
 */
final class JsonNesting {

    private JsonNesting() {
    }

    /** The deepest nesting of brackets outside strings; malformed JSON is left to the decoder. */
    static int depth(CharSequence json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }
}
