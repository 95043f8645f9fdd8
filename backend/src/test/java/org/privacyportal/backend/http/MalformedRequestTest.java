package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;

/**
 * Requests Jetty refuses before Javalin sees them (malformed request lines and URIs, ambiguous
 * segments, control characters, overlong lines) still get a problem+json body with a type, sent as
 * raw bytes over a socket because no HTTP client would send them.
 */
class MalformedRequestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] BAD_PIECES = {
    "%",
    "%z",
    "%zz",
    "%2",
    "%2e%2e",
    "%2E",
    "%2f",
    "%2F",
    "%5c",
    "%00",
    "%C0%AF",
    "%ED%A0%80",
    "%FF",
    "..",
    ".",
    ";",
    "..;",
    "//",
    "\\",
    "%u002e",
    "%%",
    "%25",
    "a",
    "api",
    "v1",
    "me",
    "patrons",
    "?",
    "#",
    "%3B",
    "{",
    "}",
    "|",
    "^",
    "`",
    "[",
    "]",
    "\"",
    "<",
    ">",
    "\u00e9",
    "&",
    "="
  };
  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

  private final TestBackend backend = TestBackend.get();

  @Test
  void knownMalformedRequestsGetProblemJson() throws Exception {
    List<String> targets =
        List.of(
            "/api/v1/%",
            "/%zz",
            "/api/v1/%2",
            "/api/v1/patrons/%2e%2e/me",
            "/api/v1/..;/me",
            "/api/v1/a%2Fb",
            "/api/v1/a%5Cb",
            "/api/v1/a%00b",
            "/api/v1/%C0%AF",
            "/api/v1/%FF%FE",
            "/api//v1//me",
            "/api/v1/./me",
            "/api/v1/../../etc",
            "/api\\v1\\me",
            "/api/v1/a%3Bb",
            "/%u002e%u002e/");
    for (String target : targets) {
      for (String method : METHODS) {
        assertProblem(method + " " + target, request(method + " " + target + " HTTP/1.1"));
      }
    }
    // Jetty wrote error bodies for GET, POST and HEAD only: these were a 400 without a body
    for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS")) {
      assertProblem(method + " with a brace", request(method + " /api/v1/{ HTTP/1.1"));
    }
    assertProblem("control character", request("GET /api/v1/a\u0001b HTTP/1.1"));
    assertProblem("space in target", request("GET /api/v1/a b HTTP/1.1"));
    assertProblem("unknown version", request("GET /api/v1/me HTTP/7.3"));
    assertProblem("no target", request("GET  HTTP/1.1"));
    assertProblem(
        "absolute form with a bad authority", request("GET http://[::1/api/v1/me HTTP/1.1"));
    assertProblem("overlong target", request("GET /" + "a".repeat(70_000) + " HTTP/1.1"));
  }

  @Test
  void randomMalformedTargetsGetProblemJson() throws Exception {
    Random random = new Random(20261203L);
    for (int i = 0; i < 300; i++) {
      StringBuilder target = new StringBuilder("/");
      int pieces = 1 + random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        target.append(BAD_PIECES[random.nextInt(BAD_PIECES.length)]);
        if (random.nextBoolean()) {
          target.append('/');
        }
      }
      String method = METHODS[random.nextInt(METHODS.length)];
      assertProblem(method + " " + target, request(method + " " + target + " HTTP/1.1"));
    }
  }

  private String request(String requestLine) throws IOException {
    URI base = backend.uri("/");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      return read(socket.getInputStream());
    }
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      // the server may reset after answering an overlong request: keep what was answered
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Every answer that is not a success is problem JSON with one of our types and its status. */
  private static void assertProblem(String what, String raw) throws IOException {
    assertThat(raw).as(what).startsWith("HTTP/1.1 ");
    int status = Integer.parseInt(raw.substring(9, 12));
    if (status < 400) {
      return; // a target that turned out well formed (e.g. a known route's redirect) is no concern
      // here
    }
    int end = raw.indexOf("\r\n\r\n");
    String head = raw.substring(0, end).toLowerCase(Locale.ROOT);
    assertThat(head)
        .as(what + " answered " + status)
        .contains("content-type: application/problem+json");
    JsonNode problem = JSON.readTree(raw.substring(end + 4));
    assertThat(problem.get("type").asText()).as(what).startsWith(ProblemType.BASE);
    assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
  }
}
