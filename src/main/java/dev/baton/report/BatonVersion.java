package dev.baton.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** Baton's version as reports state it: from the jar's Maven metadata, else its manifest, else "development". */
public final class BatonVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/dev.baton/baton/pom.properties";

    private BatonVersion() {
    }

    public static String current() {
        try (InputStream in = BatonVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        return Optional.ofNullable(BatonVersion.class.getPackage().getImplementationVersion()).orElse("development");
    }
}
