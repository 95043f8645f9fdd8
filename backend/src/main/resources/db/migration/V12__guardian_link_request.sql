-- What a patron typed when asking to be linked to a minor (issue 10, point 3; docs/guardians.md), kept
-- beside the GUARDIAN_LINK ticket so that staff approval can check the card shown at the desk
-- against it: the card must belong to the child named here (name and birth date). Requests opened
-- before this version have only the ticket's text: they cannot be approved (refused as
-- REQUEST_WITHOUT_CHILD) and are rejected with a request to ask again.
CREATE TABLE guardian_link_request (
  ticket_id         CHAR(36)     NOT NULL,
  requester_id      CHAR(36)     NOT NULL COMMENT 'the patron who asked',
  minor_name        VARCHAR(200) NOT NULL COMMENT 'as the requester typed it',
  minor_birth_date  DATE         NOT NULL,
  minor_card_number VARCHAR(32)  NULL COMMENT 'as typed, if given; the card shown at the desk decides',
  relationship      VARCHAR(20)  NOT NULL,
  PRIMARY KEY (ticket_id),
  CONSTRAINT fk_glr_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_glr_requester FOREIGN KEY (requester_id) REFERENCES patron (id),
  CONSTRAINT ck_glr_relationship CHECK (relationship IN ('PARENT', 'LEGAL_GUARDIAN', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
