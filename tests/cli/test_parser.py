"""The command line loads only the module of the command it runs: its table of commands must
name, for every command (and every kind of `export` and `check`), the module that registers it."""
from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import subprocess
import sys

import pytest

from msf_desk import cli


def _registered() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers(dest="command")
        importlib.import_module(name).register(sub)
        for command, parser in sub.choices.items():
            kinds = getattr(parser, "_msf_kinds", None)
            for key in ([f"{command} {kind}" for kind in kinds.choices] if kinds is not None else [command]):
                assert key not in found, f"{key} is registered by {found.get(key)} and {name}"
                found[key] = name.rsplit(".", 1)[1]
    return found


def test_the_table_of_commands_names_the_module_of_every_command():
    # `check` gathers options from several modules, so it is parsed by the whole parser.
    assert cli.COMMANDS == {k: v for k, v in _registered().items() if not k.startswith("check ")}


@pytest.mark.parametrize("argv", [
    ["export", "pack", "--db", "f.msf", "--meeting", "3", "--format", "pdf", "--out", "o"],
    ["--language", "fr", "members", "list", "--db", "f.msf"],
    ["minutes", "show", "--db", "f.msf", "--meeting", "2", "--json"],
    ["export", "responses", "--db", "f.msf", "--consultation", "1", "--out", "o", "--language", "fr"],
])
def test_a_command_parses_the_same_with_only_its_module(argv):
    module = cli._module_of(argv)
    assert module is not None
    whole = vars(cli.build_parser().parse_args(argv))
    alone = vars(cli.build_parser(only=module).parse_args(argv))
    assert {k: v for k, v in alone.items() if k != "handler"} == {k: v for k, v in whole.items() if k != "handler"}
    assert alone["handler"] is whole["handler"]


@pytest.mark.parametrize("argv", [["--help"], ["export"], ["export", "--help"], ["exprot", "pack"],
                                  ["export", "pakc"], ["check", "regularity", "--db", "f.msf"], []])
def test_help_and_mistakes_use_the_whole_parser(argv):
    assert cli._module_of(argv) is None


def test_exporting_a_pack_loads_no_other_command_module(tmp_path):
    code = ("import sys\nfrom msf_desk import cli\n"
            "try:\n    cli.main(['export', 'pack', '--db', sys.argv[1], '--meeting', '1', '--format', 'pdf', "
            "'--out', sys.argv[2]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('msf_desk.cli.')))\n")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "none.msf"), str(tmp_path)],
                          capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert "There is no forum file" in proc.stderr       # the command ran (and said so in words)
    assert proc.stdout.strip() == "['msf_desk.cli.common', 'msf_desk.cli.kept_patterns', 'msf_desk.cli.meetings']"


def test_argparse_asks_gettext_for_each_of_its_words_once(monkeypatch):
    # gettext looks for a catalogue on disk at each question; the same question, the same answer.
    import gettext

    argv = ["export", "pack", "--db", "f.msf", "--meeting", "3", "--format", "pdf", "--out", "o"]
    cli.build_parser(only=cli._module_of(argv)).parse_args(argv)
    looked = []
    real = gettext.find
    monkeypatch.setattr(gettext, "find", lambda *args, **kwargs: looked.append(args) or real(*args, **kwargs))
    parser = cli.build_parser(only=cli._module_of(argv))
    assert vars(parser.parse_args(argv))["meeting"] == 3
    assert looked == []
    assert "show this help message and exit" in parser.format_help()


def _command_paths(parser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield prefix + (name,)
                yield from _command_paths(sub, prefix + (name,))


def _parsed(parser, argv):
    """What parsing argv prints and its exit code (or the values parsed)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            values = vars(parser.parse_args(argv))
        except SystemExit as exc:
            return exc.code, out.getvalue(), err.getvalue()
    return 0, values, err.getvalue()


def test_every_command_parses_helps_and_errs_the_same_with_only_its_own_parser():
    # A command line that runs one command makes only that command's parser (common.OneCommand):
    # its help, its mistakes and its values must be those of the whole parser, for every command
    # and subcommand.
    whole = cli.build_parser()
    paths = list(_command_paths(whole))
    assert len(paths) > 60
    compared = 0
    for path in paths:
        for tail in (["--help"], [], ["--bogus"], ["--db"], ["--meeting", "x"], ["--format"],
                     ["--language", "zz"], ["--db", "f.msf", "--out", "o", "--meeting", "3", "--json"]):
            argv = ["--language", "fr", *path, *tail] if len(tail) == 1 else [*path, *tail]
            command = cli._command_of(argv)
            if command is None:
                continue
            alone = cli.build_parser(only=cli._module_of(argv), command=command)
            assert _parsed(alone, argv) == _parsed(whole, argv), argv
            compared += 1
    assert compared > 500


def test_a_command_line_that_runs_one_command_makes_only_its_parser():
    argv = ["export", "pack", "--db", "f.msf", "--meeting", "3", "--format", "pdf", "--out", "o"]
    assert cli._command_of(argv) == ["export", "pack"]
    parser = cli.build_parser(only=cli._module_of(argv), command=cli._command_of(argv))
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(commands.choices) == ["export"]
    kinds = commands.choices["export"]._actions[-1]      # its KIND subcommands
    assert list(kinds.choices) == ["pack"]
    argv = ["meetings", "list", "--db", "f.msf"]
    parser = cli.build_parser(only=cli._module_of(argv), command=cli._command_of(argv))
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(commands.choices) == ["meetings"]
    assert vars(parser.parse_args(argv))["handler"].__name__ == "cmd_list"
