"""Edit dialogs with validation shown on the field."""
