package app.progression.domain;

import app.progression.catalog.Exercise;

/** A stretch or release at its catalog dose, with the minutes that dose takes. */
public record Stretch(Exercise exercise, int minutes) {

    public String id() {
        return exercise.id();
    }

    @Override
    public String toString() {
        return exercise.id();
    }
}
