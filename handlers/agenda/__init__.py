"""The PO and college agenda: schedule, rendering and announcements, shared by commands and the sweep."""
