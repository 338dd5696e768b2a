-- Work that one node of a cluster does at a time (the overdue sweep): the node holding the row's
-- lock does it, the others wait and then find it done.
CREATE TABLE cluster_lock (
  name VARCHAR(40) PRIMARY KEY
);
INSERT INTO cluster_lock (name) VALUES ('overdue-work');
