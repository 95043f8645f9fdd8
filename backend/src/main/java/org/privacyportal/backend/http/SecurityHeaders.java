package org.privacyportal.backend.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers for every response: API answers hold personal data, so no cache (browser or proxy) may
 * keep them, and nothing may be sniffed into another content type. An API answer is never a page:
 * its Content-Security-Policy lets it load nothing and be framed by no one.
 *
 * <p>The one exception is the API documentation under {@link ApiDocs#DOCS_PATH} (Swagger UI): it is
 * a page, so it may load scripts, styles and images from this server (and the inline styles Swagger
 * UI sets on its elements), and fetch the contract; still nothing from elsewhere, and no framing.
 * It holds no personal data, and "Try it out" calls go to the same API under its own rules.
 */
public final class SecurityHeaders implements Handler {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String DOCS_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    boolean docs =
        ctx.path().equals(ApiDocs.DOCS_PATH) || ctx.path().startsWith(ApiDocs.DOCS_PATH + "/");
    ctx.header("Content-Security-Policy", docs ? DOCS_POLICY : API_POLICY);
  }
}
