package org.privacyportal.backend.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before Javalin sees the request (a malformed request line, an
 * ambiguous path, oversized headers): a problem+json body instead of Jetty's HTML page, and never
 * Jetty's message or stack.
 */
public final class JettyProblemErrorHandler extends ErrorHandler {

  private final ProblemWriter writer;

  public JettyProblemErrorHandler(ProblemWriter writer) {
    this.writer = writer;
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  /**
   * Jetty writes an error body only for GET, POST and HEAD by default: a PUT, PATCH, DELETE or
   * OPTIONS with a malformed URI got a 400 with an empty body and no content type.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /** A message Jetty's parser refused before there is a request at all. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    return ByteBuffer.wrap(writer.bytes(problem(status)));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(writer.bytes(problem(code))), callback);
  }

  static Problem problem(int code) {
    if (code == 404) {
      return ApiProblem.NOT_FOUND; // the one not-found body, wherever it is answered
    }
    return Problem.of(ProblemType.forHttpStatus(code), code, HttpStatus.getMessage(code) + ".");
  }
}
