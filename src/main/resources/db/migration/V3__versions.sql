-- Optimistic locking for editors: every editable row carries a version that each update checks
-- and increments, so that concurrent edits of one object are detected instead of lost.
alter table source_document add column version integer default 0 not null;
alter table leader add column version integer default 0 not null;
alter table topic add column version integer default 0 not null;
alter table conversation add column version integer default 0 not null;
alter table statement add column version integer default 0 not null;
