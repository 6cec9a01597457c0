"""The journal as a FHIR R4 Bundle, for a personal health record (`export fhir`)."""
