/**
 * Reading captures from a response and checking a step's expectations.
 *
 * <p>{@link dev.baton.check.ResponseView} wraps a response and parses its body at most once;
 * {@link dev.baton.check.CaptureReader} reads {@code capture:} values from it and
 * {@link dev.baton.check.ExpectationChecker} checks {@code expect:} blocks against it. A check that cannot be made
 * at all (a body that is not JSON, an invalid JSONPath, regex or CSS selector) is a
 * {@link dev.baton.check.CheckException}; a check that fails is a message.
 */
package dev.baton.check;
