from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene


class _Item(QGraphicsPathItem):
    """Overrides itemChange, as every pyqtgraph item does."""

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        return super().itemChange(change, value)


def test_twenty_thousand_visibility_toggles_survive(qapp):
    # PySide6 6.12.0 on CPython 3.11 aborted with "none_dealloc" after a few thousand of these.
    scene = QGraphicsScene()
    item = _Item()
    scene.addItem(item)
    for i in range(20_000):
        item.setVisible(i % 2 == 0)
    assert not item.isVisible()
