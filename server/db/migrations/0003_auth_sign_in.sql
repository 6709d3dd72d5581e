CREATE TABLE "login_attempts" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "every_plan_role" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "every_plan_lead_keys" text[] DEFAULT '{}'::text[] NOT NULL;