package org.leadercontacts.seed;

import java.util.List;

/** The source folder does not verify; startup must stop. The message lists every problem found. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("The source documents and annotations do not verify (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
