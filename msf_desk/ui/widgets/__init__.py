"""Small reusable widgets (painted charts, panels) shared by pages."""
