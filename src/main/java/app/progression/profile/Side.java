package app.progression.profile;

public enum Side {
    LEFT,
    RIGHT
}
