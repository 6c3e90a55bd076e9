package app.progression.profile;

/** Signs that call for a clinician, not a training plan. */
public enum RedFlag {
    PAIN_SPREADS_TO_LEG("pain spreads into the leg"),
    LEG_NUMBNESS_OR_TINGLING("numbness or tingling in the leg"),
    NO_IMPROVEMENT_WITH_REST("pain does not improve with rest"),
    FEELING_UNWELL("feeling ill"),
    BLADDER_OR_BOWEL_CHANGE("a change in bladder or bowel control"),
    SADDLE_NUMBNESS("numbness in the saddle area"),
    PROGRESSIVE_LEG_WEAKNESS("leg weakness that is getting worse"),
    FEVER("fever"),
    UNEXPLAINED_WEIGHT_LOSS("weight loss without a reason"),
    HISTORY_OF_CANCER("a history of cancer"),
    RECENT_TRAUMA("a recent fall, accident or other major trauma"),
    ACUTE_DISC_BULGE("an acute disc bulge (start with rest and warmth, then see a clinician before training)");

    private final String description;

    RedFlag(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
