package dev.baton.load;

/**
 * A {@code --data} file that read well when the run opened it no longer does when a pass reads it again (it was
 * changed, cut or removed meanwhile): a bad input found during the run. The message is the rendered problem, with
 * the file, line and column.
 */
public final class DataFileChanged extends RuntimeException {

    DataFileChanged(LoadException problem) {
        super(problem.render(), problem, false, false);
    }
}
