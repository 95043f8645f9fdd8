package org.privacyportal.backend.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers for every response: API answers hold personal data, so no cache (browser or proxy)
 * may keep them, and nothing may be sniffed into another content type.
 */
public final class SecurityHeaders implements Handler {

  @Override
  public void handle(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
  }
}
