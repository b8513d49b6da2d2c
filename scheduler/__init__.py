"""The scheduler only ticks: a few fixed sweep jobs; the database knows what is due and what was sent."""
