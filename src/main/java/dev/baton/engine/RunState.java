package dev.baton.engine;

/** What one collection's outcome means for the next: whether {@code --bail} has stopped the run. */
final class RunState {

    private String bailedAt;

    void bail(String stepName) {
        if (bailedAt == null) {
            bailedAt = stepName;
        }
    }

    /** The step whose failure stopped the run, or {@code null}. */
    String bailedAt() {
        return bailedAt;
    }
}
