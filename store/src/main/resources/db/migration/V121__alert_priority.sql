-- The alert priority (how specific a match is, in [0, 1]) next to the score, for ordering the queue.
-- NULL: the screening gave none (payment-message alerts, alerts raised before this column existed).
ALTER TABLE case_alert ADD COLUMN priority DOUBLE PRECISION;
