-- The store for documents, what they report, and where they report it.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Spans (span_start, span_end) are UTF-16 offsets into source_document.content, end exclusive.

create table country (
    code varchar(2) primary key,
    name varchar(100) not null unique
);

create sequence source_document_seq start with 1 increment by 50;
create table source_document (
    id bigint primary key,
    slug varchar(100) not null unique,
    file_name varchar(200) not null unique,
    sha256 varchar(64) not null,
    title varchar(500),
    publisher varchar(200) not null,
    url varchar(2000),
    published_on varchar(10),
    published_text varchar(500),
    language varchar(16) not null,
    note varchar(8000),
    content text not null
);

create sequence document_citation_seq start with 1 increment by 50;
create table document_citation (
    id bigint primary key,
    document_id bigint not null references source_document (id),
    name varchar(200) not null,
    span_start integer not null,
    span_end integer not null
);
create index document_citation_document on document_citation (document_id);

create sequence leader_seq start with 1 increment by 50;
create table leader (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(200) not null,
    country_code varchar(2) not null references country (code)
);
create index leader_name on leader (name, id);
create index leader_country on leader (country_code, name, id);

create sequence leader_alias_seq start with 1 increment by 50;
create table leader_alias (
    id bigint primary key,
    leader_id bigint not null references leader (id),
    text varchar(500) not null,
    note varchar(1000),
    document_id bigint not null references source_document (id),
    span_start integer not null,
    span_end integer not null
);
create index leader_alias_leader on leader_alias (leader_id);

create sequence office_seq start with 1 increment by 50;
create table office (
    id bigint primary key,
    leader_id bigint not null references leader (id),
    title varchar(300) not null,
    country_code varchar(2) not null references country (code),
    valid_from varchar(10),
    valid_to varchar(10),
    document_id bigint not null references source_document (id),
    span_start integer not null,
    span_end integer not null
);
create index office_leader on office (leader_id);

create sequence topic_seq start with 1 increment by 50;
create table topic (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(200) not null,
    description varchar(2000) not null
);
create index topic_name on topic (name, id);

create sequence conversation_seq start with 1 increment by 50;
create table conversation (
    id bigint primary key,
    slug varchar(200) not null unique,
    kind varchar(32) not null,
    title varchar(500) not null,
    date_value varchar(10) not null,
    date_precision varchar(8) not null,
    date_start date not null,
    date_end date not null,
    date_disputed boolean not null,
    place varchar(300),
    initiator_id bigint references leader (id),
    outlet varchar(300)
);
create index conversation_date on conversation (date_start, id);
create index conversation_kind_date on conversation (kind, date_start, id);

create sequence participation_seq start with 1 increment by 50;
create table participation (
    id bigint primary key,
    conversation_id bigint not null references conversation (id),
    leader_id bigint not null references leader (id),
    role varchar(32) not null,
    constraint participation_once unique (conversation_id, leader_id)
);
create index participation_leader on participation (leader_id, conversation_id);

create table conversation_topic (
    conversation_id bigint not null references conversation (id),
    topic_id bigint not null references topic (id),
    primary key (conversation_id, topic_id)
);
create index conversation_topic_topic on conversation_topic (topic_id, conversation_id);

-- One row per document that reports a conversation: the passage and the date as that source gives it.
create sequence conversation_report_seq start with 1 increment by 50;
create table conversation_report (
    id bigint primary key,
    conversation_id bigint not null references conversation (id),
    document_id bigint not null references source_document (id),
    span_start integer not null,
    span_end integer not null,
    reported_date varchar(10),
    date_text varchar(500),
    date_span_start integer,
    date_span_end integer,
    date_note varchar(2000),
    constraint conversation_report_once unique (conversation_id, document_id)
);
create index conversation_report_document on conversation_report (document_id);

-- Every fact about a conversation (date, place, initiator, participant, topic, outlet) with the span that states it.
create sequence conversation_fact_seq start with 1 increment by 50;
create table conversation_fact (
    id bigint primary key,
    conversation_id bigint not null references conversation (id),
    fact varchar(32) not null,
    fact_value varchar(500) not null,
    document_id bigint not null references source_document (id),
    span_start integer not null,
    span_end integer not null
);
create index conversation_fact_conversation on conversation_fact (conversation_id);

create sequence statement_seq start with 1 increment by 50;
create table statement (
    id bigint primary key,
    slug varchar(200) not null unique,
    conversation_id bigint not null references conversation (id),
    speaker_id bigint references leader (id),
    attribution varchar(500),
    kind varchar(16) not null,
    text text not null,
    document_id bigint not null references source_document (id),
    span_start integer not null,
    span_end integer not null,
    remark varchar(200),
    sort_date date not null
);
create index statement_date on statement (sort_date, id);
create index statement_speaker on statement (speaker_id, sort_date, id);
create index statement_conversation on statement (conversation_id, sort_date, id);
create index statement_document on statement (document_id, sort_date, id);
create index statement_remark on statement (remark);

create table statement_topic (
    statement_id bigint not null references statement (id),
    topic_id bigint not null references topic (id),
    primary key (statement_id, topic_id)
);
create index statement_topic_topic on statement_topic (topic_id, statement_id);
