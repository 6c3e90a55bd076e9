package app.progression.domain;

/**
 * What one strength slot does from one week to the next: keep the dose, add repetitions, or advance to the next
 * harder exercise (which starts again at the lowest repetitions). In week 1, ADVANCE means starting at the full
 * exercise instead of its easier variant. {@link Progression} reads a step the rules do not allow as HOLD.
 */
public enum ProgressionStep {
    HOLD(0),
    ADD_ONE(1),
    ADD_TWO(2),
    ADD_THREE(3),
    ADD_FOUR(4),
    ADVANCE(0);

    private final int repIncrease;

    ProgressionStep(int repIncrease) {
        this.repIncrease = repIncrease;
    }

    public int repIncrease() {
        return repIncrease;
    }
}
