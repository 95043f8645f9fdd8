-- SMS notices (issue 5, point 3): the patron's confirmed mobile number and what they chose to
-- receive, and the one-time codes that confirm a number. The number is kept only here: it is not
-- the contact phone of the library record (patron.phone), it is never in the consent ledger, and
-- opting out erases it. Every opt-in change is a consent_entry row (SMS, SMS_DUE_DATE, ...).

-- One row per patron with SMS on; no row = SMS off (the default).
CREATE TABLE sms_subscription (
  patron_id        CHAR(36)    NOT NULL,
  phone_e164       VARCHAR(16) NOT NULL COMMENT 'E.164; shown to the patron only, never logged or exported to others',
  due_date         BOOLEAN     NOT NULL,
  holds_ready      BOOLEAN     NOT NULL,
  found_items      BOOLEAN     NOT NULL,
  confirmed_at     DATETIME(6) NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (patron_id),
  CONSTRAINT fk_sms_subscription_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_sms_subscription_phone CHECK (phone_e164 REGEXP '^\\+[1-9][0-9]{6,14}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per code sent. Only a salted HMAC of the code is kept. The number stays on the row only
-- while the code is PENDING; every other status erases it (phone_e164 NULL), and every SMS request
-- expires anyone's codes past their time (ix_sms_verification_pending). Rows of the last hour
-- count against the resend limit; older ones are deleted when the patron asks for a new code.
CREATE TABLE sms_verification (
  id               CHAR(36)    NOT NULL,
  patron_id        CHAR(36)    NOT NULL,
  phone_e164       VARCHAR(16) NULL,
  code_salt        BINARY(16)  NOT NULL,
  code_hash        BINARY(32)  NOT NULL COMMENT 'HMAC-SHA256 of the six digits, keyed with code_salt',
  sent_at          DATETIME(6) NOT NULL,
  expires_at       DATETIME(6) NOT NULL,
  failed_attempts  INT         NOT NULL DEFAULT 0,
  status           VARCHAR(12) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_sms_verification_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  CONSTRAINT ck_sms_verification_status
    CHECK (status IN ('PENDING', 'CONFIRMED', 'EXPIRED', 'LOCKED', 'REPLACED', 'CANCELLED')),
  CONSTRAINT ck_sms_verification_phone CHECK ((status = 'PENDING') = (phone_e164 IS NOT NULL)),
  CONSTRAINT ck_sms_verification_attempts CHECK (failed_attempts BETWEEN 0 AND 5),
  INDEX ix_sms_verification_patron (patron_id, sent_at),
  INDEX ix_sms_verification_pending (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The three things a patron may choose to receive are opt-ins of their own in the ledger.
ALTER TABLE consent_entry DROP CONSTRAINT ck_consent_kind;
ALTER TABLE consent_entry ADD CONSTRAINT ck_consent_kind CHECK (consent IN (
  'READING_HISTORY', 'SMS', 'ACCESS_ALERTS', 'POLICY', 'SMS_DUE_DATE', 'SMS_HOLDS_READY', 'SMS_FOUND_ITEMS'));
