-- Messages the portal itself writes into a ticket's thread (a decision on a guardian-link or
-- detail-change request, a question without words of the patron's) are stored as a message code
-- with parameters, so that each reader sees them in their own language (docs/problems.md, "Ticket
-- messages written by the portal"; codes in ticket/SystemMessage). `body` keeps the English text
-- for staff tools and older clients; text people wrote stays free text (`body`, or a parameter such
-- as a rejection's reason).
ALTER TABLE ticket_message
  ADD COLUMN message_code   VARCHAR(64) NULL AFTER body,
  ADD COLUMN message_params TEXT        NULL AFTER message_code,
  ADD CONSTRAINT ck_message_params CHECK (message_params IS NULL OR JSON_VALID(message_params));

-- The messages written before this migration, recognised by their fixed English texts.
UPDATE ticket_message
   SET message_code = 'guardian-link.approved'
 WHERE body = 'Approved: we checked your identification at the desk. The child''s account now appears in your account switcher until the child comes of age.';
UPDATE ticket_message
   SET message_code = 'details.approved'
 WHERE body = 'Approved: your details have been updated.';
UPDATE ticket_message
   SET message_code = 'details.withdrawn'
 WHERE body = 'Withdrawn: this request is no longer needed.';
UPDATE ticket_message
   SET message_code = 'access-log.question-without-message'
 WHERE body = 'The patron asks about this access to their records (no message).';
UPDATE ticket_message m
  JOIN ticket t ON t.id = m.ticket_id
   SET m.message_code = CASE t.type WHEN 'GUARDIAN_LINK' THEN 'guardian-link.rejected' ELSE 'details.rejected' END,
       m.message_params = JSON_OBJECT('reason', SUBSTRING(m.body, CHAR_LENGTH('Not approved: ') + 1))
 WHERE m.body LIKE 'Not approved: %'
   AND m.author_role IN ('STAFF', 'DIRECTOR')
   AND t.type IN ('GUARDIAN_LINK', 'UPDATE_DETAILS');
