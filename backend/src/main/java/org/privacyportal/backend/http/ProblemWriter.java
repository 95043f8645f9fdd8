package org.privacyportal.backend.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Serialises problem bodies; shared by the Javalin exception handlers and Jetty's error handler.
 */
public final class ProblemWriter {

  private final ObjectMapper mapper;

  public ProblemWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public void write(Context ctx, Problem problem) {
    ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(bytes(problem));
  }

  public byte[] bytes(Problem problem) {
    try {
      return mapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      // A record of strings and an int always serialises; keep a valid body regardless.
      return ("{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
