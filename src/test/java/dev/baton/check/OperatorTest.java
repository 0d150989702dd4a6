package dev.baton.check;

import static dev.baton.check.Fixtures.expect;
import static dev.baton.check.Fixtures.in;
import static dev.baton.check.Fixtures.is;
import static dev.baton.check.Fixtures.json;
import static dev.baton.check.Fixtures.length;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.model.Condition;
import dev.baton.model.Operator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operator in its passing and failing form, on the values of a token response. */
class OperatorTest {

    private static final String BODY = """
            {"access_token":"abc.def","token_type":"bearer","expires_in":3599,"ratio":1.0,"active":true,
             "code":"200","zip":"0200","scope":"user:read user:write","nothing":null,"text":"h\\u00e9llo\\ud83d\\ude00",
             "items":[1,"two",{"id":3}],"one":[7],"empty":[],"obj":{"a":1,"b":[true]}}
            """;

    private final ExpectationChecker checker = new ExpectationChecker();

    private List<String> check(String path, Condition condition) throws CheckException {
        return checker.check(json(BODY).view(), expect("json", path, condition),
                Fixtures.resolver(Map.of("type", "bearer", "n", "3", "ok", "201")));
    }

    private void passes(String path, Condition condition) throws CheckException {
        assertEquals(List.of(), check(path, condition), () -> path + " " + condition.operator().key());
    }

    private void fails(String message, String path, Condition condition) throws CheckException {
        assertEquals(List.of(message), check(path, condition));
    }

