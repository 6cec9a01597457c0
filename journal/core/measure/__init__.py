"""Measuring on photos: calibration by a reference of known size, sizes with their uncertainty,
and lining up two photos of a site."""
