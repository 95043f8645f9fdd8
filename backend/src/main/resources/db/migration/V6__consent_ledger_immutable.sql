-- The consent ledger is append-only (issue 5, point 4): an entry, once written, is evidence of what
-- the patron (or their guardian) chose, under which policy version, and must never change. The
-- application only ever INSERTs; these triggers make the database refuse an UPDATE or DELETE too,
-- whoever sends it. (Turning reading history off anonymizes loans, never ledger rows.)
-- No DELIMITER games: each trigger body is a single statement.
CREATE TRIGGER consent_entry_no_update BEFORE UPDATE ON consent_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_entry is append-only: entries are never changed';

CREATE TRIGGER consent_entry_no_delete BEFORE DELETE ON consent_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_entry is append-only: entries are never deleted';
