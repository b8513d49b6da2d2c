"""Reminders, escalation and digests: pure rules over FollowUp values and a clock.

The database (through the ReminderRepository port) holds what was sent; these modules only say
what *should* be sent at a given moment, each with a unique delivery key.
"""