    @Nested
    class Equals {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "$.token_type | bearer", "$.token_type | <<type>>", "$.expires_in | 3599", "$.expires_in | 3599.0",
            "$.ratio | 1", "$.code | 200", "$.code | 200.00", "$.active | true", "$.nothing | null",
            "$.items | '[1, \"two\", {\"id\": 3.0}]'", "$.obj | '{\"b\":[true],\"a\":1}'", "$.zip | 0200"})
        void holds(String path, String expected) throws CheckException {
            passes(path, is(Operator.EQUALS, expected));
        }

        @Test
        void stringsAreCompared() throws CheckException {
            fails("json $.token_type: expected equals \"Bearer\" but was \"bearer\"", "$.token_type",
                    is(Operator.EQUALS, "Bearer"));
        }

        @Test
        void numbersAreComparedByValueOnlyWhenBothAreNumbers() throws CheckException {
            fails("json $.expires_in: expected equals 3600 but was 3599", "$.expires_in", is(Operator.EQUALS, "3600"));
            fails("json $.code: expected equals \"0200\" but was \"200\"", "$.code", is(Operator.EQUALS, "0200"));
            fails("json $.zip: expected equals 200 but was \"0200\"", "$.zip", is(Operator.EQUALS, "200"));
        }

        @Test
        void booleansAreComparedAsTrueOrFalse() throws CheckException {
            fails("json $.active: expected equals false but was true", "$.active", is(Operator.EQUALS, "false"));
            fails("json $.active: expected equals \"yes\" but was true", "$.active", is(Operator.EQUALS, "yes"));
        }

        @Test
        void arraysAndObjectsAreComparedAsJson() throws CheckException {
            fails("json $.items: expected equals [1,\"two\"] but was [1,\"two\",{\"id\":3}]", "$.items",
                    is(Operator.EQUALS, "[1,\"two\"]"));
            fails("json $.obj: expected equals \"{a:1}\" but was {\"a\":1,\"b\":[true]}", "$.obj",
                    is(Operator.EQUALS, "{a:1}"));
            passes("$.obj", is(Operator.EQUALS, "{\"a\":1,\"b\":[true]}"));
        }

        @Test
        void anAbsentValueFails() throws CheckException {
            fails("json $.id_token: expected equals \"x\" but was absent", "$.id_token", is(Operator.EQUALS, "x"));
        }
    }

    @Nested
    class Not {
        @Test
        void holdsForAnotherOrAnAbsentValue() throws CheckException {
            passes("$.token_type", is(Operator.NOT, "Bearer"));
            passes("$.id_token", is(Operator.NOT, "x"));
        }

        @Test
        void failsForAnEqualValue() throws CheckException {
            fails("json $.token_type: expected not \"bearer\" but was \"bearer\"", "$.token_type",
                    is(Operator.NOT, "bearer"));
            fails("json $.expires_in: expected not 3599.0 but was 3599", "$.expires_in", is(Operator.NOT, "3599.0"));
        }
    }

    @Nested
    class Contains {
        @Test
        void aSubstring() throws CheckException {
            passes("$.scope", is(Operator.CONTAINS, "user:write"));
            fails("json $.scope: expected contains \"admin\" but was \"user:read user:write\"", "$.scope",
                    is(Operator.CONTAINS, "admin"));
        }

        @Test
        void anElementOfAnArray() throws CheckException {
            passes("$.items", is(Operator.CONTAINS, "two"));
            passes("$.items", is(Operator.CONTAINS, "1.0"));
            passes("$.items", is(Operator.CONTAINS, "{\"id\":3}"));
            fails("json $.items: expected contains \"tw\" but was [1,\"two\",{\"id\":3}]", "$.items",
                    is(Operator.CONTAINS, "tw"));
        }

        @Test
        void aKeyOfAnObject() throws CheckException {
            passes("$.obj", is(Operator.CONTAINS, "b"));
            fails("json $.obj: expected contains \"c\" but was {\"a\":1,\"b\":[true]}", "$.obj",
                    is(Operator.CONTAINS, "c"));
        }

        @Test
        void anAbsentValueFails() throws CheckException {
            fails("json $.id_token: expected contains \"x\" but was absent", "$.id_token", is(Operator.CONTAINS, "x"));
        }
    }

    @Nested
    class StartsAndEndsWith {
        @Test
        void onTheStringForm() throws CheckException {
            passes("$.access_token", is(Operator.STARTS_WITH, "abc."));
            passes("$.expires_in", is(Operator.STARTS_WITH, "35"));
            passes("$.access_token", is(Operator.ENDS_WITH, ".def"));
            fails("json $.access_token: expected startsWith \"def\" but was \"abc.def\"", "$.access_token",
                    is(Operator.STARTS_WITH, "def"));
            fails("json $.access_token: expected endsWith \"abc\" but was \"abc.def\"", "$.access_token",
                    is(Operator.ENDS_WITH, "abc"));
        }

        @Test
        void anAbsentValueFails() throws CheckException {
            fails("json $.id_token: expected endsWith \"x\" but was absent", "$.id_token", is(Operator.ENDS_WITH, "x"));
        }
    }

    @Nested
    class Matches {
        @Test
        void findsTheRegexInTheStringForm() throws CheckException {
            passes("$.access_token", is(Operator.MATCHES, "c\\.d"));
            passes("$.expires_in", is(Operator.MATCHES, "^\\d{4}$"));
            fails("json $.access_token: expected matches \"^[a-z]+$\" but was \"abc.def\"", "$.access_token",
                    is(Operator.MATCHES, "^[a-z]+$"));
        }

        @Test
        void anInvalidRegexCannotBeChecked() {
            CheckException e = assertThrows(CheckException.class,
                    () -> check("$.access_token", is(Operator.MATCHES, "(abc")));
            assertEquals("json $.access_token: invalid regex \"(abc\": Unclosed group near index 4", e.getMessage());
        }
    }

    @Nested
    class Exists {
        @Test
        void trueWantsAPresentValue() throws CheckException {
            passes("$.access_token", is(Operator.EXISTS, "true"));
            fails("json $.id_token: expected exists true but was absent", "$.id_token", is(Operator.EXISTS, "true"));
        }

        @Test
        void falseWantsAnAbsentValue() throws CheckException {
            passes("$.id_token", is(Operator.EXISTS, "false"));
            fails("json $.token_type: expected exists false but was \"bearer\"", "$.token_type",
                    is(Operator.EXISTS, "false"));
        }

        @Test
        void anythingElseCannotBeChecked() {
            CheckException e = assertThrows(CheckException.class,
                    () -> check("$.token_type", is(Operator.EXISTS, "yes")));
            assertEquals("json $.token_type: exists takes true or false, not \"yes\"", e.getMessage());
        }
    }

    @Nested
    class Ordering {
        @ParameterizedTest
        @CsvSource({"lt, 3600", "le, 3599", "le, 3599.0", "gt, 3598", "ge, 3599", "gt, -1", "lt, 4e3"})
        void holds(String operator, String bound) throws CheckException {
            passes("$.expires_in", is(Operator.byKey(operator).orElseThrow(), bound));
        }

        @ParameterizedTest
        @CsvSource({"lt, 3599", "le, 3598", "gt, 3599", "ge, 3600"})
        void failsBeyondTheBound(String operator, String bound) throws CheckException {
            fails("json $.expires_in: expected " + operator + " " + bound + " but was 3599",
                    "$.expires_in", is(Operator.byKey(operator).orElseThrow(), bound));
        }

        @Test
        void aNumberInAStringCounts() throws CheckException {
            passes("$.code", is(Operator.GE, "200"));
        }

        @Test
        void anActualThatIsNotANumberFails() throws CheckException {
            fails("json $.token_type: expected gt 0 but was \"bearer\", which is not a number", "$.token_type",
                    is(Operator.GT, "0"));
            fails("json $.active: expected lt 2 but was true, which is not a number", "$.active",
                    is(Operator.LT, "2"));
        }

        @Test
        void anExpectedValueThatIsNotANumberFails() throws CheckException {
            fails("json $.expires_in: expected ge \"ten\" but \"ten\" is not a number", "$.expires_in",
                    is(Operator.GE, "ten"));
        }

        @Test
        void anAbsentValueFails() throws CheckException {
            fails("json $.id_token: expected lt 5 but was absent", "$.id_token", is(Operator.LT, "5"));
        }
    }

    @Nested
    class In {
        @Test
        void equalsOneOfTheOptions() throws CheckException {
            passes("$.code", in("201", "200.0"));
            passes("$.token_type", in("mac", "<<type>>"));
            fails("json $.token_type: expected in [\"Bearer\", \"mac\"] but was \"bearer\"", "$.token_type",
                    in("Bearer", "mac"));
            fails("json $.expires_in: expected in [1, 201] but was 3599", "$.expires_in", in("1", "<<ok>>"));
        }

        @Test
        void anAbsentValueFails() throws CheckException {
            fails("json $.id_token: expected in [\"a\"] but was absent", "$.id_token", in("a"));
        }
    }

    @Nested
    class Length {
        @Test
        void ofArraysObjectsAndStrings() throws CheckException {
            passes("$.items", is(Operator.LENGTH, "3"));
            passes("$.obj", is(Operator.LENGTH, "2"));
            passes("$.access_token", is(Operator.LENGTH, "7"));
            passes("$.text", is(Operator.LENGTH, "6"));
            passes("$.empty", is(Operator.LENGTH, "0"));
            fails("json $.items: expected length 2 but length was 3", "$.items", is(Operator.LENGTH, "2"));
        }

        @Test
        void nestedConditionsApplyToTheLength() throws CheckException {
            passes("$.items", length(is(Operator.GE, "<<n>>"), is(Operator.LT, "10")));
            fails("json $.one: expected length ge 3 but length was 1", "$.one", length(is(Operator.GE, "3")));
            assertEquals(List.of("json $.one: expected length ge 3 but length was 1",
                            "json $.one: expected length in [2, 3] but length was 1"),
                    check("$.one", length(is(Operator.GE, "3"), is(Operator.LT, "2"), in("2", "3"))));
        }

        @Test
        void anAbsentOrNullValueFails() throws CheckException {
            fails("json $.id_token: expected length 3 but was absent", "$.id_token", is(Operator.LENGTH, "3"));
            fails("json $.id_token: expected length gt 0 but was absent", "$.id_token", length(is(Operator.GT, "0")));
            fails("json $.nothing: expected length 0 but was null, which has no length", "$.nothing",
                    is(Operator.LENGTH, "0"));
        }

        @Test
        void anExpectedLengthThatIsNotANumberFails() throws CheckException {
            fails("json $.items: expected length \"three\" but \"three\" is not a number", "$.items",
                    is(Operator.LENGTH, "three"));
        }

        @Test
        void withNeitherNumberNorConditionsCannotBeChecked() {
            CheckException e = assertThrows(CheckException.class, () -> check("$.items", length()));
            assertTrue(e.getMessage().startsWith("json $.items: length needs"), e.getMessage());
        }
    }
}
