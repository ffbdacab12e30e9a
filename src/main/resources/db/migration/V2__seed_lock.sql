-- One row that every seeding transaction locks first (select ... for update), so that replicas
-- starting together against one database seed it exactly once, on any database.
create table seed_lock (
    id integer primary key
);
insert into seed_lock (id) values (1);
