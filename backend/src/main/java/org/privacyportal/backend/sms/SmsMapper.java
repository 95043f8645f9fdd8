package org.privacyportal.backend.sms;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SMS subscriptions and one-time codes; statements in SmsMapper.xml. */
public interface SmsMapper {

  /** The patron's subscription, or null while SMS is off. */
  SmsSubscription subscription(String patronId);

  /** Inserts the subscription, or replaces number and choices of an existing one. */
  void saveSubscription(SmsSubscription subscription);

  void updateChoices(SmsSubscription subscription);

  /** Opt-out: the number is erased with the row. */
  int deleteSubscription(String patronId);

  /** The newest code sent to the patron, or null. */
  SmsCode latestCode(String patronId);

  /** When codes were sent to the patron at or after {@code since}, oldest first. */
  List<Instant> codesSentSince(@Param("patronId") String patronId, @Param("since") Instant since);

  void insertCode(SmsCode code);

  void recordFailedAttempt(String codeId);

  /** Ends one code; its number is erased. */
  void closeCode(@Param("id") String codeId, @Param("status") String status);

  /**
   * Ends every pending code of the patron (a new code replaces them, opt-out cancels them); numbers
   * erased.
   */
  void closePendingCodes(@Param("patronId") String patronId, @Param("status") String status);

  /** Marks the patron's pending codes past their expiry EXPIRED and erases their numbers. */
  void expireCodes(@Param("patronId") String patronId, @Param("now") Instant now);

  /**
   * Marks every patron's pending codes past their expiry EXPIRED and erases their numbers, so a
   * number typed and then abandoned does not stay behind.
   */
  void expireAllCodes(@Param("now") Instant now);

  /**
   * Deletes the patron's codes sent before {@code before} (no longer needed for the resend limit).
   */
  void deleteCodesSentBefore(@Param("patronId") String patronId, @Param("before") Instant before);
}
