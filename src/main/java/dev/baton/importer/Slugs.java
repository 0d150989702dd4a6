package dev.baton.importer;

import java.text.Normalizer;
import java.util.Locale;

/** File names and tags made from names: {@code Users API / Admin} gives {@code users-api-admin}. */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of a name, or {@code fallback} when nothing of it is left. */
    public static String of(String name, String fallback) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
