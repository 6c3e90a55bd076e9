package app.progression.catalog;

/** An exercise with the dose it is done at, as in the catalog's warm-up routine. */
public record DoseItem(String id, int sets, int reps, int holdSeconds) {
}
