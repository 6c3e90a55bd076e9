package app.progression.check;

import app.progression.catalog.Catalog;
import app.progression.catalog.Exercise;
import app.progression.profile.Profile;
import app.progression.spec.Abilities;

/** Every planned exercise, whatever its session: known, pain-free (no jumping with heel pain), equipped, in setting. */
final class ExerciseChecks {

    private final Catalog catalog;
    private final Abilities abilities;
    private final Violations violations;

    ExerciseChecks(Profile profile, Catalog catalog, Violations violations) {
        this.catalog = catalog;
        this.abilities = new Abilities(profile, catalog);
        this.violations = violations;
    }

    void check(ReadPlan plan) {
        for (ReadPlan.Day day : plan.days()) {
            for (ReadPlan.Session session : day.sessions()) {
                for (ReadPlan.Exercise planned : session.exercises()) {
                    check(day, planned);
                }
            }
        }
    }

    private void check(ReadPlan.Day day, ReadPlan.Exercise planned) {
        Exercise exercise = catalog.find(planned.id()).orElse(null);
        if (exercise == null) {
            violations.add("session-content", day.date() + ": unknown exercise " + planned.id());
            return;
        }
        violations.expect(!abilities.isPainful(exercise), "painful-exercise-never-planned",
                day.date() + ": " + planned.id() + (exercise.jumping() ? " (jumping)" : "") + " counts as painful");
        violations.expect(abilities.hasEquipmentFor(exercise), "equipment-available",
                day.date() + ": " + planned.id() + " needs " + exercise.equipment());
        violations.expect(abilities.suitsSetting(exercise), "training-setting-respected",
                day.date() + ": " + planned.id() + " is not for this athlete's setting");
        violations.expect(exercise.perSide() == planned.perSide(), "session-content",
                day.date() + ": " + planned.id() + " per side should be " + exercise.perSide());
    }
}
