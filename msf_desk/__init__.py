"""MSF Desk: the secretariat's desk for a multi-stakeholder forum."""

__version__ = "0.1.0"
APP_NAME = "MSF Desk"
