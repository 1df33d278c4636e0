CREATE TABLE "map_organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"external_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "map_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"map_organisation_id" uuid NOT NULL,
	"region_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"free" boolean DEFAULT false NOT NULL,
	"eligibility" text DEFAULT '' NOT NULL,
	"location_name" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"neighbourhood" text DEFAULT '' NOT NULL,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_role" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"external_id" uuid,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('sd_dutch'::regconfig, "map_service"."name" || ' ' || "map_service"."keywords"), 'A') || setweight(to_tsvector('sd_dutch'::regconfig, "map_service"."description" || ' ' || "map_service"."eligibility"), 'B') || setweight(to_tsvector('sd_dutch'::regconfig, "map_service"."neighbourhood" || ' ' || "map_service"."city" || ' ' || "map_service"."location_name"), 'C')) STORED,
	"fuzzy" text GENERATED ALWAYS AS (lower("map_service"."name" || ' ' || "map_service"."keywords")) STORED
);
--> statement-breakpoint
CREATE TABLE "warm_handover" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"contact_name" text NOT NULL,
	"initials" text DEFAULT '' NOT NULL,
	"remind_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "map_organisation" ADD CONSTRAINT "map_organisation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_service" ADD CONSTRAINT "map_service_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_service" ADD CONSTRAINT "map_service_map_organisation_id_map_organisation_id_fk" FOREIGN KEY ("map_organisation_id") REFERENCES "public"."map_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_service" ADD CONSTRAINT "map_service_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_service" ADD CONSTRAINT "map_service_verified_by_user_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warm_handover" ADD CONSTRAINT "warm_handover_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warm_handover" ADD CONSTRAINT "warm_handover_service_id_map_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."map_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warm_handover" ADD CONSTRAINT "warm_handover_member_id_user_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "map_organisation_org_idx" ON "map_organisation" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "map_service_org_name_idx" ON "map_service" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "map_service_org_neighbourhood_idx" ON "map_service" USING btree ("organisation_id","neighbourhood");--> statement-breakpoint
CREATE INDEX "map_service_provider_idx" ON "map_service" USING btree ("map_organisation_id");--> statement-breakpoint
CREATE INDEX "map_service_search_idx" ON "map_service" USING gin ("search");--> statement-breakpoint
CREATE INDEX "map_service_fuzzy_idx" ON "map_service" USING gist ("fuzzy" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "warm_handover_member_idx" ON "warm_handover" USING btree ("organisation_id","member_id");