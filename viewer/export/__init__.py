"""Pictures of the map for other work: snapshots (PNG, SVG, PDF), animations (GIF, MP4), the
page furniture around them (title, legend, scale, credits) and the export dialog."""
