package org.privacyportal.backend.accesslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.ticket.SystemMessage;
import org.privacyportal.backend.ticket.TicketSubject;
import org.privacyportal.backend.ticket.Tickets;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * "This wasn't me / I have a question" about one access log entry: opens a PRIVACY_QUESTION ticket
 * about it, in one transaction with the link between ticket and entry. One open question per entry:
 * asking again while it is open returns that ticket and writes nothing. The entry must be the
 * patron's and visible to them (not sealed); otherwise, as for a patron the caller may not see,
 * there is nothing here.
 */
public final class AccessLogQuestions {

  static final String TICKET_TYPE = "PRIVACY_QUESTION";

  /** Longest message, in characters. */
  public static final int MAX_MESSAGE = 2000;

  /** The first message when the patron wrote none: the ticket still needs a body. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The question's ticket; {@code created} is false when an open one already existed. */
  public record Question(String ticketId, String entryId, boolean created) {}

  private final AccessCore core;
  private final AccessPolicy policy;

  public AccessLogQuestions(AccessCore core) {
    this.core = core;
    this.policy = core.policy();
  }

  /**
   * Opens the question, or finds the open one.
   *
   * @param message the patron's words, already checked ({@value #MAX_MESSAGE} characters at most),
   *     or null
   * @return empty when the caller may not act for this patron, or the entry is not theirs or not
   *     visible
   */
  public Optional<Question> ask(
      AuthenticatedUser user, String patronId, String entryId, String message) {
    // A guardian reads the minor's log entry: logged by the core like any other access.
    return core.run(
        user,
        patronId,
        PatronAccessLog.SELF_SERVICE,
        scope -> {
          SqlSession session = scope.session();
          AccessLogEntryMapper mapper = session.getMapper(AccessLogEntryMapper.class);
          QuestionedEntry entry = mapper.findVisible(patronId, entryId, scope.today(), null, null);
          if (entry == null) {
            return null; // not this patron's, or sealed: nothing here, nothing logged
          }
          mapper.lockEntry(entryId);
          String open = mapper.findOpenQuestion(entryId);
          Instant now = scope.now();
          if (open != null) {
            return new Question(open, entryId, false);
          }
          Grant grant = scope.grant();
          String author = grant.ground() == Ground.GUARDIAN ? "GUARDIAN" : "PATRON";
          String ticketId =
              message == null
                  ? Tickets.open(
                      session,
                      patronId,
                      TICKET_TYPE,
                      ticketSubject(entry),
                      grant.actorSubject(),
                      author,
                      SystemMessage.of(SystemMessage.QUESTION_WITHOUT_MESSAGE),
                      now)
                  : Tickets.open(
                      session,
                      patronId,
                      TICKET_TYPE,
                      ticketSubject(entry),
                      grant.actorSubject(),
                      author,
                      message,
                      now);
          mapper.insertQuestion(ticketId, entryId, patronId, now);
          return new Question(ticketId, entryId, true);
        });
  }

  /**
   * The subject as a code: each reader sees the time, category and ground in their own language.
   */
  TicketSubject ticketSubject(QuestionedEntry entry) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("at", entry.accessedAt().toString());
    params.put("category", entry.category());
    params.put("ground", entry.ground());
    if (entry.legalInstrument() != null && "LEGAL_PROCESS".equals(entry.ground())) {
      params.put("legalInstrument", entry.legalInstrument());
    }
    return new TicketSubject(TicketSubject.ACCESS_LOG_QUESTION, params, subject(entry));
  }

  /**
   * What staff read in their queue: when (library time), which category, on what ground. Never a
   * name: the entry may name staff, a guardian or a grantee, and the subject is shown in lists.
   */
  String subject(QuestionedEntry entry) {
    LocalDateTime at = LocalDateTime.ofInstant(entry.accessedAt(), policy.profile().timeZone());
    String ground =
        switch (entry.ground()) {
          case "GUARDIAN" -> "guardian";
          case "WRITTEN_AUTHORIZATION" -> "written authorization";
          case "LIBRARY_BUSINESS" -> "library business";
          case "LEGAL_PROCESS" ->
              entry.legalInstrument() == null
                  ? "legal process"
                  : "legal process ("
                      + entry.legalInstrument().toLowerCase(Locale.ROOT).replace('_', ' ')
                      + ")";
          default -> entry.ground().toLowerCase(Locale.ROOT);
        };
    return "Question about an access to my records on "
        + WHEN.format(at)
        + ": "
        + entry.category().replace('_', ' ')
        + ", "
        + ground;
  }
}
