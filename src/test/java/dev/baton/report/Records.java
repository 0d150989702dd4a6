package dev.baton.report;

import dev.baton.results.AssertionRecord;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Step records for report tests, made by hand. */
final class Records {

    static final Path USERS = Path.of("collections/users.yaml");
    static final Path ORDERS = Path.of("collections/orders.yaml");

    private Records() {
    }

    static StepRecord passed(Path file, String collection, String iteration, int index, String name) {
        return new StepRecord(collection, file, iteration, index, name, 10 + 5 * index, Outcome.PASSED, "", 12,
                List.of(json("GET", "https://api.example.test/users/" + index, 200, "{\"id\":" + index
                        + ",\"name\":\"Ada\",\"price\":1.10}")),
                Map.of("userId", Integer.toString(index)), List.of(new AssertionRecord("status", true, "")));
    }

    static StepRecord failed(Path file, String collection, String iteration, int index, String name) {
        return new StepRecord(collection, file, iteration, index, name, 10 + 5 * index, Outcome.FAILED,
                "status: expected equals 201 but was 200", 34,
                List.of(json("POST", "https://api.example.test/token", 200,
                        "{\"access_token\":\"*****\",\"token_type\":\"mac\"}")),
                Map.of("token", "*****"), List.of(new AssertionRecord("status", false,
                "status: expected equals 201 but was 200"), new AssertionRecord("json $.token_type", true, "")));
    }

    static StepRecord error(Path file, String collection, String iteration, int index, String name) {
        return new StepRecord(collection, file, iteration, index, name, 10 + 5 * index, Outcome.ERROR,
                "cannot connect to http://127.0.0.1:9: Connection refused", 3,
                List.of(new ExchangeRecord("GET", "http://127.0.0.1:9/x", List.of(), null, 0, List.of(), null, false,
                        "", 0)), Map.of(), List.of());
    }

    static StepRecord skipped(Path file, String collection, String iteration, int index, String name) {
        return new StepRecord(collection, file, iteration, index, name, 10 + 5 * index, Outcome.SKIPPED,
                "needs <<token>>, which step 'Get a token' failed to capture", 0, List.of(), Map.of(), List.of());
    }

    static ExchangeRecord json(String method, String url, int status, String body) {
        return new ExchangeRecord(method, url, List.of(new HeaderRecord("Authorization", "Bearer *****"),
                new HeaderRecord("Accept", "application/json")), method.equals("GET") ? null : "grant_type=x&code=*****",
                status, List.of(new HeaderRecord("Content-Type", "application/json")), body, false,
                "application/json", 7);
    }
}
