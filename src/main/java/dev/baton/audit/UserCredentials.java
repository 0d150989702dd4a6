package dev.baton.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's name and password as an audit's sign-in fields give them: one field named like a user name
 * ({@code username}, {@code email}, {@code login}, ...) and one named like a password, each with a single value.
 */
public record UserCredentials(String username, String password) {

    private static final List<String> USER_NAMES = List.of("username", "user", "email", "login", "user_name",
            "identifier", "userid", "user_id");
    private static final List<String> PASSWORDS = List.of("password", "passwd", "pass", "pwd");

    /** The credentials in {@code fields}, if exactly one user-name field and one password field name them. */
    public static Optional<UserCredentials> of(Map<String, List<String>> fields) {
        Optional<String> user = single(fields, USER_NAMES);
        Optional<String> password = single(fields, PASSWORDS);
        return user.isPresent() && password.isPresent() ? Optional.of(new UserCredentials(user.get(), password.get()))
                : Optional.empty();
    }

    private static Optional<String> single(Map<String, List<String>> fields, List<String> names) {
        List<List<String>> found = fields.entrySet().stream()
                .filter(field -> names.contains(field.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).toList();
        return found.size() == 1 && found.get(0).size() == 1 ? Optional.of(found.get(0).get(0)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "UserCredentials[" + username + ", (hidden)]";
    }
}
