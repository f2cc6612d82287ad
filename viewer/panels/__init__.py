"""The docks and windows around the map: legend, event list, details, timeline strip, date
display, playback and the side-by-side compare view."""
