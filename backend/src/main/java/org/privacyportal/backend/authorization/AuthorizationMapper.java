package org.privacyportal.backend.authorization;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.vocabulary.RecordQuery;

/** Written authorizations: the `authorizations` category, signing and revoking them. */
public interface AuthorizationMapper {

  long countAuthorizations(RecordQuery query);

  /** Newest first, then by id; without their categories (see {@link #categoriesOf}). */
  List<WrittenAuthorization> authorizations(RecordQuery query);

  /** The categories of these authorizations, one row each (signedByRole left null). */
  List<AuthorizationCategory> categoriesOf(@Param("ids") List<String> authorizationIds);

  // ---- signing and revoking (Authorizations) ----

  /** The patron's name and birth date, or null when there is no such patron. */
  PatronFacts patron(@Param("patronId") String patronId);

  /** The patron record of this Keycloak account (a guardian who signs), or null. */
  PatronFacts patronBySubject(@Param("subject") String subject);

  /** The holder of this library card, or null. */
  PatronFacts patronByCard(@Param("cardNumber") String cardNumber);

  boolean codeTaken(@Param("code") String verificationCode);

  void insert(NewAuthorization authorization);

  void insertCategory(
      @Param("authorizationId") String authorizationId, @Param("category") String category);

  /** The patron's authorization {@code id} (without categories), or null. */
  SignedAuthorization find(@Param("patronId") String patronId, @Param("id") String id);

  /** The authorization's categories, wire names, sorted. */
  List<String> categories(@Param("id") String id);

  /**
   * Records the revocation unless there is one: 1 when this call revoked it, 0 when it already was.
   */
  int revoke(
      @Param("id") String id,
      @Param("revokedAt") Instant revokedAt,
      @Param("role") String role,
      @Param("subject") String subject,
      @Param("entryId") String entryId);
}
