"""Small reusable widgets for forms."""
