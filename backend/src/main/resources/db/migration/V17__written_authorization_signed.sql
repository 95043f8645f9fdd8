-- Written authorizations signed in the portal (issue 11, docs/authorizations.md). What the signer saw
-- and did is kept beside the text: its language, the full name they typed, the guardian's patron
-- record when a guardian signed for a minor, when they last signed in with Keycloak (the token's
-- auth_time) and when they signed. A revocation says who revoked. Each grant and revocation is a
-- consent-ledger entry; the authorization names both entries.
ALTER TABLE written_authorization
  ADD COLUMN language              CHAR(2)      NOT NULL DEFAULT 'en' COMMENT 'language of signed_text',
  ADD COLUMN signer_typed_name     VARCHAR(200) NULL COMMENT 'the full name the signer typed',
  ADD COLUMN guardian_patron_id    CHAR(36)     NULL COMMENT 'the guardian who signed for a minor',
  ADD COLUMN auth_time             DATETIME(6)  NULL COMMENT 'the signer''s last Keycloak sign-in',
  ADD COLUMN signed_at             DATETIME(6)  NULL,
  ADD COLUMN grant_entry_id        CHAR(36)     NULL COMMENT 'the consent-ledger entry of the grant',
  ADD COLUMN revoked_by_role       VARCHAR(16)  NULL COMMENT 'SELF or GUARDIAN',
  ADD COLUMN revoked_by_subject    VARCHAR(64)  NULL,
  ADD COLUMN revoke_entry_id       CHAR(36)     NULL COMMENT 'the consent-ledger entry of the revocation',
  -- 20 characters of the verification alphabet, stored without the dashes that group them
  MODIFY verification_code VARCHAR(20) NOT NULL,
  ADD CONSTRAINT fk_authorization_guardian FOREIGN KEY (guardian_patron_id) REFERENCES patron (id),
  ADD CONSTRAINT ck_authorization_language CHECK (language IN ('en', 'es')),
  ADD CONSTRAINT ck_authorization_revoker CHECK (revoked_by_role IS NULL OR revoked_by_role IN ('SELF', 'GUARDIAN'));

-- Grants and revocations are consent-ledger entries of their own kinds (the names need 27 characters).
ALTER TABLE consent_entry MODIFY consent VARCHAR(32) NOT NULL;
ALTER TABLE consent_entry DROP CONSTRAINT ck_consent_kind;
ALTER TABLE consent_entry ADD CONSTRAINT ck_consent_kind CHECK (consent IN (
  'READING_HISTORY', 'SMS', 'ACCESS_ALERTS', 'POLICY', 'SMS_DUE_DATE', 'SMS_HOLDS_READY', 'SMS_FOUND_ITEMS',
  'WRITTEN_AUTHORIZATION_GRANT', 'WRITTEN_AUTHORIZATION_REVOKE'));

-- A signed authorization is evidence of what the patron agreed to, like the consent ledger
-- (V6__consent_ledger_immutable.sql): the database refuses to delete one, and refuses every update
-- but the one revocation: revoked_at (with who revoked and the ledger entry) set once, from NULL,
-- and nothing else changed. A change of scope is a new authorization.
CREATE TRIGGER written_authorization_no_delete BEFORE DELETE ON written_authorization FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'written_authorization is immutable: authorizations are never deleted';

-- The one compound trigger body (IF ... END IF) needs its own statement delimiter.
DELIMITER //
CREATE TRIGGER written_authorization_only_revocation BEFORE UPDATE ON written_authorization FOR EACH ROW
  IF NOT (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
          AND OLD.revoked_by_role IS NULL AND OLD.revoked_by_subject IS NULL AND OLD.revoke_entry_id IS NULL
          AND NEW.id <=> OLD.id AND NEW.patron_id <=> OLD.patron_id
          AND NEW.signed_by_role <=> OLD.signed_by_role AND NEW.signed_by_subject <=> OLD.signed_by_subject
          AND NEW.grantee_name <=> OLD.grantee_name AND NEW.grantee_patron_id <=> OLD.grantee_patron_id
          AND NEW.purpose <=> OLD.purpose AND NEW.valid_from <=> OLD.valid_from
          AND NEW.valid_until <=> OLD.valid_until AND NEW.signed_text <=> OLD.signed_text
          AND NEW.content_hash <=> OLD.content_hash AND NEW.verification_code <=> OLD.verification_code
          AND NEW.created_at <=> OLD.created_at AND NEW.language <=> OLD.language
          AND NEW.signer_typed_name <=> OLD.signer_typed_name
          AND NEW.guardian_patron_id <=> OLD.guardian_patron_id AND NEW.auth_time <=> OLD.auth_time
          AND NEW.signed_at <=> OLD.signed_at AND NEW.grant_entry_id <=> OLD.grant_entry_id) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'written_authorization is immutable: only a revocation may be recorded, once';
  END IF//
DELIMITER ;

CREATE TRIGGER written_authorization_category_no_update BEFORE UPDATE ON written_authorization_category FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'written_authorization_category is immutable';

CREATE TRIGGER written_authorization_category_no_delete BEFORE DELETE ON written_authorization_category FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'written_authorization_category is immutable';
