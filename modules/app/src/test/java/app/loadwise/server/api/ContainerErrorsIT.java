package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Errors the container raises rather than a resource, sent as raw bytes over a socket so that no client library
 * tidies them up: each is answered 4xx with an application/problem+json body. (Requests the HTTP layer refuses
 * before the application sees them, such as a header byte outside ASCII, are listed in docs/api.md.)
 */
@ExtendWith(ArquillianExtension.class)
class ContainerErrorsIT {

    @ArquillianResource
    URL deployment;

    /** The answer to a raw request: status line, headers and body as sent. */
    record Answer(String statusLine, int status, String headers, byte[] body) {
        String contentType() {
            for (String line : headers.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    return line.substring(13).strip();
                }
            }
            return null;
        }

        JsonPath json() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8));
        }
    }

    private String context() {
        String path = deployment.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String admin() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (Api.ADMIN_USERNAME + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private Answer send(String requestLineAndHeaders, byte[] body) throws IOException {
        try (Socket socket = new Socket(deployment.getHost(), deployment.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestLineAndHeaders.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            byte[] bytes = all.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String statusLine = head.split("\r\n", 2)[0];
            byte[] payload = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                payload = unchunked(payload);
            }
            return new Answer(statusLine, Integer.parseInt(statusLine.split(" ")[1]), head, payload);
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = new String(chunked, at, chunked.length - at, StandardCharsets.ISO_8859_1).indexOf("\r\n");
            int size = Integer.parseInt(new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(status);
        assertThat(answer.contentType()).as("content type of " + answer.statusLine()).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(status);
        assertThat(answer.json().getString("title")).isNotBlank();
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContainIgnoringCase("<html");
    }

    @Test
    void anUnreadableContentTypeIsAProblemNotTheServersHtmlPage() throws IOException {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Answer answer = send("POST " + context() + "/api/v1/clubs HTTP/1.1\r\nHost: test\r\n" + admin()
                + "Content-Type: garbage\r\nContent-Length: 2\r\nConnection: close\r\n\r\n", body);
        assertProblem(answer, 400);
        assertThat(answer.json().getString("errors[0].field")).isEqualTo("Content-Type");
        assertProblem(send("GET " + context() + "/api/v1/clubs HTTP/1.1\r\nHost: test\r\n" + admin()
                + "Content-Type: ;;;\r\nConnection: close\r\n\r\n", new byte[0]), 400);
    }

    @Test
    void traceIsRefusedWithAProblem() throws IOException {
        Answer answer = send("TRACE " + context() + "/api/v1/me HTTP/1.1\r\nHost: test\r\n" + admin()
                + "Connection: close\r\n\r\n", new byte[0]);
        assertProblem(answer, 405);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as("nothing of the request is echoed")
                .doesNotContain("Authorization").doesNotContain("Basic");
        assertProblem(send("TRACE " + context() + "/api/v1/me HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", new byte[0]),
                405);
    }

    @Test
    void oddUrisThatReachTheApplicationAreProblems() throws IOException {
        for (String path : new String[] {"/api/v1/clubs/a%2Fb", "/api/v1/clubs/..%2F..%2Fetc", "/api/v1/%E2%80%AE",
            "/api/v1/clubs/1/../../../etc/passwd", "/api/v1/clubs?page=%ff&size=%00", "/api/v1/clubs/%2B1"}) {
            Answer answer = send("GET " + context() + path + " HTTP/1.1\r\nHost: test\r\n" + admin() + "Connection: close\r\n\r\n",
                    new byte[0]);
            assertThat(answer.status()).as(path).isBetween(400, 499);
            assertProblem(answer, answer.status());
        }
    }

    @Test
    void statusesTheHttpLayerHasNoPhraseForGetTheirStandardOne() throws IOException {
        String bad = "{\"items\":[{\"memberId\":\"nobody\",\"date\":\"2026-03-02\",\"type\":\"easy\",\"movingMinutes\":30,\"rpe\":14}]}";
        long club = new Api(deployment).newClub();
        byte[] body = bad.getBytes(StandardCharsets.UTF_8);
        Answer answer = send("POST " + context() + "/api/v1/clubs/" + club + "/sessions/bulk HTTP/1.1\r\nHost: test\r\n" + admin()
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 422 Unprocessable Content");
        assertProblem(answer, 422);
    }
}
