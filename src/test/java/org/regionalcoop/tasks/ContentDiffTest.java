package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContentDiffTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void namesEachChangedFieldByItsPathAndReportsAChangedListWhole() throws Exception {
        var before = json.readTree("""
                {"title": "Bus lines", "term": {"start": "2027-01-01", "end": "2031-12-31"}, "fields": ["transport"], "penalty": "1"}
                """);
        var after = json.readTree("""
                {"title": "Bus lines", "term": {"start": "2027-01-01", "end": "2029-12-31"}, "fields": ["transport", "tourism"], "note": "x"}
                """);

        assertThat(ContentDiff.between(before, after))
                .extracting(change -> change.field(), change -> change.before().toString(), change -> change.after().toString())
                .containsExactly(
                        tuple("fields", "[\"transport\"]", "[\"transport\",\"tourism\"]"),
                        tuple("note", "null", "\"x\""),
                        tuple("penalty", "\"1\"", "null"),
                        tuple("term.end", "\"2031-12-31\"", "\"2029-12-31\""));
        assertThat(ContentDiff.between(before, before)).isEmpty();
    }
}
