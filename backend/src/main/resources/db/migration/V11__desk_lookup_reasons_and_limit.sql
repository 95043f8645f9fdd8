-- Desk lookups by card number, with a reason from a fixed list (issue 10, point 3; docs/desk.md).
-- desk_lookup.reason now holds a code of desk.DeskReason (CHECKOUT_HELP, ACCOUNT_QUESTION, ...);
-- what staff add in their own words goes to note. Lookups made before this version kept a free-text
-- reason: it moves to note and the reason becomes OTHER, so that every row follows the list (the
-- access log entries written with those lookups keep their text, as logged).
ALTER TABLE desk_lookup ADD COLUMN note VARCHAR(500) NULL COMMENT 'optional words of the staff member' AFTER reason;

UPDATE desk_lookup
   SET note = reason, reason = 'OTHER'
 WHERE reason NOT IN ('CHECKOUT_HELP', 'RENEWAL', 'ACCOUNT_QUESTION', 'FINES_PAYMENT', 'HOLD_PICKUP',
                      'LOST_CARD', 'LOST_ITEM', 'DETAILS_UPDATE', 'OTHER');

ALTER TABLE desk_lookup
  DROP CONSTRAINT ck_desk_lookup_reason,
  ADD CONSTRAINT ck_desk_lookup_reason CHECK (reason IN ('CHECKOUT_HELP', 'RENEWAL', 'ACCOUNT_QUESTION',
      'FINES_PAYMENT', 'HOLD_PICKUP', 'LOST_CARD', 'LOST_ITEM', 'DETAILS_UPDATE', 'OTHER'));

-- The rate limit (desk.DeskLookupLimit): every attempt to open a lookup, whether or not the card was
-- found, counted per staff member over the last hour. A card number that matches nobody costs an
-- attempt too, so trying card numbers in bulk runs into the limit. Rows older than the window are
-- deleted as the same staff member makes new attempts. No personal data: a subject and a time.
CREATE TABLE desk_lookup_attempt (
  id             CHAR(36)    NOT NULL,
  staff_subject  VARCHAR(64) NOT NULL,
  attempted_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_desk_lookup_attempt_staff (staff_subject, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per staff member who ever opened a lookup, locked (FOR UPDATE) while an attempt is counted:
-- two lookups of the same staff member at once are counted one after the other, never both under
-- the limit.
CREATE TABLE desk_lookup_staff (
  staff_subject  VARCHAR(64) NOT NULL,
  PRIMARY KEY (staff_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
