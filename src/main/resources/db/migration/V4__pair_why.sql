-- What decided a flagged pair, in words an analyst can check ("numbers for one count differ: 0–50 vs 500 (dead)").
alter table contradiction add column why varchar(500);
