-- Every listing of the listed party an alert is on (OFAC and UN, say: list, id, programmes, listing date,
-- reference) and the evidence that they are one party, as JSON {key, listings, evidence}.
-- NULL: not recorded (payment-message alerts, alerts raised before this column existed).
ALTER TABLE case_alert ADD COLUMN listings VARCHAR;
