package dev.baton.importer.curl;

import dev.baton.model.InvalidInputException;
import dev.baton.importer.PendingSyntax;
import dev.baton.importer.yaml.YamlMap;
import dev.baton.secret.SecretNames;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code baton import curl}: the request a curl command line sends, as a Baton step. Method, URL, headers, data
 * ({@code -d}, {@code --data-raw}, {@code --data-binary}, {@code --data-urlencode}, {@code --json}, {@code -G}),
 * {@code -u}, a bearer token, cookies and redirects carry over; secrets (a password, a token, a secret-named header,
 * query parameter or form field) are replaced by variables, whose values are never printed; {@code $NAME} in the line
 * becomes {@code <<NAME>>}.
 */
public final class CurlImporter {

    /**
     * The step and what the user must know about it.
     *
     * @param step      the step
     * @param secrets   the variables that stand for secrets of the command line (to give at run time)
     * @param variables the variables the step uses, all of which the user gives
     * @param notes     what did not carry over, or how to carry it over
     * @param values    the secret values met, to be masked in whatever is printed
     */
    public record Result(YamlMap step, Set<String> secrets, Set<String> variables, List<String> notes,
                         Set<String> values) {
    }

    private static final Set<String> QUIET = Set.of("--silent", "--show-error", "--verbose", "--include", "--output",
            "--write-out", "--progress-bar", "--no-buffer", "--fail", "--fail-with-body", "--compressed", "--globoff",
            "--remote-name", "--remote-header-name", "--disable", "--no-progress-meter", "--stderr", "--trace",
            "--trace-ascii", "--no-keepalive", "--tcp-nodelay", "--ipv4", "--ipv6");
    private static final Pattern EXPANSION = Pattern.compile(ShellWords.EXPANSION + "([^" + ShellWords.EXPANSION
            + "]*)" + ShellWords.EXPANSION);
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final Map<String, String> variableByValue = new LinkedHashMap<>();
    private final Set<String> secretVariables = new LinkedHashSet<>();
    private final Set<String> variables = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> masked = new LinkedHashSet<>();

    private CurlImporter() {
    }

    /**
     * The step of a curl command line.
     *
     * @throws IllegalArgumentException when the line is not a curl command Baton can send, saying why
     */
    public static Result read(String commandLine) {
        StringBuilder rest = new StringBuilder();
        List<String> words;
        try {
            words = ShellWords.split(commandLine, rest);
        } catch (ShellWords.ShellSyntaxException e) {
            throw new InvalidInputException("cannot read the curl command line: " + e.getMessage() + " (column "
                    + (e.index() + 1) + ")");
        }
        Result result = readWords(words);
        if (!rest.isEmpty()) {
            result.notes().add(0, "what follows the command (" + rest.toString().split("\\s")[0] + " ...) is not "
                    + "part of the request and is left out");
        }
        return result;
    }

    /** The step of a curl command already split into words (by the shell that ran {@code baton}). */
    public static Result readWords(List<String> given) {
        List<String> words = given;
        if (words.isEmpty()) {
            throw new InvalidInputException("the curl command line is empty");
        }
        if (words.get(0).equals("curl") || words.get(0).endsWith("/curl") || words.get(0).equals("curl.exe")) {
            words = words.subList(1, words.size());
        } else if (!words.get(0).startsWith("-") && !words.get(0).contains("://")) {
            throw new InvalidInputException("not a curl command: it starts with '" + words.get(0) + "'");
        }
        return new CurlImporter().map(CurlOptions.read(words));
    }

