-- Performance at scale (issue 5). Portable SQL: runs unchanged on H2 and PostgreSQL.

-- A nested list pages by its parent's column, then the child's sort key. A keyset order that needs a
-- column of another table cannot use one index, so the conversation's date is copied next to each
-- parent key (the same way statement.sort_date copies it for statements). Seeder, edits and the
-- synthetic generator keep these copies equal to conversation.date_start / statement.sort_date.
alter table participation add column sort_date date;
update participation set sort_date = (select c.date_start from conversation c where c.id = participation.conversation_id);
alter table participation alter column sort_date set not null;
create index participation_leader_date on participation (leader_id, sort_date, conversation_id);
drop index participation_leader;

alter table conversation_topic add column sort_date date;
update conversation_topic set sort_date = (select c.date_start from conversation c where c.id = conversation_topic.conversation_id);
alter table conversation_topic alter column sort_date set not null;
create index conversation_topic_topic_date on conversation_topic (topic_id, sort_date, conversation_id);
drop index conversation_topic_topic;

alter table statement_topic add column sort_date date;
update statement_topic set sort_date = (select s.sort_date from statement s where s.id = statement_topic.statement_id);
alter table statement_topic alter column sort_date set not null;
create index statement_topic_topic_date on statement_topic (topic_id, sort_date, statement_id);
drop index statement_topic_topic;

-- Filters combined with the date order, and the keyset order of the document list.
create index statement_kind_date on statement (kind, sort_date, id);
create index source_document_file_name on source_document (file_name, id);

-- The synthetic store's parameters, so that a restart against a loaded database skips the load
-- (same parameters) or refuses to start (different ones). At most one row.
create table synthetic_store (
    id integer primary key,
    seed bigint not null,
    conversations integer not null,
    statements_per_conversation integer not null,
    complete boolean not null
);
