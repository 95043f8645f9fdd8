package org.privacyportal.backend.support;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.privacyportal.backend.authorization.VerificationCode;
import org.privacyportal.backend.vocabulary.Category;

/**
 * Builds the patrons and records a test needs, straight into the database, with fresh random ids
 * and Keycloak subjects so that tests never see each other's data (and need no demo data). It never
 * writes the access log: only the backend appends to its chain.
 */
public final class TestData {

  /** A patron a test created; {@code subject} is null for a patron without a portal login. */
  public record Patron(
      String id, String subject, String firstName, String lastName, LocalDate birthDate) {}

  /** One access log entry, as a test inspects it. */
  public record LogRow(
      long seq,
      String patronId,
      String category,
      String ground,
      String actorSubject,
      String actorRole,
      String impersonatedSubject,
      String groundRef,
      String reason,
      LocalDate sealedUntil) {}

  private static final AtomicLong CARDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final DataSource dataSource;

  public TestData(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  // ---- patrons and links ----

  public Patron patron(String firstName, LocalDate birthDate, boolean withLogin) {
    String id = newId();
    String subject = withLogin ? newId() : null;
    String lastName = "Test" + id.substring(0, 8);
    String card = "99" + String.format("%012d", CARDS.incrementAndGet() % 1_000_000_000_000L);
    update(
        "INSERT INTO patron (id, keycloak_subject, first_name, last_name, card_number, birth_date, email, phone,"
            + " address_line1, city, region, postal_code, account_type, expires_on)"
            + " VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, '1 Test St', 'Lake Charles', 'LA', '70601', ?, ?)",
        id,
        subject,
        firstName,
        lastName,
        card,
        birthDate,
        birthDate.plusYears(18).isAfter(LocalDate.now()) ? "JUVENILE" : "ADULT",
        LocalDate.now().plusYears(2));
    return new Patron(id, subject, firstName, lastName, birthDate);
  }

  /** The number on the patron's card (what staff type for a desk lookup). */
  public String cardNumber(Patron patron) {
    return rows("SELECT card_number FROM patron WHERE id = ?", patron.id()).getFirst();
  }

  /** A 40-year-old patron with a portal login. */
  public Patron adult() {
    return patron("Rae", LocalDate.now().minusYears(40), true);
  }

  /** An ACTIVE guardian link; {@code verified} when staff recorded the identification check. */
  public String guardianLink(Patron guardian, Patron minor, boolean verified) {
    return guardianLink(guardian, minor, "ACTIVE", verified);
  }

  public String guardianLink(Patron guardian, Patron minor, String status, boolean verified) {
    String id = newId();
    update(
        "INSERT INTO guardian_link (id, guardian_id, minor_id, status, id_document_type, verified_by, verified_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        guardian.id(),
        minor.id(),
        status,
        verified ? "DRIVERS_LICENSE" : null,
        verified ? "staff-subject" : null,
        verified ? utc(Instant.now().minus(400, ChronoUnit.DAYS)) : null);
    return id;
  }

  // ---- records ----

  /**
   * At least one row in every category that has a table of its own (the access log fills itself),
   * with ids returned by category so a test can check that an answer holds only this patron's rows.
   */
  public Map<Category, List<String>> everyCategory(Patron patron, Random random) {
    Map<Category, List<String>> ids = new EnumMap<>(Category.class);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ids.put(Category.PROFILE, List.of(patron.id()));
    List<String> loans = new ArrayList<>();
    List<String> history = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(3); i++) {
      loans.add(
          loan(
              patron,
              now.minus(random.nextInt(20) + 1, ChronoUnit.DAYS),
              LocalDate.now().plusDays(random.nextInt(20) + 1),
              null));
    }
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      Instant out = now.minus(random.nextInt(400) + 30, ChronoUnit.DAYS);
      LocalDate due = LocalDate.ofInstant(out, ZoneOffset.UTC).plusDays(21);
      history.add(loan(patron, out, due, out.plus(10, ChronoUnit.DAYS)));
    }
    ids.put(Category.LOANS, loans);
    ids.put(Category.LOAN_HISTORY, history);
    ids.put(Category.HOLDS, List.of(hold(patron, now.minus(3, ChronoUnit.DAYS))));
    ids.put(Category.FINES, List.of(fine(patron, now.minus(40, ChronoUnit.DAYS))));
    ids.put(
        Category.ONLINE_SERVICES,
        List.of(
            insertSimple(
                "INSERT INTO online_service_use"
                    + " (id, patron_id, platform, kind, used_at, detail) VALUES (?, ?, 'Libby', 'EBOOK', ?, NULL)",
                patron,
                utc(now.minus(5, ChronoUnit.DAYS)))));
    ids.put(
        Category.REFERENCE,
        List.of(
            insertSimple(
                "INSERT INTO reference_consultation"
                    + " (id, patron_id, consulted_at, channel, topic, branch)"
                    + " VALUES (?, ?, ?, 'PHONE', 'Genealogy sources', 'Central')",
                patron,
                utc(now.minus(9, ChronoUnit.DAYS)))));
    ids.put(
        Category.EVENTS,
        List.of(
            insertSimple(
                "INSERT INTO event_signup"
                    + " (id, patron_id, event_name, kind, branch, starts_at, signed_up_at, status)"
                    + " VALUES (?, ?, 'Summer reading challenge', 'READING_CHALLENGE', 'Central', NULL, ?, 'REGISTERED')",
                patron,
                utc(now.minus(12, ChronoUnit.DAYS)))));
    ids.put(
        Category.CONSENTS,
        List.of(
            insertSimple(
                "INSERT INTO consent_entry"
                    + " (id, patron_id, consent, granted, previous, actor_role, actor_subject, policy_version, channel,"
                    + " recorded_at)"
                    + " VALUES (?, ?, 'READING_HISTORY', TRUE, FALSE, 'SELF', NULL, '2026-11-01', 'PORTAL', ?)",
                patron,
                utc(now.minus(300, ChronoUnit.DAYS)))));
    ids.put(
        Category.AUTHORIZATIONS,
        List.of(
            authorization(
                patron,
                null,
                "SELF",
                now.minus(100, ChronoUnit.DAYS),
                now.minus(70, ChronoUnit.DAYS),
                null,
                Category.LOANS)));
    ids.put(Category.TICKETS, List.of(ticket(patron, "CLOSED")));
    ids.put(Category.ACCESS_LOG, List.of());
    return ids;
  }

  public String loan(Patron patron, Instant checkedOut, LocalDate due, Instant returned) {
    String id = newId();
    update(
        "INSERT INTO loan (id, patron_id, item_barcode, title, author, format, branch, checked_out_at, due_on,"
            + " renewals, returned_at) VALUES (?, ?, ?, ?, 'A. Author', 'BOOK', 'Central', ?, ?, 0, ?)",
        id,
        patron.id(),
        "3930100" + id.substring(0, 7),
        "Title " + id.substring(0, 8),
        utc(checkedOut),
        due,
        returned == null ? null : utc(returned));
    return id;
  }

  public String hold(Patron patron, Instant placed) {
    String id = newId();
    update(
        "INSERT INTO hold_request (id, patron_id, title, author, format, pickup_branch, placed_at, status,"
            + " queue_position, ready_until) VALUES (?, ?, 'A held title', NULL, 'BOOK', 'Central', ?, 'WAITING', 3, NULL)",
        id,
        patron.id(),
        utc(placed));
    return id;
  }

  public String fine(Patron patron, Instant assessed) {
    String id = newId();
    update(
        "INSERT INTO fine (id, patron_id, amount_cents, currency, reason, description, status, assessed_at)"
            + " VALUES (?, ?, 150, 'USD', 'OVERDUE', NULL, 'OPEN', ?)",
        id,
        patron.id(),
        utc(assessed));
    return id;
  }

  /**
   * An unassigned LOST_ITEM ticket about the patron, with one public reply and one internal note.
   */
  public String ticket(Patron patron, String status) {
    return ticket(patron, "LOST_ITEM", status, null);
  }

  /**
   * A ticket of this type about the patron, assigned to this staff subject (null: nobody), with one
   * public reply and one internal note.
   */
  public String ticket(Patron patron, String type, String status, String assignedTo) {
    String id = newId();
    Instant now = Instant.now();
    update(
        "INSERT INTO ticket (id, patron_id, type, status, subject, opened_by_subject, assigned_to, created_at,"
            + " updated_at, closed_at) VALUES (?, ?, ?, ?, 'Lost my card', ?, ?, ?, ?, ?)",
        id,
        patron.id(),
        type,
        status,
        patron.subject(),
        assignedTo,
        utc(now.minus(2, ChronoUnit.DAYS)),
        utc(now),
        "CLOSED".equals(status) || "RESOLVED".equals(status) ? utc(now) : null);
    update(
        "INSERT INTO ticket_message (id, ticket_id, author_subject, author_role, visibility, body, created_at)"
            + " VALUES (?, ?, NULL, 'STAFF', 'PUBLIC', 'We are looking into it.', ?)",
        newId(),
        id,
        utc(now));
    update(
        "INSERT INTO ticket_message (id, ticket_id, author_subject, author_role, visibility, body, created_at)"
            + " VALUES (?, ?, NULL, 'STAFF', 'INTERNAL', 'internal note: check the returns bin', ?)",
        newId(),
        id,
        utc(now));
    return id;
  }

  /**
   * A staff member in the staff directory (as StaffNameRecorder writes one from their own token).
   */
  public void staffMember(String subject, String displayName) {
    update(
        "INSERT INTO staff_member (subject, display_name, updated_at) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE display_name = VALUES(display_name)",
        subject,
        displayName,
        utc(Instant.now()));
  }

  /**
   * A desk lookup made directly in the database (the API refuses one without a reason, and counts
   * it against the hourly limit). {@code reason}: a desk.DeskReason code.
   */
  public String deskLookup(
      String staffSubject, Patron patron, String reason, Instant created, Instant expires) {
    String id = newId();
    update(
        "INSERT INTO desk_lookup (id, staff_subject, patron_id, reason, branch, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, 'Central', ?, ?)",
        id,
        staffSubject,
        patron.id(),
        reason,
        utc(created),
        utc(expires));
    return id;
  }

  /** A code of the verification alphabet, from the authorization's id (unique as the id is). */
  private static String verificationCode(String id) {
    StringBuilder code = new StringBuilder();
    java.math.BigInteger n = new java.math.BigInteger(id.replace("-", ""), 16);
    java.math.BigInteger base = java.math.BigInteger.valueOf(VerificationCode.ALPHABET.length());
    for (int i = 0; i < VerificationCode.LENGTH; i++) {
      java.math.BigInteger[] qr = n.divideAndRemainder(base);
      code.append(VerificationCode.ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    return code.toString();
  }

  /**
   * A written authorization of {@code patron}'s records to {@code grantee} (null: a grantee without
   * a library card).
   */
  public String authorization(
      Patron patron,
      Patron grantee,
      String signedByRole,
      Instant from,
      Instant until,
      Instant revoked,
      Category... categories) {
    String id = newId();
    update(
        "INSERT INTO written_authorization (id, patron_id, signed_by_role, signed_by_subject, grantee_name,"
            + " grantee_patron_id, purpose, valid_from, valid_until, revoked_at, signed_text, content_hash,"
            + " verification_code) VALUES (?, ?, ?, NULL, ?, ?, 'Help with my account', ?, ?, ?, 'signed text', ?, ?)",
        id,
        patron.id(),
        signedByRole,
        grantee == null ? "Pat Helper" : grantee.firstName() + " " + grantee.lastName(),
        grantee == null ? null : grantee.id(),
        utc(from),
        utc(until),
        revoked == null ? null : utc(revoked),
        "0".repeat(64),
        verificationCode(id));
    for (Category category : categories) {
      update(
          "INSERT INTO written_authorization_category (authorization_id, category) VALUES (?, ?)",
          id,
          category.wireName());
    }
    return id;
  }

  /** A legal request naming these patrons and categories. */
  public String legalRequest(
      String kind,
      String instrument,
      String status,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate notificationDelayedUntil,
      List<Patron> patrons,
      Category... categories) {
    String id = newId();
    update(
        "INSERT INTO legal_request (id, kind, instrument, issuing_authority, reference, issued_on, period_from,"
            + " period_to, status, received_by, approved_by, approved_at, notification_delayed_until, created_at)"
            + " VALUES (?, ?, ?, '14th Judicial District Court', ?, ?, ?, ?, ?, 'director-subject', ?, ?, ?, ?)",
        id,
        kind,
        instrument,
        "REF-" + id.substring(0, 8),
        LocalDate.now().minusDays(3),
        periodFrom,
        periodTo,
        status,
        "APPROVED".equals(status) ? "director-subject" : null,
        "APPROVED".equals(status) ? utc(Instant.now()) : null,
        notificationDelayedUntil,
        utc(Instant.now()));
    for (Patron patron : patrons) {
      update(
          "INSERT INTO legal_request_patron (legal_request_id, patron_id) VALUES (?, ?)",
          id,
          patron.id());
    }
    for (Category category : categories) {
      update(
          "INSERT INTO legal_request_category (legal_request_id, category) VALUES (?, ?)",
          id,
          category.wireName());
    }
    return id;
  }

  /**
   * A 14-year-old whose records others may read: the mother as guardian (verified link), the aunt
   * as grantee of a written authorization for events (signed by the guardian, a day ago to five
   * days on), and a staff member through a desk lookup for a LOST_CARD (open five minutes).
   */
  public record ReadMinor(Patron minor, Patron mother, Patron aunt, String staff, String lookup) {}

  public ReadMinor readMinor(Instant now) {
    Patron minor = patron("Lou", LocalDate.now().minusYears(14), true);
    Patron mother = patron("Mae", LocalDate.now().minusYears(41), true);
    Patron aunt = patron("Ann", LocalDate.now().minusYears(45), true);
    guardianLink(mother, minor, true);
    authorization(
        minor,
        aunt,
        "GUARDIAN",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(5, ChronoUnit.DAYS),
        null,
        Category.EVENTS);
    String staff = newId();
    String lookup =
        deskLookup(
            staff,
            minor,
            "LOST_CARD",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(5, ChronoUnit.MINUTES));
    return new ReadMinor(minor, mother, aunt, staff, lookup);
  }

  // ---- the access log, read only ----

  public long lastAccessLogSeq() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM access_log");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entries written after {@code seq}, oldest first. */
  public List<LogRow> accessLogAfter(long seq) {
    List<LogRow> entries = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT seq, patron_id, category, ground, actor_subject, actor_role, impersonated_subject, ground_ref,"
                    + " reason, sealed_until FROM access_log WHERE seq > ? ORDER BY seq")) {
      statement.setLong(1, seq);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Date sealed = rows.getDate(10);
          entries.add(
              new LogRow(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  sealed == null ? null : sealed.toLocalDate()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return entries;
  }

  /** The patron an access log entry is about, or null when there is no entry with this id. */
  public String accessLogPatron(String entryId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT patron_id FROM access_log WHERE id = ?")) {
      statement.setString(1, entryId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- what the database holds, read only ----

  /**
   * The patron's entries of one consent in the ledger, oldest first, as granted|previous|actor
   * role|actor subject|policy version|channel.
   */
  public List<String> consentEntries(Patron patron, String consent) {
    return rows(
        "SELECT IF(granted, 'true', 'false'), IF(previous, 'true', 'false'), actor_role, actor_subject,"
            + " policy_version, channel FROM consent_entry WHERE patron_id = ? AND consent = ? ORDER BY recorded_at, id",
        patron.id(),
        consent);
  }

  /** Each row of a query, its columns as text joined with '|' (SQL NULL as "null"). */
  public List<String> rows(String sql, Object... values) {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(String.valueOf(result.getString(i)));
          }
          rows.add(String.join("|", row));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  // ---- plumbing ----

  private String insertSimple(String sql, Patron patron, LocalDateTime at) {
    String id = newId();
    update(sql, id, patron.id(), at);
    return id;
  }

  /** DATETIME columns hold UTC wall time. */
  public static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public void update(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
