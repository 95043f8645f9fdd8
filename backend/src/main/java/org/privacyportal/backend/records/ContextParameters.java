package org.privacyportal.backend.records;

import io.javalin.http.Context;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.http.RequestParameters;

/** The request context of a records request, from its query parameters. */
final class ContextParameters {

  private ContextParameters() {}

  /**
   * ?ticket=, ?lookup=, ?legal= and ?check= (a desk check of a written authorization): ids naming
   * why staff or the director read the records.
   */
  static RequestContext of(Context ctx) {
    return new RequestContext(
        RequestParameters.optionalId(ctx, "ticket"),
        RequestParameters.optionalId(ctx, "lookup"),
        RequestParameters.optionalId(ctx, "legal"),
        RequestParameters.optionalId(ctx, "check"));
  }
}
