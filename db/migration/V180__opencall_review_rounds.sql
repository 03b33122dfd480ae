-- Issue 18: a review belongs to a round, the number of the application's answers version it reviews. When a revised
-- application is resubmitted, its reviewers of the round before get an assignment for the new round; the earlier
-- round's reviews stay as they were.
alter table call_review add column round integer not null default 1 check (round >= 1);

drop index call_review_reviewer_uq;
create unique index call_review_reviewer_uq on call_review (application_id, round, reviewer_id);
