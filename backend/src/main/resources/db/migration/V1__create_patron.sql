-- The `profile` category of a patron's records (product.md section 2).
-- id is a random UUID: it is the public id in URLs and must not reveal how many patrons there
-- are or in which order they joined. keycloak_subject ties a record to a login (token `sub`);
-- it is NULL for patrons without a portal login (a young child, a desk-only patron).
CREATE TABLE patron (
  id               CHAR(36)     NOT NULL,
  keycloak_subject VARCHAR(64)  NULL,
  first_name       VARCHAR(100) NOT NULL,
  last_name        VARCHAR(100) NOT NULL,
  card_number      VARCHAR(32)  NOT NULL,
  birth_date       DATE         NOT NULL,
  email            VARCHAR(254) NULL,
  phone            VARCHAR(16)  NULL COMMENT 'E.164, e.g. +13375550142',
  address_line1    VARCHAR(200) NOT NULL,
  address_line2    VARCHAR(200) NULL,
  city             VARCHAR(100) NOT NULL,
  region           VARCHAR(100) NOT NULL,
  postal_code      VARCHAR(16)  NOT NULL,
  account_type     VARCHAR(16)  NOT NULL,
  expires_on       DATE         NOT NULL,
  created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_patron_keycloak_subject UNIQUE (keycloak_subject),
  CONSTRAINT uq_patron_card_number UNIQUE (card_number),
  CONSTRAINT ck_patron_account_type CHECK (account_type IN ('ADULT', 'JUVENILE')),
  CONSTRAINT ck_patron_phone CHECK (phone IS NULL OR phone REGEXP '^\\+[1-9][0-9]{6,14}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
