-- Desk verification of written authorizations (issue 11 point 5; docs/desk.md "Written authorizations
-- at the desk"). A staff member enters the verification code printed on the authorization and the
-- type of photo identification the grantee showed (the type only, never its number); the check then
-- lets that staff member read the authorized categories for 30 minutes (access.AccessPolicy, ground
-- WRITTEN_AUTHORIZATION, the authorization as reference so that the patron's access log names the
-- grantee).
CREATE TABLE authorization_check (
  id                CHAR(36)    NOT NULL,
  staff_subject     VARCHAR(64) NOT NULL COMMENT 'the staff member who checked the code',
  authorization_id  CHAR(36)    NOT NULL,
  id_type           VARCHAR(24) NOT NULL COMMENT 'the type of identification shown; never a number',
  created_at        DATETIME(6) NOT NULL,
  expires_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_authorization_check_authorization FOREIGN KEY (authorization_id)
    REFERENCES written_authorization (id),
  CONSTRAINT ck_authorization_check_id_type CHECK (id_type IN ('DRIVERS_LICENSE', 'STATE_ID', 'PASSPORT',
      'MILITARY_ID', 'TRIBAL_ID', 'CONSULAR_ID', 'OTHER_PHOTO_ID')),
  CONSTRAINT ck_authorization_check_period CHECK (expires_at > created_at),
  INDEX ix_authorization_check_staff (staff_subject, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every code a staff member entered that matched no authorization: a subject and a time, nothing of
-- what was typed. The last hour's rows make the limit (desk.DeskLookupLimit,
-- PORTAL_AUTHORIZATION_CODE_TRIES_PER_HOUR); the rows are kept so that the director can see who
-- enters wrong codes and how often. Counted under the lock of the staff member's row in
-- desk_lookup_staff, the desk's one lock per staff member.
CREATE TABLE authorization_code_miss (
  id             CHAR(36)    NOT NULL,
  staff_subject  VARCHAR(64) NOT NULL,
  attempted_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_authorization_code_miss_staff (staff_subject, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
