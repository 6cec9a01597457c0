"""The colour that marks an alert, in the charts, the window's banner and the site badges.

A module of its own so the window's banner and badges take it without loading the chart
drawing code (`figures`) at start-up.
"""

ALERT_COLOUR = "#c0392b"
