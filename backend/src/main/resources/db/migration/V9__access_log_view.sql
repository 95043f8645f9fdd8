-- The patron's access log view (issue 5, point 7).

-- staff_member: the display name of each staff or director account, so that a patron's access log
-- can name the staff member behind an entry (access_log keeps only the Keycloak subject). Filled
-- from the name claims of staff and director access tokens as they are used
-- (accesslog.StaffNameRecorder); a subject never seen here is shown by role only.
CREATE TABLE staff_member (
  subject       VARCHAR(64)  NOT NULL COMMENT 'Keycloak user id',
  display_name  VARCHAR(200) NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- access_log_question: the privacy-question ticket a patron (or their guardian) opened about one
-- access log entry with "This wasn't me / I have a question". At most one of them is open per entry
-- (accesslog.AccessLogQuestions checks under a lock on the entry); once it is resolved or closed,
-- a new question about the same entry opens a new ticket. No foreign key to access_log: that table
-- is append-only and guarded by its chain, and the audit tools (and their tests) handle it as a whole.
CREATE TABLE access_log_question (
  ticket_id      CHAR(36)    NOT NULL,
  access_log_id  CHAR(36)    NOT NULL,
  patron_id      CHAR(36)    NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (ticket_id),
  CONSTRAINT fk_alq_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_alq_patron FOREIGN KEY (patron_id) REFERENCES patron (id),
  INDEX ix_alq_entry (access_log_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
