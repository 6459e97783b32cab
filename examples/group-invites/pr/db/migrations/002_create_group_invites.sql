-- Invitations to join a group, sent by email.
CREATE TABLE group_invites (
  id UUID PRIMARY KEY,
  group_id UUID REFERENCES groups(id),
  user_email TEXT NOT NULL,
  status TEXT CHECK (status IN ('pending', 'accepted', 'expired')),
  created_at TIMESTAMP DEFAULT now()
);
