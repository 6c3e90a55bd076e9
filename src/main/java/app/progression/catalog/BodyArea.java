package app.progression.catalog;

/** What a stretch or release loosens; findings in the profile raise the value of some areas. */
public enum BodyArea {
    LOWER_BACK,
    GLUTES,
    HIP_FLEXORS,
    HAMSTRINGS,
    CALVES
}
