ALTER TABLE "actions" ADD COLUMN "rationale" text;--> statement-breakpoint
ALTER TABLE "progress_notes" ADD COLUMN "author_name" text;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "recorded_at" timestamp with time zone;--> statement-breakpoint
-- A review recorded through the API (recorded_at set) is the board's record: the
-- database refuses to change its date or forum, to delete it, or to change or delete
-- any of its ratings, whatever code or person asks.
CREATE FUNCTION recorded_review_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'reviews' THEN
    IF OLD.recorded_at IS NOT NULL AND (TG_OP = 'DELETE' OR NEW.date IS DISTINCT FROM OLD.date OR NEW.forum IS DISTINCT FROM OLD.forum OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at) THEN
      RAISE EXCEPTION 'review % was recorded by the board: % refused', OLD.id, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF EXISTS (SELECT 1 FROM reviews r WHERE r.plan_id = OLD.plan_id AND r.id = OLD.review_id AND r.recorded_at IS NOT NULL) THEN
    RAISE EXCEPTION 'the ratings of review % were recorded by the board: % refused', OLD.review_id, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reviews_recorded_unchangeable
  BEFORE UPDATE OR DELETE ON reviews
  FOR EACH ROW EXECUTE FUNCTION recorded_review_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_ratings_recorded_unchangeable
  BEFORE UPDATE OR DELETE ON review_ratings
  FOR EACH ROW EXECUTE FUNCTION recorded_review_refuse_change();
