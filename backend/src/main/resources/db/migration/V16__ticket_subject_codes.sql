-- Ticket subjects the portal writes ("Update my details", "Link a child's account", an access-log
-- question) and the first messages it composes for a patron (a detail-change request, a
-- guardian-link request) are stored as a code with parameters, like the messages of V15, so that
-- each reader sees them in their own language (docs/problems.md, "Ticket messages written by the
-- portal"; codes in ticket/TicketSubject and ticket/SystemMessage). `subject` and `body` keep the
-- English text. Parameters are codes and ISO values; what the patron typed stays as written.
ALTER TABLE ticket
  ADD COLUMN subject_code   VARCHAR(64) NULL AFTER subject,
  ADD COLUMN subject_params TEXT        NULL AFTER subject_code,
  ADD CONSTRAINT ck_subject_params CHECK (subject_params IS NULL OR JSON_VALID(subject_params));

-- The subjects written before this migration, recognised by their fixed English texts.
UPDATE ticket SET subject_code = 'details.request'
 WHERE type = 'UPDATE_DETAILS' AND subject = 'Update my details';
UPDATE ticket SET subject_code = 'guardian-link.request'
 WHERE type = 'GUARDIAN_LINK' AND subject = 'Link a child''s account';
-- An access-log question's subject, from the entry it asks about. Legal-process entries are left as
-- written: their instrument came from a legal request that may have changed since.
UPDATE ticket t
  JOIN access_log_question q ON q.ticket_id = t.id
  JOIN access_log l ON l.id = q.access_log_id
   SET t.subject_code = 'access-log.question',
       t.subject_params = JSON_OBJECT('at', DATE_FORMAT(l.accessed_at, '%Y-%m-%dT%H:%i:%sZ'),
                                      'category', l.category, 'ground', l.ground)
 WHERE t.type = 'PRIVACY_QUESTION'
   AND t.subject LIKE 'Question about an access to my records on %'
   AND l.ground <> 'LEGAL_PROCESS';

-- The first message of a detail-change request: which fields change, recognised by their words.
UPDATE ticket_message m
  JOIN ticket t ON t.id = m.ticket_id
   SET m.message_code = 'details.requested',
       m.message_params = JSON_OBJECT('fields', CONCAT_WS(',',
           IF(m.body LIKE '%e-mail address%', 'EMAIL', NULL),
           IF(m.body LIKE '%phone number%', 'PHONE', NULL),
           IF(m.body LIKE '%postal address%', 'ADDRESS', NULL)))
 WHERE t.type = 'UPDATE_DETAILS'
   AND m.message_code IS NULL
   AND m.author_role IN ('PATRON', 'GUARDIAN')
   AND m.body LIKE 'Please change my %. The new values are in the change request, waiting for staff approval.';

-- The first message of a guardian-link request, from what was kept beside it (V12); the patron's
-- message is the text after its label, as written.
UPDATE ticket_message m
  JOIN guardian_link_request r ON r.ticket_id = m.ticket_id
   SET m.message_code = IF(LOCATE('\nMessage: ', m.body) > 0, 'guardian-link.requested-with-message',
                           'guardian-link.requested'),
       m.message_params = IF(LOCATE('\nMessage: ', m.body) > 0,
           JSON_OBJECT('minorName', r.minor_name, 'minorBirthDate', DATE_FORMAT(r.minor_birth_date, '%Y-%m-%d'),
                       'minorCardNumber', r.minor_card_number, 'relationship', r.relationship,
                       'message', SUBSTRING(m.body, LOCATE('\nMessage: ', m.body) + CHAR_LENGTH('\nMessage: '))),
           JSON_OBJECT('minorName', r.minor_name, 'minorBirthDate', DATE_FORMAT(r.minor_birth_date, '%Y-%m-%d'),
                       'minorCardNumber', r.minor_card_number, 'relationship', r.relationship))
 WHERE m.message_code IS NULL
   AND m.author_role = 'PATRON'
   AND LEFT(m.body, CHAR_LENGTH(r.minor_name) + 35) = CONCAT('Child''s name: ', r.minor_name, '\nChild''s birth date: ');
-- A card not given was stored as JSON null: the parameter is absent instead.
UPDATE ticket_message
   SET message_params = JSON_REMOVE(message_params, '$.minorCardNumber')
 WHERE message_code LIKE 'guardian-link.requested%'
   AND JSON_TYPE(JSON_EXTRACT(message_params, '$.minorCardNumber')) = 'NULL';
