package org.privacyportal.backend.patron;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.ApiProblem;

/** GET /api/v1/me: the signed-in patron's own profile. */
public final class MeHandler implements Handler {

  private final SqlSessionFactory sessions;

  public MeHandler(SqlSessionFactory sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx) {
    AuthenticatedUser user = AuthHandler.user(ctx);
    // An impersonation token is never "self" access (product.md section 3); until library
    // business access exists it gets the same answer as an account without a patron record.
    if (user.isImpersonated()) {
      throw ApiProblem.notFound();
    }
    PatronProfile profile;
    try (SqlSession session = sessions.openSession()) {
      profile = session.getMapper(PatronMapper.class).findBySubject(user.subject());
    }
    if (profile == null) {
      throw ApiProblem.notFound(); // staff and director accounts have no patron record
    }
    ctx.json(profile);
  }
}
