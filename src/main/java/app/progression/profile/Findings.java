package app.progression.profile;

import java.util.List;

/** What the athlete's self-tests found. */
public record Findings(List<Side> tightHipFlexors, boolean tightHamstrings, boolean heelPain, boolean upperBackPain) {

    public static final Findings NONE = new Findings(List.of(), false, false, false);

    public Findings {
        tightHipFlexors = tightHipFlexors == null ? List.of() : List.copyOf(tightHipFlexors);
    }

    public boolean hasTightHipFlexors() {
        return !tightHipFlexors.isEmpty();
    }
}
