package app.progression.check;

import java.util.ArrayList;
import java.util.List;

/** Broken rules, each as "rule-id: what is wrong", in the order found. */
final class Violations {

    private final List<String> found = new ArrayList<>();

    void expect(boolean holds, String rule, String what) {
        if (!holds) {
            found.add(rule + ": " + what);
        }
    }

    void add(String rule, String what) {
        found.add(rule + ": " + what);
    }

    List<String> list() {
        return List.copyOf(found);
    }
}
