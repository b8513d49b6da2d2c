"""Writing lists as councils publish them (xlsx) and deadlines for people's own calendars (ics)."""
