"""The Qt-free core: the atlas and its dates, the map model (what is true and shown at a date),
describe, validate, stories as data, export options, safe file writing and all wording shared
by the views. Tested without a display; import-linter keeps Qt out of it."""
