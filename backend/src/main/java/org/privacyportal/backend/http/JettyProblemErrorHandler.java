package org.privacyportal.backend.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before Javalin sees the request (a malformed request line, an
 * ambiguous path, oversized headers): a problem+json body instead of Jetty's HTML page, and
 * never Jetty's message or stack.
 */
public final class JettyProblemErrorHandler extends ErrorHandler {

  private final ProblemWriter writer;

  public JettyProblemErrorHandler(ProblemWriter writer) {
    this.writer = writer;
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(writer.bytes(problem(code))), callback);
  }

  static Problem problem(int code) {
    return Problem.of(ProblemType.forHttpStatus(code), code, HttpStatus.getMessage(code) + ".");
  }
}
