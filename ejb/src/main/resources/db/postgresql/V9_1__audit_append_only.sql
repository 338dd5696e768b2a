-- The audit chain is append-only like the ledger: whoever writes to the database cannot change or
-- remove an event (refuse_change() comes from V6_1). Its head moves forward as events are appended,
-- and the seals outside the database catch a head rewritten by someone who gets past this.
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
