-- The generated demo or benchmark data set this database holds (demo.DemoDataLoader,
-- demo.GenerateDemoDataCommand). One row, claimed before any demo row is written: loading is
-- idempotent (a second start sees the row and changes nothing), and of two backends starting
-- together on one database only one loads. LOADING = a bulk load is under way or was interrupted
-- (the bulk command commits as it goes); COMPLETE = every row is there.
CREATE TABLE demo_data_set (
  id               TINYINT      NOT NULL,
  seed             BIGINT       NOT NULL,
  generated_for    DATE         NOT NULL COMMENT 'the library-local day ages and due dates count from',
  library_profile  VARCHAR(32)  NOT NULL,
  patrons          INT          NOT NULL,
  loans            BIGINT       NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  started_at       DATETIME(6)  NOT NULL,
  completed_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_demo_data_set_single CHECK (id = 1),
  CONSTRAINT ck_demo_data_set_status CHECK (status IN ('LOADING', 'COMPLETE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
