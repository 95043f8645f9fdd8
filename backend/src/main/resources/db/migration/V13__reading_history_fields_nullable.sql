-- What a finished hold was for, and what a reference question was about, are reading history
-- (docs/consents.md): removed for patrons who keep none (circulation/HoldCompletions,
-- consent/ReadingHistory), so the columns take NULL. online_service_use.detail already does.
ALTER TABLE hold_request MODIFY title VARCHAR(500) NULL;
ALTER TABLE reference_consultation MODIFY topic VARCHAR(300) NULL;
