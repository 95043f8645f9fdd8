package org.privacyportal.backend.authorization;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.vocabulary.RecordQuery;

/** Written authorizations: the `authorizations` category and the facts the access rule needs. */
public interface AuthorizationMapper {

  long countAuthorizations(RecordQuery query);

  /** Newest first, then by id; without their categories (see {@link #categoriesOf}). */
  List<WrittenAuthorization> authorizations(RecordQuery query);

  /** The categories of these authorizations, one row each (signedByRole left null). */
  List<AuthorizationCategory> categoriesOf(@Param("ids") List<String> authorizationIds);

  /**
   * What the patron authorized this grantee to see at {@code now}: valid, not revoked, naming the
   * grantee by their patron id. Newest authorization first.
   */
  List<AuthorizationCategory> findValidForGrantee(
      @Param("patronId") String patronId,
      @Param("granteePatronId") String granteePatronId,
      @Param("now") Instant now);
}
