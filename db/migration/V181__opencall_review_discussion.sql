-- Issue 18: once the reviews of an application's current round are all in, its reviewers (conflicted ones aside), the
-- secretariat and the call's committee chair discuss it in a thread private to them. Posts are plain text, cleaned
-- of markup as group posts are.
create table call_review_post (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null references call_application (id) on delete cascade,
    round           integer       not null check (round >= 1),
    author_id       bigint        not null references account (id),
    -- 4000 = ReviewDiscussion.POST_MAX
    body            varchar(4000) not null,
    posted_at       timestamptz   not null
);

create index call_review_post_thread_idx on call_review_post (application_id, posted_at);
