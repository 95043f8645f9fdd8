package org.privacyportal.backend.patron;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.vocabulary.Category;

/**
 * GET /api/v1/me: the signed-in patron's own profile, read through the access core on the caller's
 * own record. The access rule gives an impersonation token no record of its own (it is never "self"
 * access, docs/product.md section 3), and staff and director accounts have none: both get the
 * standard 404.
 */
public final class MeHandler implements Handler {

  private final AccessCore core;

  public MeHandler(AccessCore core) {
    this.core = core;
  }

  @Override
  public void handle(Context ctx) {
    AuthenticatedUser user = AuthHandler.user(ctx);
    PatronProfile profile =
        core.own(
                user,
                Purpose.read(Category.PROFILE, RequestContext.NONE),
                scope ->
                    scope.session().getMapper(PatronMapper.class).findBySubject(user.subject()))
            .orElseThrow(ApiProblem::notFound);
    ctx.json(profile);
  }
}
