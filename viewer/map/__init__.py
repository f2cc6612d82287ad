"""The map canvas: the pyqtgraph view, its layers (base, territories, highlights, labels,
edge pointers, furniture) and how geometries become painter paths."""
