"""Qt widgets only: read through core, write through undoable commands."""
