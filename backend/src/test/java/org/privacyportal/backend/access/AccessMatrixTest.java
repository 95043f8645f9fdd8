package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * The access rule as a table: every kind of caller against all twelve categories, under both
 * library profiles, each expected answer written out. Requests go over HTTP to the real backend on
 * MariaDB; every allowed access by someone other than the patron must leave exactly one access log
 * entry with the right ground, actor and reference, and nothing else may leave any.
 */
class AccessMatrixTest {

  /**
   * S self: 200, nothing logged G guardian, W written authorization, B library business, L legal
   * process: 200 and exactly one access log entry with that ground - 404, byte for byte the answer
   * for a patron that does not exist; nothing logged U 401, no token
   */
  private static final String MATRIX =
      """
      actor                          profile    pro loa his hol fin onl ref eve con aut tic acc
      adult-self                     calcasieu  S   S   S   S   S   S   S   S   S   S   S   S
      adult-self                     lawrence   S   S   S   S   S   S   S   S   S   S   S   S
      minor-self                     calcasieu  S   S   S   S   S   S   S   S   S   S   S   S
      minor-self                     lawrence   S   S   S   S   S   S   S   S   S   S   S   S
      guardian-of-this-minor         calcasieu  G   G   G   G   G   G   G   G   G   G   G   G
      guardian-of-this-minor         lawrence   G   G   G   G   G   G   G   G   G   G   G   G
      guardian-not-yet-verified      calcasieu  G   G   G   G   G   G   G   G   G   G   G   G
      guardian-not-yet-verified      lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      guardian-of-another-minor      calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      guardian-of-another-minor      lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      guardian-of-minor-come-of-age  calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      guardian-of-minor-come-of-age  lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      another-patron                 calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      another-patron                 lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      grantee-loans-holds-history    calcasieu  -   W   W   W   -   -   -   -   -   -   -   -
      grantee-loans-holds-history    lawrence   -   W   W   W   -   -   -   -   -   -   -   -
      staff-open-ticket              calcasieu  B   B   -   -   B   -   -   -   -   -   B   -
      staff-open-ticket              lawrence   B   B   -   -   B   -   -   -   -   -   B   -
      staff-resolved-ticket          calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-resolved-ticket          lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-colleagues-ticket        calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-colleagues-ticket        lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-unassigned-ticket        calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-unassigned-ticket        lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-privacy-question-ticket  calcasieu  -   -   -   -   -   -   -   -   -   -   B   B
      staff-privacy-question-ticket  lawrence   -   -   -   -   -   -   -   -   -   -   B   B
      staff-queue-ticket-unassigned  calcasieu  B   -   -   -   -   -   -   -   -   -   -   -
      staff-queue-ticket-unassigned  lawrence   B   -   -   -   -   -   -   -   -   -   -   -
      staff-no-ticket-no-lookup      calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-no-ticket-no-lookup      lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-desk-lookup-with-reason  calcasieu  B   B   -   B   B   -   -   -   -   -   -   -
      staff-desk-lookup-with-reason  lawrence   B   B   -   B   B   -   -   -   -   -   -   -
      staff-desk-lookup-no-reason    calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-desk-lookup-no-reason    lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-colleagues-lookup        calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-colleagues-lookup        lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-desk-check               calcasieu  -   W   W   W   -   -   -   -   -   -   -   -
      staff-desk-check               lawrence   -   W   W   W   -   -   -   -   -   -   -   -
      staff-colleagues-check         calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-colleagues-check         lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-expired-check            calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-expired-check            lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-check-revoked-after      calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-check-revoked-after      lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-check-another-patron     calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-check-another-patron     lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      grantee-naming-staffs-check    calcasieu  -   W   W   W   -   -   -   -   -   -   -   -
      grantee-naming-staffs-check    lawrence   -   W   W   W   -   -   -   -   -   -   -   -
      impersonation-naming-check     calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      impersonation-naming-check     lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      staff-naming-court-order       calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      staff-naming-court-order       lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      director-open-ticket           calcasieu  B   B   -   B   B   -   -   -   -   -   B   -
      director-open-ticket           lawrence   B   B   -   B   B   -   -   -   -   -   B   -
      director-staffs-ticket         calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      director-staffs-ticket         lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      director-no-context            calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      director-no-context            lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      director-court-order           calcasieu  L   L   L   -   -   -   -   -   -   -   -   -
      director-court-order           lawrence   L   L   L   -   -   -   -   -   -   -   -   -
      director-subpoena              calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      director-subpoena              lawrence   -   L   L   -   L   -   -   -   -   -   -   -
      director-order-not-approved    calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      director-order-not-approved    lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      impersonation-no-context       calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      impersonation-no-context       lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      impersonation-open-ticket      calcasieu  B   B   -   -   B   -   -   -   -   -   B   -
      impersonation-open-ticket      lawrence   B   B   -   -   B   -   -   -   -   -   B   -
      impersonation-unknown-staff    calcasieu  -   -   -   -   -   -   -   -   -   -   -   -
      impersonation-unknown-staff    lawrence   -   -   -   -   -   -   -   -   -   -   -   -
      no-token                       calcasieu  U   U   U   U   U   U   U   U   U   U   U   U
      no-token                       lawrence   U   U   U   U   U   U   U   U   U   U   U   U
      """;

