"""Undoable edits (QUndoCommand) that call core, one module per area."""
