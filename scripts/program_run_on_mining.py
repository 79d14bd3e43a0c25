"""What the miners of a programme name's run-on share (mine_program_continuations.py: the pieces and whole rests
written after a name in most of its releases; mine_program_recurring.py: the longer names written whole where a
release cuts them at a space): the rules' names with the list being rebuilt set aside (`set_aside`), the names they
end in a text with the words before their prefix (`ended_runs`), and each name run on piece by piece
(`run_on`: `program_continuations.continuation_piece`). graph/extract/program_continuations.py `continued_end` runs
a name on with the rows of both files.
"""

from __future__ import annotations

import functools

from phakhi.graph.extract import program_continuations, program_ends, program_words

BEFORE = 6  # characters before a prefix read as the word before it


def set_aside(*tables: str):
    """A decorator: its miner runs the rules as if the mined lists named (`program_continuations` functions:
    "mined_continuations", "mined_whole", "recurring_names", "named_counts") were empty, and puts them back when it
    is done (as mine_programs.mine does), so a process that goes on extracting (the tests) reads the shipped lists
    again: a rebuild does not depend on the file it replaces, nor on a list the extractor reads after it."""
    def decorate(mine):
        @functools.wraps(mine)
        def mine_aside(*args, **kwargs):
            shipped = {table: getattr(program_continuations, table) for table in tables}
            for table in tables:
                empty = frozenset() if table == "recurring_names" else {}
                setattr(program_continuations, table, lambda empty=empty: empty)
            try:
                return mine(*args, **kwargs)
            finally:
                for table, read in shipped.items():
                    setattr(program_continuations, table, read)
        return mine_aside
    return decorate


def ended_runs(text: str):
    """(where a program prefix starts, where the rules end its name, the BEFORE characters before the prefix) for
    each run after a program prefix in `text` whose name is long enough to be one."""
    for m in program_words.prefix_pattern().finditer(text):
        stop = program_words.NAME_RUN.match(text, m.end()).end()
        if stop == m.end():
            continue
        end = program_ends.name_end(text, m.start(), m.end(), stop)
        if end is not None and end - m.end() >= program_words.MIN_REST:
            yield m.start(), end, text[max(0, m.start() - BEFORE):m.start()]


def run_on(text: str, end: int, pieces: int, spaced: bool = False):
    """(how many pieces the name ending at `end` has been run on with, where it ends, the piece after it or None) for
    the name and for it run on with one piece after another, up to `pieces` pieces; with `spaced`, only pieces after
    a space ("… เชื่อม"), not the rest of the run the name ends inside."""
    for k in range(pieces + 1):
        piece = program_continuations.continuation_piece(text, end)
        yield k, end, piece
        if piece is None or spaced and not piece.startswith(" "):
            break
        end += len(piece)
