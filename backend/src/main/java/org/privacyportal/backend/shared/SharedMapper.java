package org.privacyportal.backend.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Authorizations naming a grantee; statements in SharedMapper.xml. */
public interface SharedMapper {

  /** An authorization naming the grantee, valid by its dates and not revoked. */
  record SharedRow(
      String authorizationId,
      String patronId,
      String patronName,
      LocalDate patronBirthDate,
      String signedByRole,
      Instant validFrom,
      Instant validUntil) {}

  /** One category an authorization covers. */
  record CoveredCategory(String authorizationId, String category) {}

  /**
   * The authorizations naming {@code granteePatronId} that are not revoked and in their period at
   * {@code now}, by the patron's name.
   */
  List<SharedRow> sharedWith(
      @Param("granteePatronId") String granteePatronId, @Param("now") Instant now);

  /** The categories of these authorizations, sorted. */
  List<CoveredCategory> categoriesOf(@Param("ids") List<String> authorizationIds);
}
