package app.progression.catalog;

public record StrengthDose(int sets, int minReps, int maxReps) {
}
