package org.privacyportal.backend.activity;

import java.util.List;
import org.privacyportal.backend.records.RecordQuery;

/**
 * The categories of what a patron did at or through the library besides borrowing:
 * `online_services`, `reference`, `events`. Statements in ActivityMapper.xml; newest first, then id.
 */
public interface ActivityMapper {

  long countOnlineServices(RecordQuery query);

  List<OnlineServiceUse> onlineServices(RecordQuery query);

  long countReference(RecordQuery query);

  List<ReferenceConsultation> reference(RecordQuery query);

  /** How many online-service details and reference topics the patron still has (reading history). */
  long countReadingTraces(String patronId);

  /** Removes the patron's online-service details: part of deleting the reading history. */
  int forgetOnlineServiceDetails(String patronId);

  /** Removes the patron's reference topics: part of deleting the reading history. */
  int forgetReferenceTopics(String patronId);

  long countEvents(RecordQuery query);

  List<EventSignup> events(RecordQuery query);
}
