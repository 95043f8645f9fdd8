-- "Update my details" (issue 5, point 6): a patron (or their guardian) asks the library to change the
-- e-mail address, the phone number or the postal address; staff approve or reject it with a reason.
-- A request holds only the fields it changes: *_changed says whether a field is part of it, and its
-- value is the new one (NULL e-mail or phone: remove it). The address is replaced as a whole.
CREATE TABLE detail_change_request (
  id                   CHAR(36)     NOT NULL,
  patron_id            CHAR(36)     NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  email_changed        BOOLEAN      NOT NULL,
  email                VARCHAR(254) NULL,
  phone_changed        BOOLEAN      NOT NULL,
  phone                VARCHAR(16)  NULL COMMENT 'E.164',
  address_changed      BOOLEAN      NOT NULL,
  address_line1        VARCHAR(200) NULL,
  address_line2        VARCHAR(200) NULL,
  city                 VARCHAR(100) NULL,
  region               VARCHAR(100) NULL,
  postal_code          VARCHAR(16)  NULL,
  requested_by_role    VARCHAR(16)  NOT NULL COMMENT 'SELF or GUARDIAN',
  requested_by_subject VARCHAR(64)  NOT NULL COMMENT 'Keycloak subject of the patron or guardian',
  requested_at         DATETIME(6)  NOT NULL,
  ticket_id            CHAR(36)     NOT NULL COMMENT 'the UPDATE_DETAILS ticket opened with it',
  decided_by_subject   VARCHAR(64)  NULL COMMENT 'staff or director who approved or rejected it',
  decided_by_role      VARCHAR(16)  NULL,
  decided_at           DATETIME(6)  NULL COMMENT 'decided or withdrawn',
  reason               VARCHAR(500) NULL COMMENT 'why it was rejected; shown to the patron',
  -- one PENDING request per patron, whatever the application does: the patron while pending, NULL
  -- once decided or withdrawn (a generated column cannot do it: MariaDB refuses a CHAR result there)
  pending_patron_id    CHAR(36)     NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_detail_change_one_pending UNIQUE (pending_patron_id),
  CONSTRAINT fk_detail_change_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT fk_detail_change_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_detail_change_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  CONSTRAINT ck_detail_change_requested_by CHECK (requested_by_role IN ('SELF', 'GUARDIAN')),
  CONSTRAINT ck_detail_change_something CHECK (email_changed OR phone_changed OR address_changed),
  CONSTRAINT ck_detail_change_address CHECK (NOT address_changed OR (address_line1 IS NOT NULL
      AND city IS NOT NULL AND region IS NOT NULL AND postal_code IS NOT NULL)),
  CONSTRAINT ck_detail_change_phone CHECK (phone IS NULL OR phone REGEXP '^\\+[1-9][0-9]{6,14}$'),
  CONSTRAINT ck_detail_change_rejected CHECK (status <> 'REJECTED' OR reason IS NOT NULL),
  CONSTRAINT ck_detail_change_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  CONSTRAINT ck_detail_change_pending CHECK ((status = 'PENDING') = (pending_patron_id IS NOT NULL)),
  INDEX ix_detail_change_patron (patron_id, requested_at),
  INDEX ix_detail_change_queue (status, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
