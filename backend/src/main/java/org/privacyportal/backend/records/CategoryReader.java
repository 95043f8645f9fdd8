package org.privacyportal.backend.records;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.vocabulary.RecordQuery;

/** Reads one category of a patron's records through the feature package's mapper. */
interface CategoryReader {

  long count(SqlSession session, RecordQuery query);

  List<?> page(SqlSession session, RecordQuery query);
}
