"""Reminders outside the app: an iCalendar file for the person's own calendar."""
