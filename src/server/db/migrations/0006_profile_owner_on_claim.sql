-- A partner claims its profile by accepting an invitation: the first member of an organisation whose
-- profile has no owner becomes the owner (the person asked "still correct?").
CREATE OR REPLACE FUNCTION memberships_claim_profile() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE partner_profiles SET owner_user_id = NEW.user_id
    WHERE organization_id = NEW.organization_id AND owner_user_id IS NULL;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER memberships_claim_profile AFTER INSERT ON memberships
  FOR EACH ROW EXECUTE FUNCTION memberships_claim_profile();
