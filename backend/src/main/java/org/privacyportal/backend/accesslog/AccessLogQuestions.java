package org.privacyportal.backend.accesslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Ground;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.Category;
import org.privacyportal.backend.ticket.SystemMessage;
import org.privacyportal.backend.ticket.Tickets;

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
  public record Question(String ticketId, String entryId, boolean created) {
  }

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;

  public AccessLogQuestions(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = sessions;
    this.policy = policy;
    this.accessLog = accessLog;
  }

  /**
   * Opens the question, or finds the open one.
   *
   * @param message the patron's words, already checked ({@value #MAX_MESSAGE} characters at most), or null
   * @return empty when the caller may not act for this patron, or the entry is not theirs or not visible
   */
  public Optional<Question> ask(AuthenticatedUser user, String patronId, String entryId, String message) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = PatronAccessLog.selfService(policy, session, user, patronId);
      AccessLogEntryMapper mapper = session.getMapper(AccessLogEntryMapper.class);
      // Looked up either way: a refused caller and an unknown entry cost the same statements.
      QuestionedEntry entry = mapper.findVisible(patronId, entryId, policy.today(), null, null);
      if (grant.isEmpty() || entry == null) {
        return Optional.empty();
      }
      mapper.lockEntry(entryId);
      String open = mapper.findOpenQuestion(entryId);
      Instant now = policy.now();
      Question question;
      if (open != null) {
        question = new Question(open, entryId, false);
      } else {
        String author = grant.get().ground() == Ground.GUARDIAN ? "GUARDIAN" : "PATRON";
        String ticketId = message == null
            ? Tickets.open(session, patronId, TICKET_TYPE, subject(entry), grant.get().actorSubject(), author,
                SystemMessage.of(SystemMessage.QUESTION_WITHOUT_MESSAGE), now)
            : Tickets.open(session, patronId, TICKET_TYPE, subject(entry), grant.get().actorSubject(), author,
                message, now);
        mapper.insertQuestion(ticketId, entryId, patronId, now);
        question = new Question(ticketId, entryId, true);
      }
      if (grant.get().isLogged()) { // the guardian read the minor's log entry
        accessLog.append(session, grant.get().entry(patronId, Category.ACCESS_LOG, now));
      }
      session.commit(true);
      return Optional.of(question);
    }
  }

  /**
   * What staff read in their queue: when (library time), which category, on what ground. Never a
   * name: the entry may name staff, a guardian or a grantee, and the subject is shown in lists.
   */
  String subject(QuestionedEntry entry) {
    LocalDateTime at = LocalDateTime.ofInstant(entry.accessedAt(), policy.profile().timeZone());
    String ground = switch (entry.ground()) {
      case "GUARDIAN" -> "guardian";
      case "WRITTEN_AUTHORIZATION" -> "written authorization";
      case "LIBRARY_BUSINESS" -> "library business";
      case "LEGAL_PROCESS" -> entry.legalInstrument() == null ? "legal process"
          : "legal process (" + entry.legalInstrument().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
      default -> entry.ground().toLowerCase(Locale.ROOT);
    };
    return "Question about an access to my records on " + WHEN.format(at) + ": "
        + entry.category().replace('_', ' ') + ", " + ground;
  }
}
