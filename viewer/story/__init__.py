"""Stories told with the map: the story editor, presentation mode and printed handouts."""
