"""Score a worktree's programme extraction on this probe with the scorer probe28, probe29 and probe30 used
(../probe8-programs/score.py), run with that worktree's own package and its own copy of the scorer:

    python docs/audit/probe31-programs/score.py --worktree /path/to/worktree [--misses]

It links the worktree as the package `phakhi` in a temporary folder and runs
`python WORKTREE/docs/audit/probe8-programs/score.py [--misses] THIS-FOLDER` with PYTHONPATH set to it (and
PYTHAINLP_OFFLINE=1, PYTHAINLP_READ_ONLY=1), using the Python that runs this script. Without --worktree it scores
the worktree this file is in.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    args = sys.argv[1:]
    worktree = HERE.parents[2]
    if "--worktree" in args:
        i = args.index("--worktree")
        worktree = Path(args[i + 1]).resolve()
        del args[i:i + 2]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "phakhi").symlink_to(worktree)
        env = dict(os.environ, PYTHONPATH=tmp, PYTHAINLP_OFFLINE="1", PYTHAINLP_READ_ONLY="1")
        scorer = worktree / "docs" / "audit" / "probe8-programs" / "score.py"
        print(f"worktree {worktree}")
        sys.exit(subprocess.run([sys.executable, str(scorer), *args, str(HERE)], env=env).returncode)


if __name__ == "__main__":
    main()
