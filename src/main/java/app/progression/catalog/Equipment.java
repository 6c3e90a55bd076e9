package app.progression.catalog;

public enum Equipment {
    FOAM_ROLLER,
    STRAP,
    MASSAGE_BALL
}
