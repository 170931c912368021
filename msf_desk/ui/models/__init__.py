"""Table models (QAbstractTableModel) over core queries, one module per area."""
