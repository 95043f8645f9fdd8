package org.privacyportal.backend.audit;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * SQL for access_log and access_log_head; the statements are in AccessLogMapper.xml beside this.
 */
public interface AccessLogMapper {

  /**
   * The head, locked until the transaction ends (SELECT ... FOR UPDATE). Every writer takes this
   * one lock first and no other, so writers in any number of processes queue here and never
   * deadlock on the log.
   */
  AccessLogHead lockHead();

  /** The head as of the transaction's snapshot, without locking (the verifier). */
  AccessLogHead head();

  int insert(@Param("row") AccessLogRow row);

  int updateHead(@Param("lastSeq") long lastSeq, @Param("lastHmac") String lastHmac);

  /** Up to {@code limit} rows after {@code afterSeq}, in seq order (keyset paging on the key). */
  List<AccessLogRow> page(@Param("afterSeq") long afterSeq, @Param("limit") int limit);
}
