package org.privacyportal.backend.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessLogViewMapper;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.activity.ActivityMapper;
import org.privacyportal.backend.authorization.AuthorizationCategory;
import org.privacyportal.backend.authorization.AuthorizationMapper;
import org.privacyportal.backend.authorization.AuthorizationStatus;
import org.privacyportal.backend.authorization.WrittenAuthorization;
import org.privacyportal.backend.circulation.CirculationMapper;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.guardianship.GuardianshipMapper;
import org.privacyportal.backend.patron.PatronProfile;
import org.privacyportal.backend.patron.ProfileMapper;
import org.privacyportal.backend.ticket.Ticket;
import org.privacyportal.backend.ticket.TicketMapper;
import org.privacyportal.backend.ticket.TicketMessage;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.RecordQuery;

/** Which mapper statements read each of the twelve categories. */
final class CategoryReaders {

  private final Map<Category, CategoryReader> readers = new EnumMap<>(Category.class);

  CategoryReaders(AccessPolicy policy) {
    readers.put(Category.PROFILE, new ProfileReader(policy));
    readers.put(
        Category.LOANS,
        of(CirculationMapper.class, CirculationMapper::countLoans, CirculationMapper::loans));
    readers.put(
        Category.LOAN_HISTORY,
        of(
            CirculationMapper.class,
            CirculationMapper::countLoanHistory,
            CirculationMapper::loanHistory));
    readers.put(
        Category.HOLDS,
        of(CirculationMapper.class, CirculationMapper::countHolds, CirculationMapper::holds));
    readers.put(
        Category.FINES,
        of(CirculationMapper.class, CirculationMapper::countFines, CirculationMapper::fines));
    readers.put(
        Category.ONLINE_SERVICES,
        of(
            ActivityMapper.class,
            ActivityMapper::countOnlineServices,
            ActivityMapper::onlineServices));
    readers.put(
        Category.REFERENCE,
        of(ActivityMapper.class, ActivityMapper::countReference, ActivityMapper::reference));
    readers.put(
        Category.EVENTS,
        of(ActivityMapper.class, ActivityMapper::countEvents, ActivityMapper::events));
    readers.put(
        Category.CONSENTS,
        of(ConsentMapper.class, ConsentMapper::countEntries, ConsentMapper::entries));
    readers.put(Category.AUTHORIZATIONS, new AuthorizationReader(policy));
    readers.put(Category.TICKETS, new TicketReader());
    readers.put(
        Category.ACCESS_LOG,
        of(
            AccessLogViewMapper.class,
            AccessLogViewMapper::countEntries,
            AccessLogViewMapper::entries));
    for (Category category : Category.values()) {
      Objects.requireNonNull(
          readers.get(category), category::wireName); // a new category needs a reader
    }
  }

  CategoryReader reader(Category category) {
    return readers.get(category);
  }

  private static <M> CategoryReader of(
      Class<M> mapper,
      BiFunction<M, RecordQuery, Long> count,
      BiFunction<M, RecordQuery, ? extends List<?>> page) {
    return new CategoryReader() {
      @Override
      public long count(SqlSession session, RecordQuery query) {
        return count.apply(session.getMapper(mapper), query);
      }

      @Override
      public List<?> page(SqlSession session, RecordQuery query) {
        return page.apply(session.getMapper(mapper), query);
      }
    };
  }

  /** One row: the patron's details with the guardians who may act for them today. */
  private record ProfileReader(AccessPolicy policy) implements CategoryReader {

    @Override
    public long count(SqlSession session, RecordQuery query) {
      return session.getMapper(ProfileMapper.class).findBirthDate(query.patronId()) == null ? 0 : 1;
    }

    @Override
    public List<?> page(SqlSession session, RecordQuery query) {
      PatronProfile profile = session.getMapper(ProfileMapper.class).findProfile(query.patronId());
      if (profile == null || query.offset() > 0) {
        return List.of();
      }
      List<ProfileRecord.Guardian> guardians =
          session.getMapper(GuardianshipMapper.class).findGuardians(profile.id()).stream()
              .filter(
                  g -> policy.guardianLinkGrants(g.verified(), profile.birthDate(), query.today()))
              .map(g -> new ProfileRecord.Guardian(g.firstName(), g.lastName()))
              .toList();
      return List.of(new ProfileRecord(profile, guardians));
    }
  }

  /** Authorizations with the categories each covers and where each stands today. */
  private static final class AuthorizationReader implements CategoryReader {

    private final AccessPolicy policy;

    AuthorizationReader(AccessPolicy policy) {
      this.policy = policy;
    }

    @Override
    public long count(SqlSession session, RecordQuery query) {
      return session.getMapper(AuthorizationMapper.class).countAuthorizations(query);
    }

    @Override
    public List<?> page(SqlSession session, RecordQuery query) {
      AuthorizationMapper mapper = session.getMapper(AuthorizationMapper.class);
      List<WrittenAuthorization> rows = mapper.authorizations(query);
      if (rows.isEmpty()) {
        return rows;
      }
      Map<String, List<String>> categories = new LinkedHashMap<>();
      for (AuthorizationCategory c :
          mapper.categoriesOf(rows.stream().map(WrittenAuthorization::id).toList())) {
        categories.computeIfAbsent(c.authorizationId(), id -> new ArrayList<>()).add(c.category());
      }
      LocalDate birthDate = mapper.patron(query.patronId()).birthDate();
      Instant now = policy.now();
      return rows.stream()
          .map(a -> a.withCategories(categories.getOrDefault(a.id(), List.of())))
          .map(
              a ->
                  a.withStatus(
                      AuthorizationStatus.of(
                          a.signedByRole(),
                          a.validFrom(),
                          a.validUntil(),
                          a.revokedAt(),
                          birthDate,
                          policy.profile(),
                          now)))
          .toList();
    }
  }

  /** Tickets with their public messages. */
  private static final class TicketReader implements CategoryReader {

    @Override
    public long count(SqlSession session, RecordQuery query) {
      return session.getMapper(TicketMapper.class).countTickets(query);
    }

    @Override
    public List<?> page(SqlSession session, RecordQuery query) {
      TicketMapper mapper = session.getMapper(TicketMapper.class);
      List<Ticket> rows = mapper.tickets(query);
      if (rows.isEmpty()) {
        return rows;
      }
      Map<String, List<TicketMessage>> messages = new LinkedHashMap<>();
      for (TicketMessage m : mapper.publicMessagesOf(rows.stream().map(Ticket::id).toList())) {
        messages.computeIfAbsent(m.ticketId(), id -> new ArrayList<>()).add(m);
      }
      return rows.stream()
          .map(t -> t.withMessages(messages.getOrDefault(t.id(), List.of())))
          .toList();
    }
  }
}
