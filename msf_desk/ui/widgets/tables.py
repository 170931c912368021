"""The look every read-only record table and toolbar on the pages shares."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QToolBar,
                               QToolTip)


class RecordTable(QTableView):
    """A QTableView that measures a column's contents once for the rows as they are.

    A column that fits its contents (and the column fitter below) is measured by Qt with
    sizeHintForColumn, which asks the model for several roles of every row, up to the
    header's precision (1,000 rows); Qt measures again at each layout and each change of
    width while the window settles, about ten times when a page is first shown (420 members:
    over 100,000 calls of the model, seconds of a frozen window). The measure is kept until
    what it depends on changes: the rows or their words (the model's signals), the model, the
    font, style or language, the grid, the wrapping, the column's delegate and, beyond the
    precision (when Qt measures the rows in view and their neighbours), the scroll position
    and the size."""

    # Set True when a cell's size depends on its words alone (no icon, check box, font or size
    # of its own, one line, no editor left open): a column is then measured by asking the
    # delegate only for the cells whose words are the widest in the font (Qt asks it for every
    # row, several roles each through the sort proxy: most of the Members page's first show).
    # The width is the same: the delegate's own measure of the widest cells.
    measure_by_text = False
    TEXT_SLACK = 4    # pixels: every text within this of the widest words is measured by the delegate

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._measured: dict[int, tuple[tuple, int]] = {}
        self._by_words: dict[int, tuple[tuple, frozenset, int]] = {}   # measure_by_text: (key, words, width)
        self._watched = None

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        if self._watched is not None:
            for signal in self._signals(self._watched):
                try:
                    signal.disconnect(self.forget_measures)
                except (RuntimeError, TypeError):
                    pass
        # Before Qt's own connections: a column fitting its contents is measured again as the
        # rows change, after the old measure is forgotten.
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.forget_measures)
        self._watched = model
        self._measured.clear()
        self._by_words.clear()
        super().setModel(model)

    @staticmethod
    def _signals(model):
        return (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                model.columnsInserted, model.columnsRemoved, model.columnsMoved, model.dataChanged,
                model.headerDataChanged)

    def forget_measures(self, *_args) -> None:
        self._measured.clear()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange, QEvent.LanguageChange, QEvent.LayoutDirectionChange):
            self._measured.clear()
            self._by_words.clear()
        super().changeEvent(event)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 (Qt's name)
        model = self.model()
        if model is None:
            return super().sizeHintForColumn(column)
        precision = self.horizontalHeader().resizeContentsPrecision()
        key = (self.font().key(), self.showGrid(), self.wordWrap(), id(self.itemDelegateForColumn(column)))
        if precision == 0 or 0 <= precision < model.rowCount():
            key += (self.isVisible(), self.verticalScrollBar().value(), self.viewport().size().toTuple())
        kept = self._measured.get(column)
        if kept is not None and kept[0] == key:
            return kept[1]
        hint = None
        if self.measure_by_text and 0 < model.rowCount() <= precision:
            hint = self._measure_by_text(column, key)
        if hint is None:
            hint = super().sizeHintForColumn(column)
        self._measured[column] = (key, hint)
        return hint

    def _measure_by_text(self, column: int, key: tuple = ()) -> int | None:
        """Qt's measure of the column (every row shown, as sizeHintForColumn measures up to the
        header's precision), asking the delegate only for the cells whose words are within
        TEXT_SLACK pixels of the widest; None when a row is hidden or a cell holds more than
        one line (Qt measures those itself). The same words (the rows sorted, filtered to the
        same words, or read again unchanged) in the same font and look (`key`) measure the same:
        kept, they are not measured again."""
        model = self.model()
        count = model.rowCount()
        if self.verticalHeader().hiddenSectionCount():
            return None
        source, rows, texts = _column_texts(model, column, count)
        if texts is None:
            source, rows = model, range(count)
            display = Qt.DisplayRole
            texts = [model.index(row, column).data(display) for row in rows]
        if any(isinstance(text, str) and "\n" in text for text in texts):
            return None
        self.ensurePolished()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        advance = QFontMetrics(option.font).horizontalAdvance
        first_row: dict[str, int] = {}      # each text once: the same words measure the same
        for row, text in zip(rows, texts):
            first_row.setdefault("" if text is None else str(text), row)
        words = frozenset(first_row)
        kept = self._by_words.get(column)
        if kept is not None and kept[0] == key and kept[1] == words:
            return kept[2]
        widths = {text: advance(text) for text in first_row}
        widest = max(widths.values())
        hint = 0
        for text, row in first_row.items():
            if widths[text] >= widest - self.TEXT_SLACK:
                index = source.index(row, column)
                if source is not model:
                    index = model.mapFromSource(index)
                hint = max(hint, self.itemDelegateForIndex(index).sizeHint(option, index).width())
        hint = hint + 1 if self.showGrid() else hint
        self._by_words[column] = (key, words, hint)
        return hint


def _column_texts(model, column: int, count: int):
    """(the model the rows are numbered in, the rows shown, their words in the column) read
    straight from the model when it offers them (`column_texts`), through a sort proxy whose
    filter is its own Python method (the rows it accepts); (None, None, None) otherwise.
    Reading each cell through the proxy costs several Python calls of the model per row (its
    index, its row and column counts, its data)."""
    proxy = isinstance(model, QSortFilterProxyModel)
    source = model.sourceModel() if proxy else model
    if source is None or not hasattr(source, "column_texts"):
        return None, None, None
    texts = source.column_texts(column)
    rows = range(len(texts))
    if len(texts) != count:
        if not proxy or type(model).filterAcceptsRow is QSortFilterProxyModel.filterAcceptsRow:
            return None, None, None
        root = QModelIndex()
        rows = [row for row in rows if model.filterAcceptsRow(row, root)]
        if len(rows) != count:
            return None, None, None
        texts = [texts[row] for row in rows]
    return source, rows, texts


def record_table(name: str, model=None, view: QTableView | None = None, *,
                 word_wrap: bool | None = None) -> QTableView:
    """A table of records: whole rows selected one at a time, edited through dialogs only.

    Pass `view` to set up a QTableView subclass (e.g. one that accepts drops; derive it from
    RecordTable to keep its columns' measures).
    """
    view = view if view is not None else RecordTable()
    view.setObjectName(name)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if word_wrap is not None:
        view.setWordWrap(word_wrap)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    show_cut_text(view)
    return view


def show_cut_text(view: QTableView) -> QTableView:
    """A cell whose text is cut ("Parliament — Committee on P…") shows it whole in a tooltip
    when the pointer rests on it (unless the model gives the cell a tooltip of its own)."""
    if getattr(view, "_cut_text_tips", None) is None:
        view._cut_text_tips = _CutTextTips(view)
    return view


class _CutTextTips(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.ToolTip:
            return False
        view = self.view
        index = view.indexAt(event.pos())
        text = index.data(Qt.DisplayRole) if index.isValid() else None
        if not isinstance(text, str) or not text or not is_cut(view, index):
            return False
        own = index.data(Qt.ToolTipRole)
        if isinstance(own, str) and own and text in own:
            return False                  # the model's own tooltip already says it whole
        tip = f"{text}\n\n{own}" if isinstance(own, str) and own else text
        QToolTip.showText(event.globalPos(), tip, view.viewport(), view.visualRect(index))
        return True


def is_cut(view: QTableView, index) -> bool:
    """Whether the cell at `index` is narrower than its text needs (on one line)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return view.visualRect(index).width() < needed


def text_toolbar(*actions: QAction | None) -> QToolBar:
    """A toolbar of words, not icons; None puts a separator."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    for action in actions:
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    return bar


MIN_TEXT_WIDTH = 160   # below this a title or a text reads as "F…"


def fit_columns(view: QTableView, stretch: int | tuple[int, ...], *, interactive: tuple[int, ...] = (),
                optional: tuple[int, ...] = (), min_text: int = MIN_TEXT_WIDTH) -> QTableView:
    """The table's text column(s) take the spare width; the others fit their contents
    (`interactive` ones start at their contents and can be dragged). When the window is
    too narrow for the text column to keep `min_text` pixels, the `optional` columns
    (what the page also shows elsewhere, e.g. in the detail beside the table) are hidden,
    first listed first, and come back when there is room. So a title or a text is never
    the column squeezed to "F…" on a narrow screen. The fitter measures columns often: give it
    a RecordTable, which keeps each column's measure until its rows change."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    for column in interactive:
        header.setSectionResizeMode(column, QHeaderView.Interactive)
    stretched = (stretch,) if isinstance(stretch, int) else tuple(stretch)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.Stretch)
    view.setProperty("text_columns", list(stretched))
    show_cut_text(view)
    view.setProperty("min_text_width", min_text)
    if optional:
        view._column_fitter = _ColumnFitter(view, stretched, optional, min_text)
    return view


class _ColumnFitter(QObject):
    """Hides a table's optional columns while the text column would be too narrow."""

    def __init__(self, view: QTableView, text_columns: tuple[int, ...], optional: tuple[int, ...],
                 min_text: int) -> None:
        super().__init__(view)
        self.view, self.text_columns, self.optional, self.min_text = view, text_columns, optional, min_text
        self.hidden: set[int] = set()
        self.widths: dict[int, int] = {}     # an interactive column's own width, kept while it is hidden
        self.fitted: dict[int, tuple[int, int]] = {}   # shown again: (the width fitted, its own width)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
                signal.connect(self.refit)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        # Only a change of width: a horizontal scroll bar coming or going changes the height,
        # which shows other rows, whose widths would decide again (and again: in an Arabic
        # window the Meetings table hid and showed a column for ever).
        kind = event.type()
        if kind == QEvent.Resize and event.size().width() != event.oldSize().width():
            self.refit()
        elif kind == QEvent.Show:
            self.refit()     # a tab shown again: its rows measured while hidden may differ
        return False

    def _width(self, column: int) -> int:
        """The room a column takes when shown, measured on what it holds now (its rows may
        have changed while it was hidden), as it will be when it comes back. An interactive
        column's width is its own (dragged, or a share the page gave it, such as the papers'
        links): hidden, it comes back no wider than that, and narrower when its contents now
        need less."""
        header = self.view.horizontalHeader()
        if header.sectionResizeMode(column) == QHeaderView.Interactive:
            if header.isSectionHidden(column):
                return min(self._in_view(column), self.widths.get(column, header.defaultSectionSize()))
            return header.sectionSize(column)
        # Qt's own measure, which it applies when the column is shown (the header's own
        # size hint is 0 for a hidden section: its words are measured from their contents).
        words = (header.sectionSizeFromContents(column).width() if header.isSectionHidden(column)
                 else header.sectionSizeHint(column))
        return max(self.view.sizeHintForColumn(column), words)

    def _in_view(self, column: int) -> int:
        """What an interactive column needs for its header and the rows in view: never measured
        from every row, which a table of 100,000 contributions would have to read."""
        view, header, rows = self.view, self.view.horizontalHeader(), self.view.verticalHeader()
        need = header.sectionSizeFromContents(column).width()
        model = view.model()
        first = max(rows.visualIndexAt(0), 0)
        last = rows.visualIndexAt(view.viewport().height() - 1)
        last = min(model.rowCount(), first + 60) - 1 if last < 0 else last
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        for visual in range(first, last + 1):
            index = model.index(rows.logicalIndex(visual), column)
            need = max(need, view.itemDelegateForIndex(index).sizeHint(option, index).width() + 1)
        return need

    SLACK = 24   # pixels more than needed before a hidden column comes back (no flicker at the edge)

    def refit(self, *_args) -> None:
        if getattr(self, "_fitting", False):
            return
        self._fitting = True
        try:
            self._refit()
        finally:
            self._fitting = False

    def _refit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        if model is None:
            return
        room = view.viewport().width()
        fixed = [c for c in range(model.columnCount()) if c not in self.text_columns
                 and (not header.isSectionHidden(c) or c in self.hidden)]
        widths = {c: self._width(c) for c in fixed}
        need = self.min_text * len(self.text_columns)
        hide: set[int] = set()
        for column in self.optional:
            if room - sum(w for c, w in widths.items() if c not in hide) >= need:
                break
            hide.add(column)
        back = [c for c in self.optional if c in self.hidden and c not in hide]
        if back and room - sum(w for c, w in widths.items() if c not in hide) < need + self.SLACK:
            hide |= set(back)        # only just enough room: they stay hidden
        for column in set(self.optional):
            if column in hide and not header.isSectionHidden(column):
                if header.sectionResizeMode(column) == QHeaderView.Interactive:
                    fitted, share = self.fitted.pop(column, (None, None))
                    # Its own width: as dragged, or the share it had if only fitted by us since.
                    self.widths[column] = share if header.sectionSize(column) == fitted else header.sectionSize(column)
                view.setColumnHidden(column, True)
            elif column not in hide and column in self.hidden:
                view.setColumnHidden(column, False)
                if header.sectionResizeMode(column) == QHeaderView.Interactive:
                    # Back fitting its contents as they are now, within its own width (Qt fits
                    # the other columns itself).
                    header.resizeSection(column, widths[column])
                    self.fitted[column] = (widths[column], self.widths.get(column, widths[column]))
        self.hidden = hide


def select_row(view: QTableView, row: int) -> None:
    """Select a whole row and make it current, as QTableView.selectRow does, in a right-to-left
    window too: there selectRow looks for the first column at the viewport's far edge, finds
    none, and selects nothing (so an Arabic window opened with no meeting or member chosen)."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    header = view.horizontalHeader()
    column = next((c for c in range(model.columnCount()) if not header.isSectionHidden(c)), 0)
    index = model.index(row, column)
    flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
    if view.selectionBehavior() != QAbstractItemView.SelectRows:
        flags = QItemSelectionModel.ClearAndSelect
    view.selectionModel().setCurrentIndex(index, flags)
