package org.privacyportal.backend.activity;

import java.util.List;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The categories of what a patron did at or through the library besides borrowing:
 * `online_services`, `reference`, `events`. Statements in ActivityMapper.xml; newest first, then
 * id.
 */
public interface ActivityMapper {

  long countOnlineServices(RecordQuery query);

  List<OnlineServiceUse> onlineServices(RecordQuery query);

  long countReference(RecordQuery query);

  List<ReferenceConsultation> reference(RecordQuery query);

  long countEvents(RecordQuery query);

  List<EventSignup> events(RecordQuery query);
}
