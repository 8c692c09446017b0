package org.algos.web.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    /** The errors the read ends with, as "field: message". */
    private static List<String> errorsOf(Runnable read) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, read::run);
        return refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void aFieldTheEndpointDoesNotReadIsRefusedByName() {
        JsonBody body = JsonBody.of("{\"title\":\"Plan\",\"goal\":\"walk\",\"colour\":\"red\"}");
        assertEquals("Plan", body.text("title"));
        assertEquals(List.of("colour: is not a field of this request", "goal: is not a field of this request"),
                errorsOf(body::done));
    }

    @Test
    void everyReadFieldCountsAsKnownEvenWhenNull() {
        JsonBody body = JsonBody.of("{\"title\":\"Plan\",\"note\":null}");
        body.text("title");
        assertNull(body.text("note"));
        body.done();
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertEquals(List.of("body: has content after the JSON object"), errorsOf(() -> JsonBody.of("{\"title\":\"x\"}}")));
        assertEquals(1, errorsOf(() -> JsonBody.of("{\"title\":\"x\"} {\"title\":\"y\"}")).size());
    }

    @Test
    void anUnfinishedOrMalformedBodyIsRefused() {
        assertTrue(errorsOf(() -> JsonBody.of("{\"title\":")).get(0).startsWith("body: "));
        assertEquals(List.of("body: must be a JSON object"), errorsOf(() -> JsonBody.of("[1,2]")));
        assertEquals(List.of("body: a JSON object is required"), errorsOf(() -> JsonBody.of("")));
        assertTrue(errorsOf(() -> JsonBody.of("{'a':1}")).get(0).startsWith("body: is not valid JSON"));
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertEquals(List.of("body: is nested deeper than 16 levels"), errorsOf(() -> JsonBody.of(deep)));
        String withinLimit = "{\"a\":" + "[".repeat(15) + "]".repeat(15) + "}";
        assertTrue(JsonBody.of(withinLimit).has("a"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertEquals(List.of("pain: is given twice"), errorsOf(() -> JsonBody.of("{\"pain\":3,\"pain\":9}")));
    }

    @Test
    void wholeNumbersBeyond32BitsAreErrorsNotWrappedValues() {
        JsonBody body = JsonBody.of("{\"pain\":4294967301,\"low\":-2147483649,\"max\":2147483647,\"five\":5.0,"
                + "\"half\":2.5,\"huge\":1e999999999,\"text\":\"7\"}");
        assertNull(body.integer("pain"));
        assertNull(body.integer("low"));
        assertEquals(Integer.MAX_VALUE, body.integer("max"));
        assertEquals(5, body.integer("five"));
        assertNull(body.integer("half"));
        assertNull(body.integer("huge"));
        assertEquals(7, body.integer("text"));
        assertEquals(List.of("pain: is out of range", "low: is out of range", "half: must be a whole number",
                "huge: is out of range"), errorsOf(body::done));
    }

    @Test
    void decimalsAreFiniteAndBounded() {
        JsonBody body = JsonBody.of("{\"dose\":1e300,\"rate\":12.5,\"small\":\"0.25\",\"word\":\"ten\"}");
        assertNull(body.decimal("dose"));
        assertEquals(12.5, body.decimal("rate"));
        assertEquals(0.25, body.decimal("small"));
        assertNull(body.decimal("word"));
        assertEquals(List.of("dose: is too large", "word: must be a number"), errorsOf(body::done));
    }

    @Test
    void textWithControlCharactersOrBrokenUnicodeIsRefused() {
        JsonBody body = JsonBody.of("{\"a\":\"x\\u0000y\",\"b\":\"\\ud800\",\"c\":\"line\\nnext\\ttab\","
                + "\"d\":\"\\ud83d\\ude00 smile\",\"e\":{}}");
        assertNull(body.text("a"));
        assertNull(body.text("b"));
        assertEquals("line\nnext\ttab", body.text("c"));
        assertEquals("\ud83d\ude00 smile", body.text("d"));
        assertNull(body.text("e"));
        assertEquals(List.of("a: must not contain control characters", "b: is not valid Unicode text",
                "e: must be text"), errorsOf(body::done));
    }

    @Test
    void nestedObjectsNameTheirFieldsAndTheirUnknownFields() {
        JsonBody body = JsonBody.of("{\"goals\":[{\"description\":\"walk\"},{\"description\":3,\"due\":\"x\"},7]}");
        List<JsonBody> goals = body.objects("goals");
        assertEquals(2, goals.size());
        assertEquals("walk", goals.get(0).text("description"));
        assertEquals("3", goals.get(1).text("description"));
        assertEquals(List.of("goals[2]: must be an object", "goals[1].due: is not a field of this request"),
                errorsOf(body::done));
    }

    @Test
    void listsOfTextNameTheWrongItem() {
        JsonBody body = JsonBody.of("{\"levels\":[\"L4-L5\",5],\"problems\":\"back, leg\"}");
        assertEquals(List.of("L4-L5"), body.strings("levels"));
        assertEquals(List.of("back", "leg"), body.strings("problems"));
        assertEquals(List.of("levels[1]: must be text"), errorsOf(body::done));
    }

    @Test
    void answersBeyond32BitsAreRefusedByItem() {
        JsonBody body = JsonBody.of("{\"answers\":{\"q1\":3,\"q2\":3000000000,\"q3\":true,\"q4\":null}}");
        Map<String, Integer> answers = body.answers("answers");
        assertEquals(3, answers.get("q1"));
        assertEquals(1, answers.get("q3"));
        assertTrue(answers.containsKey("q4") && !answers.containsKey("q2"));
        assertEquals(List.of("answers.q2: is out of range"), errorsOf(body::done));
    }

    @Test
    void anOptionalBodyMayBeEmpty() {
        JsonBody.optional("").done();
        assertEquals(List.of("x: is not a field of this request"), errorsOf(() -> JsonBody.optional("{\"x\":1}").done()));
    }
}
