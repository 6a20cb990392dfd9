-- No query reads training_session by natural_key (duplicates are matched on athlete and date, which
-- training_session_athlete_date serves), yet every written session paid to keep this index: about a fifth of the
-- time PostgreSQL spends on an imported row.
DROP INDEX training_session_natural_key;
