"""Running the dashboard for a team: PostgreSQL, several replicas and nginx (see README)."""