    private Result map(List<CurlOptions.Option> options) {
        String url = null;
        String method = null;
        boolean head = false;
        boolean get = false;
        boolean follow = false;
        String timeout = null;
        List<String[]> headers = new ArrayList<>();
        List<String> data = new ArrayList<>();
        List<String> json = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        String user = null;
        String bearer = null;
        for (CurlOptions.Option option : options) {
            String value = option.value();
            switch (option.name()) {
                case "--url" -> {
                    if (url != null) {
                        notes.add("the command sends more than one request; the step sends the first, " + url
                                + ", and leaves out " + value);
                    } else {
                        url = value;
                    }
                }
                case "--request" -> method = value.toUpperCase(Locale.ROOT);
                case "--head" -> head = true;
                case "--get" -> get = true;
                case "--location" -> follow = true;
                case "--header" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        notes.add("the header '" + value + "' has no 'name: value' and is left out");
                    } else {
                        headers.add(new String[] {value.substring(0, colon).strip(),
                                value.substring(colon + 1).strip()});
                    }
                }
                case "--user-agent" -> headers.add(new String[] {"User-Agent", value});
                case "--referer" -> headers.add(new String[] {"Referer", value});
                case "--cookie" -> {
                    if (value.contains("=")) {
                        headers.add(new String[] {"Cookie", value});
                    } else {
                        notes.add("cookies read from the file " + value + " are left out; Baton keeps the cookies "
                                + "servers set during a run");
                    }
                }
                case "--data", "--data-ascii" -> data.add(dataValue(value, true));
                case "--data-binary" -> data.add(dataValue(value, false));
                case "--data-raw" -> data.add(value);
                case "--data-urlencode" -> data.add(urlencoded(value));
                case "--json" -> json.add(value.startsWith("@") ? fileData(value) : value);
                case "--form", "--form-string" -> forms.add(value);
                case "--user" -> user = value;
                case "--oauth2-bearer" -> bearer = value;
                case "--max-time" -> timeout = millis(value);
                case "--insecure" -> notes.add("-k/--insecure: run with 'baton run --insecure' to skip TLS checks");
                case "--cacert", "--cert", "--key" -> notes.add(option.name() + ": run with 'baton run "
                        + option.name() + " FILE'");
                case "--proxy" -> notes.add("--proxy: run with 'baton run --proxy URL'");
                case "--upload-file" -> notes.add("-T/--upload-file " + value + " is left out: "
                        + (PendingSyntax.FILE_BODY ? "" : PendingSyntax.NOT_WRITTEN_FILE));
                default -> {
                    if (!QUIET.contains(option.name())) {
                        notes.add("curl option " + option.name() + " is left out: it has no Baton equivalent");
                    }
                }
            }
        }
        if (url == null) {
            throw new InvalidInputException("the curl command has no URL");
        }
        data.removeIf(d -> d == null);
        YamlMap request = YamlMap.block();
        String resolvedMethod = method != null ? method : head ? "HEAD"
                : !data.isEmpty() && !get || !json.isEmpty() || !forms.isEmpty() ? "POST" : "GET";
        Set<String> methods = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
        if (!methods.contains(resolvedMethod)) {
            throw new InvalidInputException("Baton sends GET, POST, PUT, PATCH, DELETE, HEAD and OPTIONS "
                    + "requests, not " + resolvedMethod);
        }
        if (!resolvedMethod.equals("GET")) {
            request.put("method", resolvedMethod);
        }
        String fullUrl = url.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? url : "http://" + url;
        if (!fullUrl.matches("(?i)^https?://.*")) {
            throw new InvalidInputException("Baton sends http:// and https:// requests, not " + url);
        }
        url(fullUrl, get ? data : List.of(), request);
        YamlMap headerMap = YamlMap.block();
        String contentType = null;
        for (String[] header : headers) {
            if (!TOKEN.matcher(header[0]).matches()) {
                notes.add("the header '" + header[0] + "' is left out: a header name is a token");
                continue;
            }
            if (header[0].equalsIgnoreCase("Content-Type")) {
                contentType = header[1];
                continue;
            }
            if (header[0].equalsIgnoreCase("Authorization")) {
                credentials(header[1], request, headerMap);
                continue;
            }
            headerMap.add(header[0], SecretNames.isSecret(header[0]) ? secret(header[1], header[0]) : text(header[1]));
        }
        request.put("headers", headerMap);
        body(data, get, json, forms, contentType, request, headerMap);
        if (headerMap.isEmpty()) {
            request.remove("headers");
        }
        if (user != null && user.indexOf(':') >= 0) {
            literals(user.substring(user.indexOf(':') + 1)).forEach(masked::add);
        }
        boolean ownHeader = request.containsKey("bearer") || request.containsKey("basicAuth")
                || headerMap.containsKey("Authorization");
        if (ownHeader && (bearer != null || user != null)) {
            notes.add((user != null ? "-u" : "--oauth2-bearer") + " is not sent: curl sends the -H Authorization "
                    + "header in its place");
        } else if (bearer != null) {
            request.put("bearer", secret(bearer, "token"));
            if (user != null) {
                notes.add("-u is not sent: the --oauth2-bearer token is");
            }
        } else if (user != null) {
            int colon = user.indexOf(':');
            String name = colon < 0 ? user : user.substring(0, colon);
            if (colon < 0) {
                notes.add("-u gives no password (curl would ask for one); the step sends <<password>>");
            }
            request.put("basicAuth", YamlMap.flow("username", text(name)).put("password",
                    colon < 0 ? variable("password", true) : secret(user.substring(colon + 1), "password")));
        }
        YamlMap step = YamlMap.block().put("name", resolvedMethod + " " + path(fullUrl)).put("request", request);
        if (follow) {
            step.put("followRedirects", true);
        }
        step.put("timeout", timeout);
        masked.addAll(variableByValue.keySet());
        return new Result(step, secretVariables, variables, notes, masked);
    }

    /** The URL, with its query in {@code query:} when a parameter looks secret (so that it becomes a variable). */
    private void url(String url, List<String> getData, YamlMap request) {
        int question = url.indexOf('?');
        String base = question < 0 ? url : url.substring(0, question);
        int hash = base.indexOf('#');
        base = hash < 0 ? base : base.substring(0, hash);
        String query = question < 0 ? "" : url.substring(question + 1).replaceFirst("#.*$", "");
        List<String> pairs = new ArrayList<>();
        if (!query.isEmpty()) {
            pairs.addAll(List.of(query.split("&")));
        }
        getData.forEach(d -> pairs.addAll(List.of(d.split("&"))));
        boolean secret = pairs.stream().anyMatch(p -> SecretNames.isSecret(decode(p.split("=", 2)[0])));
        boolean clean = pairs.stream().allMatch(p -> p.contains("=") && decodable(p));
        if ((secret || !getData.isEmpty()) && clean) {
            request.put("url", text(base));
            YamlMap map = YamlMap.block();
            for (String pair : pairs) {
                String[] kv = pair.split("=", 2);
                String name = decode(kv[0]);
                map.add(text(name), SecretNames.isSecret(name) ? secret(decode(kv[1]), name) : text(decode(kv[1])));
            }
            request.put("query", map);
        } else {
            request.put("url", text(pairs.isEmpty() ? base : base + "?" + String.join("&", pairs)));
            if (secret) {
                notes.add("the query string holds a secret-looking parameter but cannot be split; it is kept as "
                        + "written");
            }
        }
    }

    /** {@code Authorization: Bearer x} and {@code Basic base64} become {@code bearer:} and {@code basicAuth:}. */
    private void credentials(String value, YamlMap request, YamlMap headers) {
        Matcher bearer = Pattern.compile("(?i)^bearer\\s+(\\S+)$").matcher(value);
        if (bearer.matches()) {
            request.put("bearer", secret(bearer.group(1), "token"));
            return;
        }
        Matcher basic = Pattern.compile("(?i)^basic\\s+([A-Za-z0-9+/=]+)$").matcher(value);
        if (basic.matches()) {
            try {
                String decoded = new String(Base64.getDecoder().decode(basic.group(1)), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    masked.add(basic.group(1));
                    request.put("basicAuth", YamlMap.flow("username", text(decoded.substring(0, colon)))
                            .put("password", secret(decoded.substring(colon + 1), "password")));
                    return;
                }
            } catch (IllegalArgumentException e) {
                // not Base64: kept as a header
            }
        }
        headers.add("Authorization", secret(value, "authorization"));
    }

    private void body(List<String> data, boolean get, List<String> json, List<String> forms, String contentType,
                      YamlMap request, YamlMap headers) {
        if (!forms.isEmpty()) {
            notes.add("the multipart/form-data body (-F) is left out: " + (PendingSyntax.MULTIPART ? ""
                    : PendingSyntax.NOT_WRITTEN_MULTIPART));
            return;
        }
        if (!json.isEmpty()) {
            request.put("body", text(String.join("", json)));
            request.put("contentType", contentType != null ? text(contentType) : "application/json");
            if (headers.entries().keySet().stream().noneMatch(k -> k.equalsIgnoreCase("Accept"))) {
                headers.put("Accept", "application/json");
            }
            return;
        }
        if (data.isEmpty() || get) {
            if (contentType != null) {
                headers.put("Content-Type", text(contentType));
            }
            return;
        }
        String joined = String.join("&", data);
        boolean form = contentType == null || contentType.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
        if (form && !joined.isEmpty() && List.of(joined.split("&")).stream().allMatch(p -> p.contains("=")
                && decodable(p))) {
            YamlMap fields = YamlMap.block();
            for (String pair : joined.split("&")) {
                String[] kv = pair.split("=", 2);
                String name = decode(kv[0]);
                fields.add(text(name), SecretNames.isSecret(name) ? secret(decode(kv[1]), name) : text(decode(kv[1])));
            }
            request.put("form", fields);
            return;
        }
        request.put("body", text(joined));
        request.put("contentType", contentType != null ? text(contentType) : "application/x-www-form-urlencoded");
    }

    /** {@code -d @file} reads a file, which Baton cannot yet; {@code -d text} is sent as it is. */
    private String dataValue(String value, boolean stripNewlines) {
        if (value.startsWith("@")) {
            return fileData(value);
        }
        return stripNewlines ? value.replace("\r", "").replace("\n", "") : value;
    }

    private String fileData(String value) {
        notes.add("the data read from the file " + value.substring(1) + " is left out: "
                + (PendingSyntax.FILE_BODY ? "" : PendingSyntax.NOT_WRITTEN_FILE));
        return null;
    }

    /** curl's {@code --data-urlencode}: {@code content}, {@code =content}, {@code name=content}, {@code name@file}. */
    private String urlencoded(String value) {
        int equals = value.indexOf('=');
        int at = value.indexOf('@');
        if (at >= 0 && (equals < 0 || at < equals)) {
            return fileData(value.substring(at));
        }
        if (equals < 0) {
            return encode(value);
        }
        return (equals == 0 ? "" : value.substring(0, equals) + "=") + encode(value.substring(equals + 1));
    }

    /** A secret value: a variable named after {@code suggestion}, or the variable the line already names. */
    private String secret(String value, String suggestion) {
        Matcher m = EXPANSION.matcher(value);
        if (m.matches()) {
            return variable(m.group(1), true);
        }
        if (m.reset().find()) {
            return text(value);
        }
        String known = variableByValue.get(value);
        if (known != null) {
            return "<<" + known + ">>";
        }
        String name = camel(suggestion);
        String candidate = name;
        for (int n = 2; variables.contains(candidate); n++) {
            candidate = name + n;
        }
        variableByValue.put(value, candidate);
        return variable(candidate, true);
    }

    private String variable(String name, boolean secret) {
        variables.add(name);
        if (secret) {
            secretVariables.add(name);
        }
        return "<<" + name + ">>";
    }

    /** Text of the line for Baton: {@code $NAME} becomes {@code <<NAME>>}, a literal {@code <<} is escaped. */
    private String text(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = EXPANSION.matcher(value);
        int last = 0;
        while (m.find()) {
            out.append(value.substring(last, m.start()).replace("<<", "\\<<"));
            String name = m.group(1).replaceAll("[^A-Za-z0-9_.-]", "_");
            out.append(variable(name.isEmpty() ? "_" : name, SecretNames.isSecret(name)));
            last = m.end();
        }
        return out.append(value.substring(last).replace("<<", "\\<<")).toString();
    }

    /** The pieces of a value the line writes out, without its {@code $NAME} references (names, not secrets). */
    private static List<String> literals(String value) {
        return EXPANSION.splitAsStream(value).filter(piece -> !piece.isEmpty()).toList();
    }

    private static String camel(String name) {
        String[] words = name.split("[^A-Za-z0-9]+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.length() == 0 || !Character.isLetter(out.charAt(0)) ? "secret" + out : out.toString();
    }

    private static String path(String url) {
        String rest = url.replaceFirst("(?i)^https?://[^/?#]*", "");
        String path = rest.replaceFirst("[?#].*$", "");
        String shown = path.isEmpty() ? "/" : path;
        return EXPANSION.matcher(shown).replaceAll("\\$$1");
    }

    private static String millis(String seconds) {
        try {
            return Math.round(Double.parseDouble(seconds) * 1000) + "ms";
        } catch (NumberFormatException e) {
            throw new InvalidInputException("curl option --max-time takes seconds, not '" + seconds + "'");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean decodable(String pair) {
        try {
            URLDecoder.decode(pair, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
