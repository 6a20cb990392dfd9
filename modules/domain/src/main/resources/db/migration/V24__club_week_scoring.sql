-- How far the scoring of each club's ISO week has come under a formula version, as the scoring run (or backfill)
-- that last scored it found when it finished: PROVISIONAL while some of the week's scores are provisional, FINAL
-- when none is. Recovery owns it; the weekly report waits for FINAL through recovery's API instead of counting
-- scores. Filled here from the scores already stored, so an upgrade does not hold back a report that was due.
CREATE TABLE club_week_scoring (
    club_id         BIGINT      NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    iso_week        VARCHAR(8)  NOT NULL,
    formula_version VARCHAR(16) NOT NULL,
    state           VARCHAR(16) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (club_id, iso_week, formula_version)
);

INSERT INTO club_week_scoring (club_id, iso_week, formula_version, state, recorded_at)
SELECT club_id, iso_week, formula_version,
       CASE WHEN SUM(CASE WHEN provisional THEN 1 ELSE 0 END) = 0 THEN 'FINAL' ELSE 'PROVISIONAL' END,
       CURRENT_TIMESTAMP
FROM weekly_score
GROUP BY club_id, iso_week, formula_version;
