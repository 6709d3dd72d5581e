CREATE TABLE "actions" (
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"area_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"lead" text NOT NULL,
	"lead_name" text,
	"deadline" text,
	"deadline_text" text,
	"rating" text,
	"rated_on" date,
	"measure_ids" text[],
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_plan_id_id_pk" PRIMARY KEY("plan_id","id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"plan_id" text,
	"role" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_name_unique" UNIQUE("name"),
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"short_title" text,
	"source" text,
	CONSTRAINT "areas_plan_id_id_pk" PRIMARY KEY("plan_id","id"),
	CONSTRAINT "areas_number_positive" CHECK ("areas"."number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"event" text NOT NULL,
	"actor_user_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text,
	"plan_id" text,
	"action_id" text,
	"field" text,
	"from_value" jsonb,
	"to_value" jsonb,
	"reason" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "measure_points" (
	"plan_id" text NOT NULL,
	"measure_id" text NOT NULL,
	"position" integer NOT NULL,
	"period_end" date NOT NULL,
	"period_label" text,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"lower" double precision,
	"upper" double precision,
	"status" text,
	"note" text,
	CONSTRAINT "measure_points_plan_id_measure_id_position_pk" PRIMARY KEY("plan_id","measure_id","position")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"area_ids" text[] NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"frequency" text NOT NULL,
	"decimals" integer,
	"target" jsonb,
	"definition" text,
	"source" text,
	"outside_control" boolean,
	"comparators" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_plan_id_id_pk" PRIMARY KEY("plan_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_members" (
	"plan_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"lead_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_members_plan_id_user_id_pk" PRIMARY KEY("plan_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"organisation" text NOT NULL,
	"status" text NOT NULL,
	"version" text,
	"published_on" date,
	"review_cadence" text,
	"rating_definitions" jsonb,
	"as_of" timestamp with time zone NOT NULL,
	"actions_as_of" timestamp with time zone NOT NULL,
	"reviews_as_of" timestamp with time zone NOT NULL,
	"measures_as_of" timestamp with time zone NOT NULL,
	"revision" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_notes" (
	"plan_id" text NOT NULL,
	"action_id" text NOT NULL,
	"position" integer NOT NULL,
	"date" date,
	"text" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_notes_plan_id_action_id_position_pk" PRIMARY KEY("plan_id","action_id","position")
);
--> statement-breakpoint
CREATE TABLE "review_ratings" (
	"plan_id" text NOT NULL,
	"review_id" text NOT NULL,
	"position" integer NOT NULL,
	"action_id" text NOT NULL,
	"rating" text,
	"rationale" text,
	CONSTRAINT "review_ratings_plan_id_review_id_action_id_pk" PRIMARY KEY("plan_id","review_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"date" date NOT NULL,
	"forum" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_plan_id_id_pk" PRIMARY KEY("plan_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"display_name" text NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_plan_id_area_id_areas_plan_id_id_fk" FOREIGN KEY ("plan_id","area_id") REFERENCES "public"."areas"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_points" ADD CONSTRAINT "measure_points_plan_id_measure_id_measures_plan_id_id_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_members" ADD CONSTRAINT "plan_members_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_members" ADD CONSTRAINT "plan_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_notes" ADD CONSTRAINT "progress_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_notes" ADD CONSTRAINT "progress_notes_plan_id_action_id_actions_plan_id_id_fk" FOREIGN KEY ("plan_id","action_id") REFERENCES "public"."actions"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_ratings" ADD CONSTRAINT "review_ratings_plan_id_review_id_reviews_plan_id_id_fk" FOREIGN KEY ("plan_id","review_id") REFERENCES "public"."reviews"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_plan_position" ON "actions" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "audit_log_plan_action" ON "audit_log" USING btree ("plan_id","action_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_points_period" ON "measure_points" USING btree ("plan_id","measure_id","period_end");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_issuer_subject" ON "users" USING btree ("issuer","subject");