"""The msf-desk program: `python -m msf_desk`, the installed `msf-desk` command (pyproject's
entry point) and the built program (build.spec) all start here."""
import gc
import sys


def main() -> int:
    """Run the program with the process's own arguments (msf_desk.cli.main); its exit code."""
    # Loading the command line's modules (records, rules, SQLite's and the standard library's
    # modules with them) makes tens of thousands of objects that live as long as the process and
    # almost no garbage; Python's cycle collector would walk them again and again as they load
    # (some 6 million instructions at each start). It is off while they load. A command then
    # runs with it on, as before; the window's start keeps it off until its first page is shown
    # (msf_desk.app.run_gui turns it off at once in any case).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from msf_desk.cli import main as run
    finally:
        if collecting and not _window_start():
            gc.enable()
    return run()


def _window_start() -> bool:
    """True when the process's arguments open the window (no command): see msf_desk.cli."""
    cli = sys.modules.get("msf_desk.cli")
    return cli is not None and cli._opens_the_window(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
