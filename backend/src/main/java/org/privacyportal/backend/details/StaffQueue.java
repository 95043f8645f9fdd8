package org.privacyportal.backend.details;

import java.util.List;

/**
 * GET /api/v1/staff/detail-changes: the pending requests, oldest first (at most {@link
 * DetailChangeDecisions#QUEUE_LIMIT}), and how many are pending in all.
 */
public record StaffQueue(long pending, List<StaffChangeView> items) {}
