package dev.baton.engine;

/** Why a step is not run. */
record StepSkipped(String reason) {
}
