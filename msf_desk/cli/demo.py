"""`msf-desk demo`: write the demo forum."""
from __future__ import annotations

import argparse
from msf_desk.model.messages import M_


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="write a realistic demo forum")
    demo.add_argument("--db", metavar="PATH", required=True, help="where to write it")
    demo.add_argument("--scale", choices=("small", "large"), default="small",
                      help="large adds hundreds of members (and, later, many records) for benchmarks")
    demo.add_argument("--seed", type=int, default=7, help="random seed (the same seed writes the same forum)")
    demo.add_argument("--force", action="store_true", help="replace an existing MSF Desk forum (a checked copy of it is kept beside it first)")
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args) -> int:
    from pathlib import Path

    from msf_desk.demo import build_demo, set_aside

    if args.force and Path(args.db).exists():
        kept = set_aside(Path(args.db))
        print(M_("Kept a copy of the forum it replaces: {path}").format(path=kept))
    build_demo(args.db, scale=args.scale, seed=args.seed, force=args.force)
    print(M_("Wrote the demo forum to {path}").format(path=args.db))
    return 0