  /** The table's column heads: the categories in {@link Category} order (his = loan_history). */
  private static final List<String> COLUMNS =
      List.of("pro", "loa", "his", "hol", "fin", "onl", "ref", "eve", "con", "aut", "tic", "acc");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How one actor asks, and who the log must name. */
  private record Actor(
      String token,
      Patron target,
      String query,
      String actorSubject,
      String actorRole,
      String groundRef,
      String impersonatedSubject) {}

  private static TestData data;
  private static AccessWorld world;
  private static final Map<String, Actor> ACTORS = new HashMap<>();
  private static String lookupId;

  @BeforeAll
  static void world() throws Exception {
    TestBackend backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    world = new AccessWorld(data, 4);
    AccessWorld w = world;
    String staff = backend.tokens().accessToken(w.staffSubject, "staff");
    String director = backend.tokens().accessToken(w.directorSubject, "director");

    String card = data.cardNumber(w.adult);
    HttpResponse<String> noReason =
        backend.post(
            "/api/v1/desk-lookups",
            staff,
            "{\"cardNumber\":\""
                + card
                + "\",\"reason\":\"Patron asked about a fine at the desk\"}");
    assertThat(noReason.statusCode())
        .as("a desk lookup without a reason from the list is refused")
        .isEqualTo(400);
    HttpResponse<String> lookup =
        backend.post(
            "/api/v1/desk-lookups",
            staff,
            "{\"cardNumber\":\"" + card + "\",\"reason\":\"FINES_PAYMENT\"}");
    assertThat(lookup.statusCode()).isEqualTo(201);
    lookupId = JSON.readTree(lookup.body()).get("id").asText();

    put("adult-self", patronToken(w.adult), w.adult, "", null, null, null, null);
    put("minor-self", patronToken(w.minor), w.minor, "", null, null, null, null);
    put(
        "guardian-of-this-minor",
        patronToken(w.guardian),
        w.minor,
        "",
        w.guardian.subject(),
        "PATRON",
        w.guardianLinkId,
        null);
    put(
        "guardian-not-yet-verified",
        patronToken(w.unverifiedGuardian),
        w.minor,
        "",
        w.unverifiedGuardian.subject(),
        "PATRON",
        w.unverifiedLinkId,
        null);
    put(
        "guardian-of-another-minor",
        patronToken(w.otherGuardian),
        w.minor,
        "",
        null,
        null,
        null,
        null);
    put(
        "guardian-of-minor-come-of-age",
        patronToken(w.formerGuardian),
        w.cameOfAge,
        "",
        null,
        null,
        null,
        null);
    put("another-patron", patronToken(w.otherPatron), w.adult, "", null, null, null, null);
    put(
        "grantee-loans-holds-history",
        patronToken(w.grantee),
        w.adult,
        "",
        w.grantee.subject(),
        "PATRON",
        w.validAuthorizationId,
        null);
    put(
        "staff-open-ticket",
        staff,
        w.adult,
        "?ticket=" + w.openTicketId,
        w.staffSubject,
        "STAFF",
        w.openTicketId,
        null);
    put(
        "staff-resolved-ticket",
        staff,
        w.adult,
        "?ticket=" + w.resolvedTicketId,
        null,
        null,
        null,
        null);
    put(
        "staff-colleagues-ticket",
        staff,
        w.adult,
        "?ticket=" + w.colleagueTicketId,
        null,
        null,
        null,
        null);
    put(
        "staff-unassigned-ticket",
        staff,
        w.adult,
        "?ticket=" + w.unassignedTicketId,
        null,
        null,
        null,
        null);
    put(
        "staff-privacy-question-ticket",
        staff,
        w.adult,
        "?ticket=" + w.privacyTicketId,
        w.staffSubject,
        "STAFF",
        w.privacyTicketId,
        null);
    put(
        "staff-queue-ticket-unassigned",
        staff,
        w.adult,
        "?ticket=" + w.queueTicketId,
        w.staffSubject,
        "STAFF",
        w.queueTicketId,
        null);
    put("staff-no-ticket-no-lookup", staff, w.adult, "", null, null, null, null);
    put(
        "staff-desk-lookup-with-reason",
        staff,
        w.adult,
        "?lookup=" + lookupId,
        w.staffSubject,
        "STAFF",
        lookupId,
        null);
    put(
        "staff-desk-lookup-no-reason",
        staff,
        w.adult,
        "?lookup=" + TestData.newId(),
        null,
        null,
        null,
        null);
    put(
        "staff-colleagues-lookup",
        staff,
        w.adult,
        "?lookup=" + w.colleagueLookupId,
        null,
        null,
        null,
        null);
    put(
        "staff-naming-court-order",
        staff,
        w.adult,
        "?legal=" + w.courtOrderId,
        null,
        null,
        null,
        null);
    put(
        "director-open-ticket",
        director,
        w.adult,
        "?ticket=" + w.directorTicketId,
        w.directorSubject,
        "DIRECTOR",
        w.directorTicketId,
        null);
    put(
        "director-staffs-ticket",
        director,
        w.adult,
        "?ticket=" + w.openTicketId,
        null,
        null,
        null,
        null);
    put("director-no-context", director, w.adult, "", null, null, null, null);
    put(
        "director-court-order",
        director,
        w.adult,
        "?legal=" + w.courtOrderId,
        w.directorSubject,
        "DIRECTOR",
        w.courtOrderId,
        null);
    put(
        "director-subpoena",
        director,
        w.adult,
        "?legal=" + w.subpoenaId,
        w.directorSubject,
        "DIRECTOR",
        w.subpoenaId,
        null);
    put(
        "director-order-not-approved",
        director,
        w.adult,
        "?legal=" + w.unapprovedOrderId,
        null,
        null,
        null,
        null);
    String impersonation = impersonationToken(w.adult, w.staffSubject);
    put("impersonation-no-context", impersonation, w.adult, "", null, null, null, null);
    put(
        "impersonation-open-ticket",
        impersonation,
        w.adult,
        "?ticket=" + w.openTicketId,
        w.staffSubject,
        "STAFF",
        w.openTicketId,
        w.adult.subject());
    // a token claiming an impersonator the staff directory does not know, naming a ticket assigned
    // to them
    put(
        "impersonation-unknown-staff",
        impersonationToken(w.adult, w.unknownStaffSubject),
        w.adult,
        "?ticket=" + w.unknownStaffTicketId,
        null,
        null,
        null,
        null);
    put("no-token", null, w.adult, "", null, null, null, null);
    deskChecks(staff);
  }

