package dev.baton.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one list of names whose values are secret without being marked so: variables, form fields, query
 * parameters, JSON members, YAML keys of a user file and data-file columns.
 *
 * <p>A name is split into words at {@code _ - .}, spaces and camel-case humps ({@code clientSecret},
 * {@code X-Api-Key}, {@code APIKey} and {@code api_key} all hold the words {@code api key}). It is secret when
 * <ul>
 *   <li>one of its words is a {@link #STRONG strong word} ({@code password}, {@code token}, {@code session}...) or
 *       ends in one of five letters or more ({@code clientsecret}), or
 *       two of them read {@code api key}, {@code auth key}, {@code access key} or {@code private key}; and no word
 *       after the last such word says the value is about the secret rather than the secret itself
 *       ({@code tokenUrl}, {@code sessionTimeout}, {@code token_type}, {@code passwordPolicy}: see
 *       {@link #ABOUT}); or</li>
 *   <li>it is {@code code} or {@code state} alone, or after {@code oauth}, {@code pkce}, {@code auth},
 *       {@code authorization}, {@code device} or {@code user} ({@code oauth.code}, {@code authCode},
 *       {@code device_code}, {@code user_code}): OAuth's codes (RFC 8628's too) and state, while {@code zipCode},
 *       {@code statusCode} and {@code countryState} are not secret.</li>
 * </ul>
 */
public final class SecretNames {

    /** Words that make a name secret wherever they stand in it. */
    static final Set<String> STRONG = Set.of("secret", "secrets", "password", "passwd", "pwd", "pass", "passcode",
            "passphrase",
            "token", "tokens", "verifier", "apikey", "credential", "credentials", "session", "sessionid", "cookie",
            "cookies", "private", "signature", "assertion", "otp", "pin", "jwt", "bearer", "authorization");
    /** Second words that, after {@code api}, {@code auth} or {@code access}, make a key. */
    private static final Set<String> KEY_OWNERS = Set.of("api", "auth", "access", "private", "secret", "signing");
    /** Words that, after the secret word, name something about the secret: an address, a duration, a kind. */
    static final Set<String> ABOUT = Set.of("url", "uri", "endpoint", "host", "path", "file", "dir", "type",
            "method", "timeout", "ttl", "expiry", "expires", "expiration", "lifetime", "duration", "age", "length",
            "size", "count", "name", "names", "header", "param", "parameter", "field", "format", "challenge",
            "policy", "mode", "enabled", "required", "location", "store", "prefix", "scheme", "version",
            "storage", "domain", "label", "regex", "pattern");
    /** Names that are secret only alone or after an OAuth word. */
    private static final Set<String> OAUTH_ONLY = Set.of("code", "state");
    private static final Set<String> OAUTH_WORDS = Set.of("oauth", "pkce", "auth", "authorization", "device", "user");

    private SecretNames() {
    }

    /** Whether a value under this name holds a secret: {@code clientSecret}, {@code api-key}; not {@code tokenUrl}. */
    public static boolean isSecret(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (OAUTH_ONLY.contains(last) && words.subList(0, words.size() - 1).stream().allMatch(OAUTH_WORDS::contains)) {
            return true;
        }
        int secretAt = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean key = word.equals("key") && i > 0 && KEY_OWNERS.contains(words.get(i - 1));
            if (isStrong(word) || key) {
                secretAt = i;
            }
        }
        return secretAt >= 0 && words.subList(secretAt + 1, words.size()).stream().noneMatch(ABOUT::contains);
    }

    /** A strong word, or one word ending in a long one: {@code clientsecret}, {@code accesstoken}. */
    private static boolean isStrong(String word) {
        if (STRONG.contains(word)) {
            return true;
        }
        for (String strong : STRONG) {
            if (strong.length() >= 5 && word.endsWith(strong)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words of a name: {@code X-Api-Key} and {@code xAPIKey} are {@code [x, api, key]}. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            boolean hump = word.length() > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                    && Character.isUpperCase(name.charAt(i - 1)));
            if (hump) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
