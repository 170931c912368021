import sys

from msf_desk.cli import main

sys.exit(main())
