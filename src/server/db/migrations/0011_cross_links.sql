-- References between the modules that were built side by side (rooms 0008, offerings 0009): an
-- offering or one of its sessions takes place in a room, a booking belongs to an offering's session.
-- Rooms are removed softly (removed_at), so a room reference never dangles; sessions are rebuilt when a
-- schedule changes, so a booking then simply loses its session link and keeps its time.
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_room_fk" FOREIGN KEY ("room_id") REFERENCES "rooms"("id");--> statement-breakpoint
ALTER TABLE "offering_sessions" ADD CONSTRAINT "offering_sessions_room_fk" FOREIGN KEY ("room_id") REFERENCES "rooms"("id");--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_offering_fk" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_offering_session_fk" FOREIGN KEY ("offering_session_id") REFERENCES "offering_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX "offering_sessions_room_idx" ON "offering_sessions" ("room_id", "starts_at") WHERE "room_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "room_bookings_offering_idx" ON "room_bookings" ("offering_id") WHERE "offering_id" IS NOT NULL;
