"""MSF Desk: the secretariat's desk for a multi-stakeholder forum."""

__version__ = "0.1.0"
APP_NAME = "MSF Desk"

import time as _time

LOADED_AT = _time.perf_counter()   # when MSF Desk was first loaded (start-up timings count from here)
