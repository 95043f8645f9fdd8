-- Every other category of a patron's records (product.md section 2) and the tables the access rule
-- (section 3) decides from. Ids are random UUIDs (CHAR(36)) like patron.id, except the access log,
-- whose order is its chain. Times are UTC (DATETIME(6)); dates are the library's local dates.

-- guardian: a verified responsible adult on a minor's account. Staff record the TYPE of
-- identification seen, never its number. The link grants nothing once the minor comes of age: that
-- is computed at request time from patron.birth_date, nothing has to update this row.
CREATE TABLE guardian_link (
  id                CHAR(36)    NOT NULL,
  guardian_id       CHAR(36)    NOT NULL,
  minor_id          CHAR(36)    NOT NULL,
  status            VARCHAR(16) NOT NULL,
  id_document_type  VARCHAR(32) NULL,
  verified_by       VARCHAR(64) NULL COMMENT 'staff subject',
  verified_at       DATETIME(6) NULL,
  ended_at          DATETIME(6) NULL,
  created_at        DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_guardian_link UNIQUE (guardian_id, minor_id),
  CONSTRAINT fk_guardian_link_guardian FOREIGN KEY (guardian_id) REFERENCES patron (id),
  CONSTRAINT fk_guardian_link_minor FOREIGN KEY (minor_id) REFERENCES patron (id),
  CONSTRAINT ck_guardian_link_status CHECK (status IN ('PENDING', 'ACTIVE', 'ENDED')),
  CONSTRAINT ck_guardian_link_not_self CHECK (guardian_id <> minor_id),
  INDEX ix_guardian_link_minor (minor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- loans and loan_history: one row per checkout. returned_at NULL = a current loan (`loans`);
-- returned_at set = `loan_history`, kept only for patrons who opted in. For everyone else the row
-- is anonymized at return: patron_id becomes NULL, so circulation statistics survive without a name.
CREATE TABLE loan (
  id              CHAR(36)     NOT NULL,
  patron_id       CHAR(36)     NULL,
  item_barcode    VARCHAR(32)  NOT NULL,
  title           VARCHAR(500) NOT NULL,
  author          VARCHAR(300) NULL,
  format          VARCHAR(16)  NOT NULL,
  branch          VARCHAR(100) NOT NULL,
  checked_out_at  DATETIME(6)  NOT NULL,
  due_on          DATE         NOT NULL,
  renewals        SMALLINT     NOT NULL DEFAULT 0,
  returned_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_loan_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_loan_format CHECK (format IN ('BOOK', 'AUDIOBOOK', 'DVD', 'MUSIC', 'MAGAZINE', 'DEVICE', 'OTHER')),
  CONSTRAINT ck_loan_renewals CHECK (renewals >= 0),
  INDEX ix_loan_patron (patron_id, returned_at, checked_out_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hold_request (
  id              CHAR(36)     NOT NULL,
  patron_id       CHAR(36)     NOT NULL,
  title           VARCHAR(500) NOT NULL,
  author          VARCHAR(300) NULL,
  format          VARCHAR(16)  NOT NULL,
  pickup_branch   VARCHAR(100) NOT NULL,
  placed_at       DATETIME(6)  NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  queue_position  INT          NULL,
  ready_until     DATE         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_hold_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_hold_status CHECK (status IN ('WAITING', 'IN_TRANSIT', 'READY', 'FULFILLED', 'CANCELLED', 'EXPIRED')),
  INDEX ix_hold_patron (patron_id, placed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE fine (
  id            CHAR(36)     NOT NULL,
  patron_id     CHAR(36)     NOT NULL,
  amount_cents  INT          NOT NULL,
  currency      CHAR(3)      NOT NULL DEFAULT 'USD',
  reason        VARCHAR(16)  NOT NULL,
  description   VARCHAR(300) NULL,
  status        VARCHAR(16)  NOT NULL,
  assessed_at   DATETIME(6)  NOT NULL,
  resolved_at   DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_fine_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_fine_amount CHECK (amount_cents > 0),
  CONSTRAINT ck_fine_reason CHECK (reason IN ('OVERDUE', 'LOST_ITEM', 'DAMAGED_ITEM', 'CARD_REPLACEMENT', 'PRINTING', 'OTHER')),
  CONSTRAINT ck_fine_status CHECK (status IN ('OPEN', 'PAID', 'WAIVED')),
  INDEX ix_fine_patron (patron_id, assessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE online_service_use (
  id          CHAR(36)     NOT NULL,
  patron_id   CHAR(36)     NOT NULL,
  platform    VARCHAR(100) NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  used_at     DATETIME(6)  NOT NULL,
  detail      VARCHAR(300) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_online_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_online_kind CHECK (kind IN ('EBOOK', 'EAUDIOBOOK', 'DATABASE', 'STREAMING', 'PUBLIC_PC', 'WIFI', 'OTHER')),
  INDEX ix_online_patron (patron_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reference_consultation (
  id            CHAR(36)     NOT NULL,
  patron_id     CHAR(36)     NOT NULL,
  consulted_at  DATETIME(6)  NOT NULL,
  channel       VARCHAR(16)  NOT NULL,
  topic         VARCHAR(300) NOT NULL,
  branch        VARCHAR(100) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_reference_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_reference_channel CHECK (channel IN ('IN_PERSON', 'PHONE', 'EMAIL', 'CHAT')),
  INDEX ix_reference_patron (patron_id, consulted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_signup (
  id            CHAR(36)     NOT NULL,
  patron_id     CHAR(36)     NOT NULL,
  event_name    VARCHAR(300) NOT NULL,
  kind          VARCHAR(24)  NOT NULL,
  branch        VARCHAR(100) NULL,
  starts_at     DATETIME(6)  NULL,
  signed_up_at  DATETIME(6)  NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_event_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_event_kind CHECK (kind IN ('EVENT', 'READING_CHALLENGE', 'NEWSLETTER')),
  CONSTRAINT ck_event_status CHECK (status IN ('REGISTERED', 'ATTENDED', 'CANCELLED', 'WAITLISTED', 'SUBSCRIBED', 'UNSUBSCRIBED')),
  INDEX ix_event_patron (patron_id, signed_up_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- consents: the consent ledger. Immutable: rows are only ever inserted. The current state of a
-- consent is its newest entry; no entry means off (both opt-ins are off by default).
CREATE TABLE consent_entry (
  id              CHAR(36)    NOT NULL,
  patron_id       CHAR(36)    NOT NULL,
  consent         VARCHAR(24) NOT NULL,
  granted         BOOLEAN     NOT NULL,
  previous        BOOLEAN     NOT NULL,
  actor_role      VARCHAR(16) NOT NULL,
  actor_subject   VARCHAR(64) NULL,
  policy_version  VARCHAR(32) NOT NULL,
  channel         VARCHAR(16) NOT NULL,
  recorded_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_consent_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_consent_kind CHECK (consent IN ('READING_HISTORY', 'SMS', 'ACCESS_ALERTS', 'POLICY')),
  CONSTRAINT ck_consent_actor CHECK (actor_role IN ('SELF', 'GUARDIAN', 'STAFF', 'SYSTEM')),
  CONSTRAINT ck_consent_channel CHECK (channel IN ('PORTAL', 'DESK', 'ILS_IMPORT')),
  INDEX ix_consent_patron (patron_id, consent, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- authorizations: written authorization to a third party, per category, for a period.
CREATE TABLE written_authorization (
  id                  CHAR(36)     NOT NULL,
  patron_id           CHAR(36)     NOT NULL COMMENT 'whose records',
  signed_by_role      VARCHAR(16)  NOT NULL,
  signed_by_subject   VARCHAR(64)  NULL,
  grantee_name        VARCHAR(200) NOT NULL,
  grantee_patron_id   CHAR(36)     NULL COMMENT 'set when the grantee has a card, to see it online',
  purpose             VARCHAR(500) NOT NULL,
  valid_from          DATETIME(6)  NOT NULL,
  valid_until         DATETIME(6)  NOT NULL,
  revoked_at          DATETIME(6)  NULL,
  signed_text         TEXT         NOT NULL,
  content_hash        CHAR(64)     NOT NULL,
  verification_code   VARCHAR(16)  NOT NULL,
  created_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_authorization_code UNIQUE (verification_code),
  CONSTRAINT fk_authorization_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT fk_authorization_grantee FOREIGN KEY (grantee_patron_id) REFERENCES patron (id),
  CONSTRAINT ck_authorization_signer CHECK (signed_by_role IN ('SELF', 'GUARDIAN')),
  CONSTRAINT ck_authorization_period CHECK (valid_until > valid_from),
  INDEX ix_authorization_patron (patron_id, created_at),
  INDEX ix_authorization_grantee (grantee_patron_id, patron_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE written_authorization_category (
  authorization_id  CHAR(36)    NOT NULL,
  category          VARCHAR(24) NOT NULL,
  PRIMARY KEY (authorization_id, category),
  CONSTRAINT fk_authorization_category FOREIGN KEY (authorization_id) REFERENCES written_authorization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tickets: portal tickets about a patron, with their message thread.
CREATE TABLE ticket (
  id                CHAR(36)     NOT NULL,
  patron_id         CHAR(36)     NULL COMMENT 'the patron the ticket is about',
  type              VARCHAR(24)  NOT NULL,
  status            VARCHAR(24)  NOT NULL,
  subject           VARCHAR(300) NOT NULL,
  opened_by_subject VARCHAR(64)  NULL,
  assigned_to       VARCHAR(64)  NULL COMMENT 'staff subject',
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  closed_at         DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_ticket_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_ticket_type CHECK (type IN ('LOST_ITEM', 'RECORD_REQUEST', 'UPDATE_DETAILS', 'GUARDIAN_LINK',
                                             'PRIVACY_QUESTION', 'LEGAL_REQUEST', 'CLOSE_ACCOUNT')),
  CONSTRAINT ck_ticket_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING_ON_PATRON', 'RESOLVED', 'CLOSED')),
  INDEX ix_ticket_patron (patron_id, status, created_at),
  INDEX ix_ticket_queue (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_message (
  id              CHAR(36)    NOT NULL,
  ticket_id       CHAR(36)    NOT NULL,
  author_subject  VARCHAR(64) NULL,
  author_role     VARCHAR(16) NOT NULL,
  visibility      VARCHAR(16) NOT NULL,
  body            TEXT        NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_message_role CHECK (author_role IN ('PATRON', 'GUARDIAN', 'STAFF', 'DIRECTOR', 'SYSTEM')),
  CONSTRAINT ck_message_visibility CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
  INDEX ix_message_ticket (ticket_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- library business at the desk: a staff lookup of one patron with a stated reason, valid for a while.
CREATE TABLE desk_lookup (
  id             CHAR(36)     NOT NULL,
  staff_subject  VARCHAR(64)  NOT NULL,
  patron_id      CHAR(36)     NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  branch         VARCHAR(100) NULL,
  created_at     DATETIME(6)  NOT NULL,
  expires_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_desk_lookup_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_desk_lookup_reason CHECK (CHAR_LENGTH(TRIM(reason)) >= 5),
  INDEX ix_desk_lookup_staff (staff_subject, patron_id, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- legal process: court orders, subpoenas... and incident disclosures, approved by the director.
CREATE TABLE legal_request (
  id                     CHAR(36)     NOT NULL,
  kind                   VARCHAR(16)  NOT NULL,
  instrument             VARCHAR(16)  NOT NULL,
  issuing_authority      VARCHAR(300) NOT NULL,
  reference              VARCHAR(100) NOT NULL,
  issued_on              DATE         NOT NULL,
  period_from            DATE         NULL,
  period_to              DATE         NULL,
  status                 VARCHAR(16)  NOT NULL,
  refusal_reason         VARCHAR(500) NULL,
  received_by            VARCHAR(64)  NOT NULL,
  approved_by            VARCHAR(64)  NULL,
  approved_at            DATETIME(6)  NULL,
  notification_delayed_until DATE     NULL,
  created_at             DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_legal_kind CHECK (kind IN ('LEGAL_PROCESS', 'INCIDENT')),
  CONSTRAINT ck_legal_instrument CHECK (instrument IN ('COURT_ORDER', 'SUBPOENA', 'WARRANT', 'EMERGENCY', 'NONE')),
  CONSTRAINT ck_legal_status CHECK (status IN ('RECEIVED', 'APPROVED', 'REFUSED', 'DISCLOSED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE legal_request_patron (
  legal_request_id  CHAR(36) NOT NULL,
  patron_id         CHAR(36) NOT NULL,
  PRIMARY KEY (legal_request_id, patron_id),
  CONSTRAINT fk_lrp_request FOREIGN KEY (legal_request_id) REFERENCES legal_request (id),
  CONSTRAINT fk_lrp_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  INDEX ix_lrp_patron (patron_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE legal_request_category (
  legal_request_id  CHAR(36)    NOT NULL,
  category          VARCHAR(24) NOT NULL,
  PRIMARY KEY (legal_request_id, category),
  CONSTRAINT fk_lrc_request FOREIGN KEY (legal_request_id) REFERENCES legal_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- access_log: every allowed access by anyone other than the patron. Append-only and chained:
-- each entry's hmac covers its own fields and the previous entry's hmac, so an altered, deleted or
-- reordered entry breaks the chain. access_log_head holds the newest link; writers lock it
-- (SELECT ... FOR UPDATE) so that concurrent writers, in any number of backend processes, append
-- one after another.
CREATE TABLE access_log (
  seq               BIGINT       NOT NULL AUTO_INCREMENT,
  id                CHAR(36)     NOT NULL,
  patron_id         CHAR(36)     NOT NULL,
  category          VARCHAR(24)  NOT NULL,
  ground            VARCHAR(24)  NOT NULL,
  actor_subject     VARCHAR(64)  NOT NULL,
  actor_role        VARCHAR(16)  NOT NULL,
  impersonated_subject VARCHAR(64) NULL COMMENT 'set when staff acted through an impersonation token',
  ground_ref        CHAR(36)     NULL COMMENT 'guardian link, authorization, ticket, desk lookup or legal request',
  reason            VARCHAR(500) NULL,
  accessed_at       DATETIME(6)  NOT NULL,
  sealed_until      DATE         NULL,
  prev_hmac         CHAR(64)     NOT NULL,
  hmac              CHAR(64)     NOT NULL,
  PRIMARY KEY (seq),
  CONSTRAINT uq_access_log_id UNIQUE (id),
  CONSTRAINT ck_access_log_ground CHECK (ground IN ('GUARDIAN', 'WRITTEN_AUTHORIZATION', 'LIBRARY_BUSINESS', 'LEGAL_PROCESS')),
  INDEX ix_access_log_patron (patron_id, accessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_log_head (
  id         TINYINT  NOT NULL,
  last_seq   BIGINT   NOT NULL,
  last_hmac  CHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_access_log_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO access_log_head (id, last_seq, last_hmac) VALUES (1, 0, REPEAT('0', 64));
