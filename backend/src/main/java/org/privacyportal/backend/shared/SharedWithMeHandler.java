package org.privacyportal.backend.shared;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.access.Scope;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.vocabulary.Category;

/**
 * GET /api/v1/me/shared: the written authorizations in force that name the caller's patron record
 * as grantee (docs/authorizations-shared.md), by the patron's name. Read through the access core on
 * the caller's own record (an account without one, or an impersonation token: 404).
 *
 * <p>Listing is not an access to the patrons' records, and is not written to their access logs: it
 * shows the grantee what each patron chose to give them (the patron's name, the categories, the
 * period: all of it in the authorization the patron signed for this grantee), and no record.
 * Opening a category is a read of the records API, logged as every read on this ground.
 */
public final class SharedWithMeHandler implements Handler {

  /** One authorization shared with the caller. */
  public record Shared(
      String authorizationId,
      String patronId,
      String patronName,
      List<String> categories,
      Instant validFrom,
      Instant validUntil,
      LocalDate endsAtMajority) {
    @Override
    public String toString() {
      return "Shared[authorizationId=" + authorizationId + "]"; // names stay out of logs
    }
  }

  private final AccessCore core;

  public SharedWithMeHandler(AccessCore core) {
    this.core = core;
  }

  @Override
  public void handle(Context ctx) {
    List<Shared> shared =
        core.own(
                AuthHandler.user(ctx),
                Purpose.read(Category.PROFILE, RequestContext.NONE),
                scope -> list(scope.session().getMapper(SharedMapper.class), scope))
            .orElseThrow(ApiProblem::notFound);
    ctx.json(shared);
  }

  private List<Shared> list(SharedMapper mapper, Scope scope) {
    AccessPolicy policy = core.policy();
    LocalDate today = scope.today();
    List<SharedMapper.SharedRow> rows = mapper.sharedWith(scope.patronId(), scope.now());
    // The same rule the access rule applies: one a guardian signed ends with the minority.
    List<SharedMapper.SharedRow> inForce =
        rows.stream()
            .filter(
                r ->
                    AccessPolicy.authorizationInForce(
                        r.signedByRole(), policy.isMinor(r.patronBirthDate(), today)))
            .toList();
    if (inForce.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> categories = new LinkedHashMap<>();
    for (SharedMapper.CoveredCategory c :
        mapper.categoriesOf(
            inForce.stream().map(SharedMapper.SharedRow::authorizationId).toList())) {
      categories.computeIfAbsent(c.authorizationId(), k -> new ArrayList<>()).add(c.category());
    }
    return inForce.stream()
        .map(
            r ->
                new Shared(
                    r.authorizationId(),
                    r.patronId(),
                    r.patronName(),
                    categories.getOrDefault(r.authorizationId(), List.of()),
                    r.validFrom(),
                    r.validUntil(),
                    endsAtMajority(policy, r)))
        .toList();
  }

  /**
   * The day a guardian-signed authorization stops, when that is before its end date: the minor's
   * birthday of majority.
   */
  private static LocalDate endsAtMajority(AccessPolicy policy, SharedMapper.SharedRow row) {
    if (!"GUARDIAN".equals(row.signedByRole())) {
      return null;
    }
    LocalDate majority = row.patronBirthDate().plusYears(policy.profile().ageOfMajority());
    LocalDate until = LocalDate.ofInstant(row.validUntil(), policy.profile().timeZone());
    return majority.isBefore(until) ? majority : null;
  }
}