  /**
   * Desk checks of written authorizations (docs/desk.md): the staff member's own, valid; a
   * colleague's; one expired; one whose authorization the patron revoked after the check; the staff
   * member's valid check named for another patron; a patron login (the grantee's own, whatever
   * other accounts its owner has) naming a staff member's check gets the grantee's own grant only,
   * logged as the grantee; an impersonation token verifies nothing.
   */
  private static void deskChecks(String staff) throws Exception {
    AccessWorld w = world;
    String checkId = check(staff, w.validAuthorizationId);
    String colleagueCheck =
        check(
            TestBackend.get().tokens().accessToken(w.colleagueSubject, "staff"),
            w.validAuthorizationId);
    String expiredCheck = TestData.newId();
    java.time.Instant now = java.time.Instant.now();
    data.update(
        "INSERT INTO authorization_check (id, staff_subject, authorization_id, id_type, created_at,"
            + " expires_at) VALUES (?, ?, ?, 'PASSPORT', ?, ?)",
        expiredCheck,
        w.staffSubject,
        w.validAuthorizationId,
        TestData.utc(now.minusSeconds(3600)),
        TestData.utc(now.minusSeconds(1800)));
    String revokedLater =
        data.authorization(
            w.adult,
            w.grantee,
            "SELF",
            now.minusSeconds(86_400),
            now.plusSeconds(86_400 * 10),
            null,
            Category.PROFILE,
            Category.FINES);
    world.rows.get(w.adult.id()).get(Category.AUTHORIZATIONS).add(revokedLater);
    String revokedCheck = check(staff, revokedLater);
    data.update(
        "UPDATE written_authorization SET revoked_at = ? WHERE id = ?",
        TestData.utc(now),
        revokedLater);
    put(
        "staff-desk-check",
        staff,
        w.adult,
        "?check=" + checkId,
        w.staffSubject,
        "STAFF",
        w.validAuthorizationId,
        null);
    put(
        "staff-colleagues-check",
        staff,
        w.adult,
        "?check=" + colleagueCheck,
        null,
        null,
        null,
        null);
    put("staff-expired-check", staff, w.adult, "?check=" + expiredCheck, null, null, null, null);
    put(
        "staff-check-revoked-after",
        staff,
        w.adult,
        "?check=" + revokedCheck,
        null,
        null,
        null,
        null);
    put("staff-check-another-patron", staff, w.minor, "?check=" + checkId, null, null, null, null);
    put(
        "grantee-naming-staffs-check",
        patronToken(w.grantee),
        w.adult,
        "?check=" + checkId,
        w.grantee.subject(),
        "PATRON",
        w.validAuthorizationId,
        null);
    put(
        "impersonation-naming-check",
        impersonationToken(w.adult, w.staffSubject),
        w.adult,
        "?check=" + checkId,
        null,
        null,
        null,
        null);
  }

