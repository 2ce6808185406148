-- No report or export looks assignments up by relationship (the check-in counts answer those questions):
-- the index was paid for on each of the hundreds of thousands of assignment writes and never read.
drop index assignment_fact_relationship;
