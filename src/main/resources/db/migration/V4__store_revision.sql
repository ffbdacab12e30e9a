-- One revision number for the whole store. Every transaction that changes the store (seeding, an
-- editor's mutation) increments it, so a cached answer is valid exactly while the revision it was
-- computed at is current. Replicas sharing a database read it to notice each other's edits.
create table store_revision (
    id integer primary key,
    revision bigint not null
);
insert into store_revision (id, revision) values (1, 0);
