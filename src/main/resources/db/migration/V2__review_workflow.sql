-- Analysts confirm or dismiss flagged pairs.
alter table contradiction add column status varchar(20) default 'flagged' not null;
alter table contradiction add column review_comment varchar(1000);
alter table contradiction add column reviewed_at timestamp with time zone;
create index ix_contradiction_status on contradiction (status);
