package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.common.Notifier;

/** Keeps WireMock off the console: the sandbox reports through HTTP answers, not logs. */
final class QuietNotifier implements Notifier {
    @Override
    public void info(String message) {
    }

    @Override
    public void error(String message) {
    }

    @Override
    public void error(String message, Throwable t) {
    }
}
