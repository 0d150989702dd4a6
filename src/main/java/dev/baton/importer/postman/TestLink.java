package dev.baton.importer.postman;

import java.util.Set;

/**
 * How one Postman test of a request carried over, so that a run of the imported collection can be compared with a
 * Newman run of the original test by test.
 *
 * @param step   the step's name
 * @param test   the Postman test's name, as Newman reports it
 * @param whole  whether every statement of the test became an expectation
 * @param labels the labels of the step's assertions that stand for it ({@code status}, {@code json $.id})
 */
public record TestLink(String step, String test, boolean whole, Set<String> labels) {
}
