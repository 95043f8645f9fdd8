package org.privacyportal.backend.legal;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The read side of legal requests that the access rule (legal process) decides from. */
public interface LegalRequestMapper {

  /** The request if it is APPROVED and names this patron, else null. */
  LegalRequestScope findApprovedFor(
      @Param("requestId") String requestId, @Param("patronId") String patronId);

  /** The categories (wire names) the request covers. */
  List<String> categoriesOf(@Param("requestId") String requestId);
}
