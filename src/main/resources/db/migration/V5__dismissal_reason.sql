-- Why an analyst dismissed a pair: different-event, different-time, not-a-claim, wrong-speaker or model-error.
alter table contradiction add column review_reason varchar(30);
-- Whether the model's probabilities alone decided the flag (not an event, numbers or a denial):
-- only such pairs teach the model's score floor. Pairs flagged before this column were all the
-- model's contradictions or changes over time.
alter table contradiction add column by_model boolean default false not null;
update contradiction set by_model = true where kind in ('contradiction', 'changed-over-time');
