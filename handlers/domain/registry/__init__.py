"""The role registry: who is who, who is opdrachtgever of what, who goes where."""