  /** A desk check of the authorization, made over HTTP with its verification code. */
  private static String check(String staffToken, String authorizationId) throws Exception {
    String code =
        data.rows(
                "SELECT verification_code FROM written_authorization WHERE id = ?", authorizationId)
            .get(0);
    HttpResponse<String> created =
        TestBackend.get()
            .post(
                "/api/v1/authorization-checks",
                staffToken,
                "{\"code\":\"" + code + "\",\"idType\":\"DRIVERS_LICENSE\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asText();
  }

  static Stream<Arguments> matrix() {
    List<String> lines = MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> header = Arrays.asList(lines.get(0).split("\\s+"));
    assertThat(header.subList(2, header.size()))
        .as("matrix columns, in Category order")
        .isEqualTo(COLUMNS);
    return lines.stream()
        .skip(1)
        .map(
            line -> {
              String[] cells = line.split("\\s+");
              assertThat(cells).as(line).hasSize(2 + Category.values().length);
              return Arguments.of(cells[0], cells[1], List.of(cells).subList(2, cells.length));
            });
  }

  @Test
  void theTableCoversEveryActorOfTheWorldUnderBothProfiles() {
    List<Arguments> rows = matrix().toList();
    assertThat(rows).extracting(a -> a.get()[0] + "/" + a.get()[1]).doesNotHaveDuplicates();
    for (String actor : ACTORS.keySet()) {
      assertThat(rows)
          .extracting(a -> a.get()[0] + "/" + a.get()[1])
          .contains(actor + "/calcasieu", actor + "/lawrence");
    }
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("matrix")
  void answersAsTheTableSays(String actorName, String profile, List<String> expected)
      throws Exception {
    TestBackend backend = TestBackend.forProfile(profile);
    Actor actor = ACTORS.get(actorName);
    assertThat(actor).as("actor %s", actorName).isNotNull();
    HttpResponse<String> missing =
        backend.get(
            "/api/v1/patrons/" + TestData.newId() + "/loans",
            actor.token() == null
                ? backend.tokens().accessToken(TestData.newId(), "staff")
                : actor.token());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < Category.values().length; i++) {
      Category category = Category.values()[i];
      String cell = expected.get(i);
      String path =
          "/api/v1/patrons/" + actor.target().id() + "/" + category.wireName() + actor.query();
      long before = data.lastAccessLogSeq();
      HttpResponse<String> response =
          actor.token() == null ? backend.get(path) : backend.get(path, actor.token());
      List<LogRow> logged = data.accessLogAfter(before);
      String where = actorName + " " + profile + " " + category.wireName();
      switch (cell) {
        case "U" -> {
          soft.assertThat(response.statusCode()).as(where).isEqualTo(401);
          soft.assertThat(logged).as(where + " log").isEmpty();
        }
        case "-" -> {
          soft.assertThat(response.statusCode()).as(where).isEqualTo(404);
          soft.assertThat(response.body()).as(where + " body").isEqualTo(missing.body());
          soft.assertThat(logged).as(where + " log").isEmpty();
        }
        case "S" -> {
          soft.assertThat(response.statusCode()).as(where).isEqualTo(200);
          soft.assertThat(logged).as(where + " log").isEmpty();
          assertOwnRows(soft, where, actor.target(), category, response);
        }
        default -> {
          Ground ground =
              switch (cell) {
                case "G" -> Ground.GUARDIAN;
                case "W" -> Ground.WRITTEN_AUTHORIZATION;
                case "B" -> Ground.LIBRARY_BUSINESS;
                case "L" -> Ground.LEGAL_PROCESS;
                default ->
                    throw new IllegalArgumentException("unknown cell " + cell + " in " + where);
              };
          soft.assertThat(response.statusCode()).as(where).isEqualTo(200);
          assertOwnRows(soft, where, actor.target(), category, response);
          soft.assertThat(logged).as(where + " log").hasSize(1);
          if (logged.size() == 1) {
            LogRow entry = logged.get(0);
            soft.assertThat(entry.patronId())
                .as(where + " log patron")
                .isEqualTo(actor.target().id());
            soft.assertThat(entry.category())
                .as(where + " log category")
                .isEqualTo(category.wireName());
            soft.assertThat(entry.ground()).as(where + " log ground").isEqualTo(ground.name());
            soft.assertThat(entry.actorSubject())
                .as(where + " log actor")
                .isEqualTo(actor.actorSubject());
            soft.assertThat(entry.actorRole()).as(where + " log role").isEqualTo(actor.actorRole());
            soft.assertThat(entry.groundRef()).as(where + " log ref").isEqualTo(actor.groundRef());
            soft.assertThat(entry.impersonatedSubject())
                .as(where + " log impersonated")
                .isEqualTo(actor.impersonatedSubject());
          }
        }
      }
    }
    soft.assertAll();
  }

  /** A 200 holds only the target's own rows, never anyone else's. */
  private static void assertOwnRows(
      SoftAssertions soft,
      String where,
      Patron target,
      Category category,
      HttpResponse<String> response)
      throws Exception {
    if (response.statusCode() != 200) {
      return;
    }
    JsonNode page = JSON.readTree(response.body());
    soft.assertThat(page.get("category").asText()).as(where).isEqualTo(category.wireName());
    for (JsonNode item : page.get("items")) {
      String id = item.get("id").asText();
      if (category == Category.ACCESS_LOG) {
        soft.assertThat(data.accessLogPatron(id))
            .as(where + " log entry " + id)
            .isEqualTo(target.id());
      } else {
        soft.assertThat(world.rows.get(target.id()).get(category))
            .as(where + " row " + id)
            .contains(id);
      }
    }
    if (category != Category.ACCESS_LOG) {
      soft.assertThat(page.get("total").asLong())
          .as(where + " total")
          .isEqualTo(world.rows.get(target.id()).get(category).size());
    }
  }

  private static void put(
      String name,
      String token,
      Patron target,
      String query,
      String actorSubject,
      String actorRole,
      String groundRef,
      String impersonated) {
    ACTORS.put(
        name, new Actor(token, target, query, actorSubject, actorRole, groundRef, impersonated));
  }

  private static String patronToken(Patron patron) {
    return TestBackend.get().tokens().accessToken(patron.subject(), "patron");
  }

  static String impersonationToken(Patron patron, String staffSubject) {
    TestBackend backend = TestBackend.get();
    return backend
        .tokens()
        .sign(
            backend
                .tokens()
                .accessClaims(patron.subject(), "patron")
                .claim("impersonator", Map.of("id", staffSubject, "username", "staff"))
                .build());
  }
}
