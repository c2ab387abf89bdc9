-- What sort of conflict a flagged pair is: contradiction (two actors) or changed-over-time (one actor, two dates).
alter table contradiction add column kind varchar(30) default 'contradiction' not null;
create index ix_contradiction_kind on contradiction (kind);
-- Whether a statement's actor asserts its proposition or denies it ("X denied that ...").
alter table statement add column polarity varchar(10) default 'asserts' not null;
