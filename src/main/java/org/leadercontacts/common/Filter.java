package org.leadercontacts.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A conjunction of HQL conditions with their named parameters. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a condition; each {@code ?} in it is bound to the next value. */
    public Filter and(String condition, Object... values) {
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                String name = "f" + params.size();
                params.put(name, values[next++]);
                bound.append(':').append(name);
            } else {
                bound.append(c);
            }
        }
        conditions.add(bound.toString());
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public String where() {
        return conditions.isEmpty() ? "1=1" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
