package app.loadwise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAppFilterTest {

    @ParameterizedTest
    @CsvSource({
        "GET, /, true",
        "GET, /sign-in, true",
        "GET, /clubs/7/squad, true",
        "HEAD, /athletes/12, true",
        "GET, /imports/40, true",
        "GET, /check-in/Abc_def-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ, true",
        "GET, /check-in-unsubscribe/Abc_def-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ, true",
        "POST, /clubs/7/squad, false",
        "GET, /api/v1/clubs, false",
        "GET, /openapi, false",
        "GET, /health/ready, false",
        "GET, /metrics, false",
        "GET, /assets/index-3f2a.js, false",
        "GET, /index.html, false",
        "GET, /favicon.svg, false",
        "GET, /samples/loadwise-sample.xlsx, false"
    })
    void answersAppPagesWithTheAppAndLeavesTheServersOwnPathsAlone(String method, String path, boolean page) {
        assertThat(WebAppFilter.isAppPage(method, path)).isEqualTo(page);
    }
}
