package app.loadwise.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalReadsTest {

    @ParameterizedTest(name = "If-None-Match: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                  | false
            ''                    | false
            "abc"                 | true
            W/"abc"               | true
            *                     | true
            "xyz", "abc"          | true
            "xyz",W/"abc"         | true
            "abcd"                | false
            abc                   | false
            """)
    void matchesTheTagWeaklyAsRfc9110Says(String ifNoneMatch, boolean matches) {
        assertThat(ConditionalReads.matches(ifNoneMatch, "\"abc\"")).isEqualTo(matches);
    }
}
