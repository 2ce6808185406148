-- Every page of answers updates a few hundred check-in count rows per person and per relationship. With full pages each update
-- moved the row to another page and added an index entry (2% of the updates were heap-only in the benchmark); room on the page
-- lets an update stay there without touching the index (all but 0.3% heap-only after this), so the count tables' indexes stop
-- growing with every page and vacuum has less to clean. Existing pages keep their fill until they are rewritten.
alter table check_in_people set (fillfactor = 50);
alter table check_in_relationship set (fillfactor = 50);
