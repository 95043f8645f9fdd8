-- Rows stored before V13 for patrons whose reading-history opt-in is off (no entry, or the
-- newest entry off): the same deletion as turning it off (consent/ReadingHistory), done once for
-- everyone. Titles and authors of finished holds, online-service details, reference topics.
UPDATE hold_request h
   SET h.title = NULL, h.author = NULL
 WHERE h.status IN ('FULFILLED', 'CANCELLED', 'EXPIRED')
   AND (h.title IS NOT NULL OR h.author IS NOT NULL)
   AND NOT COALESCE((SELECT e.granted FROM consent_entry e
                      WHERE e.patron_id = h.patron_id AND e.consent = 'READING_HISTORY'
                      ORDER BY e.recorded_at DESC, e.id DESC LIMIT 1), FALSE);

UPDATE online_service_use o
   SET o.detail = NULL
 WHERE o.detail IS NOT NULL
   AND NOT COALESCE((SELECT e.granted FROM consent_entry e
                      WHERE e.patron_id = o.patron_id AND e.consent = 'READING_HISTORY'
                      ORDER BY e.recorded_at DESC, e.id DESC LIMIT 1), FALSE);

UPDATE reference_consultation r
   SET r.topic = NULL
 WHERE r.topic IS NOT NULL
   AND NOT COALESCE((SELECT e.granted FROM consent_entry e
                      WHERE e.patron_id = r.patron_id AND e.consent = 'READING_HISTORY'
                      ORDER BY e.recorded_at DESC, e.id DESC LIMIT 1), FALSE);
