package dev.baton.http;

import java.util.Optional;

/**
 * Baton's version, from the {@code Implementation-Version} of the jar's manifest (Maven writes it from the
 * project's version), as every part of Baton states it: {@code baton --version}, the {@code User-Agent} of every
 * request, and the reports. Run from a build folder rather than the jar, it is {@code development}.
 */
public final class BatonVersion {

    private static final String VERSION = Optional.ofNullable(BatonVersion.class.getPackage())
            .map(Package::getImplementationVersion).filter(v -> !v.isBlank()).orElse("development");

    private BatonVersion() {
    }

    /** The version, such as {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    /** The {@code User-Agent} of Baton's own requests: {@code baton/0.1.0} (RFC 9110 §10.1.5). */
    public static String userAgent() {
        return "baton/" + VERSION;
    }
}
