"""Pictures of the map for other work: the renderer of export requests (PNG, SVG, PDF), the one
pipeline that writes them (:func:`viewer.export.pipeline.export`, animations as GIF and MP4
included), the page furniture around the map, the headless application scripts draw in, and
the export dialog."""
