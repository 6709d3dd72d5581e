-- Change notifications for the server's in-memory caches (server/storage/database-changes.ts).
-- At commit, PostgreSQL tells every session that LISTENs:
--   plan_changed: a plan row was added, changed (every write to a plan gives it a new
--     revision) or removed; the payload is the plan id, or '' when the table was truncated;
--   auth_changed: a session was revoked or removed, or a user or their grants changed.
-- A rolled-back transaction notifies nobody. Nothing listens on a PostgreSQL server
-- today (the server reads per request there); the embedded database's single process does.
CREATE FUNCTION notify_plan_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('plan_changed', '');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('plan_changed', OLD.id);
  ELSE
    PERFORM pg_notify('plan_changed', NEW.id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plans_notify_changed
  AFTER INSERT OR UPDATE OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION notify_plan_changed();
--> statement-breakpoint
CREATE TRIGGER plans_notify_truncated
  AFTER TRUNCATE ON plans
  FOR EACH STATEMENT EXECUTE FUNCTION notify_plan_changed();
--> statement-breakpoint
CREATE FUNCTION notify_auth_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('auth_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_notify_revoked
  AFTER UPDATE OF revoked_at, expires_at OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_notify_changed
  AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER plan_members_notify_changed
  AFTER INSERT OR UPDATE OR DELETE ON plan_members
  FOR EACH ROW EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_notify_truncated
  AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_notify_truncated
  AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER plan_members_notify_truncated
  AFTER TRUNCATE ON plan_members
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
