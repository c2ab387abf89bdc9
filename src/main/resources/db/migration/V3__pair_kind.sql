-- What sort of conflict a flagged pair is: contradiction (two actors) or changed-over-time (one actor, two dates).
alter table contradiction add column kind varchar(30) default 'contradiction' not null;
create index ix_contradiction_kind on contradiction (kind);
