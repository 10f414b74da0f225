"""The mutants of one module: small changes to its AST, each a byte range of the source and its replacement.

A comparison flipped (``<`` and ``<=``, ``==`` and ``!=``, ``in`` and ``not in``, ...), ``and``/``or`` swapped,
a number moved by one (an integer) or doubled (a float), a condition negated, a return value replaced, a call
removed, ``+``/``-`` or ``max``/``min`` swapped. Docstrings and strings, annotations, imports and log calls are
left alone: what they change is text, not behaviour.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "billmora_client"
FLIPPED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
SILENT_CALLS = ("logger.", "logging.", "warnings.warn")  # what they change is text, not behaviour


@dataclass(frozen=True)
class Mutant:
    """``module`` with the bytes ``start:end`` (of line ``line``) replaced by ``replacement``."""

    module: str
    line: int
    start: int
    end: int
    replacement: str
    before: str
    after: str
    code: str  # the line changed, as written

    @property
    def label(self) -> str:
        """``file:line: before -> after  | the line``; without its number, it names the mutant as lines move."""
        return f"{PACKAGE}/{self.module}:{self.line}: {self.before} -> {self.after}  | {self.code}"

    def apply(self, source: bytes) -> bytes:
        return source[: self.start] + self.replacement.encode() + source[self.end :]


class _Finder(ast.NodeVisitor):
    """Collects the mutants of one module's source."""

    def __init__(self, module: str, source: bytes) -> None:
        self.module = module
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.starts = [0]
        for text in self.lines:
            self.starts.append(self.starts[-1] + len(text))
        self.found: list[Mutant] = []

    def span(self, node: ast.AST) -> tuple[int, int]:
        start = self.starts[node.lineno - 1] + node.col_offset  # type: ignore[attr-defined]
        end = self.starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[attr-defined]
        return start, end

    def text(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return " ".join(self.source[start:end].decode().split())

    def add(self, node: ast.AST, replacement: str, before: str | None = None, after: str | None = None) -> None:
        start, end = self.span(node)
        line: int = node.lineno  # type: ignore[attr-defined]
        code = self.lines[line - 1].decode().strip()
        after = after or " ".join(replacement.split())
        self.found.append(Mutant(self.module, line, start, end, replacement, before or self.text(node), after, code))

    def replace_expr(self, node: ast.expr, mutated: ast.expr) -> None:
        self.add(node, f"({ast.unparse(mutated)})", after=ast.unparse(mutated))

    # What is never mutated: docstrings and strings, annotations, log calls, imports, ``if TYPE_CHECKING``.
    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) or _silent(self.text(node.value)):
            return
        call = node.value.value if isinstance(node.value, ast.Await) else node.value
        if isinstance(call, ast.Call):
            self.add(node, "pass", after="(call removed)")
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        return

    def visit_Import(self, node: ast.Import) -> None:
        return

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        return

    def visit_arg(self, node: ast.arg) -> None:
        return

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]:
            self.visit(default)
        for statement in node.body:
            self.visit(statement)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if self.text(node.test) != "TYPE_CHECKING":
            self.negate(node.test)
            self.generic_visit(node)

    def visit_While(self, node: ast.While) -> None:
        if not (isinstance(node.test, ast.Constant) and node.test.value is True):
            self.negate(node.test)
        self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self.negate(node.test)
        self.generic_visit(node)

    def negate(self, test: ast.expr) -> None:
        if isinstance(test, ast.Compare | ast.BoolOp | ast.UnaryOp):
            return  # its flipped operators are the negations worth having
        self.add(test, f"(not ({self.source[slice(*self.span(test))].decode()}))", after=f"not ({self.text(test)})")

    def visit_Call(self, node: ast.Call) -> None:
        if _silent(self.text(node.func) + "."):
            return
        if isinstance(node.func, ast.Name) and node.func.id in ("max", "min"):
            swapped = {"max": "min", "min": "max"}[node.func.id]
            self.add(node.func, swapped, after=swapped)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        for index, op in enumerate(node.ops):
            mutated = copy.deepcopy(node)
            mutated.ops[index] = FLIPPED[type(op)]()
            self.replace_expr(node, mutated)
        self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        mutated = copy.deepcopy(node)
        mutated.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        self.replace_expr(node, mutated)
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Not):
            self.replace_expr(node, node.operand)
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.swap_sign(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.swap_sign(node)

    def swap_sign(self, node: ast.BinOp | ast.AugAssign) -> None:
        """``+`` for ``-`` and back, in an expression or an augmented assignment."""
        swapped = {ast.Add: ast.Sub, ast.Sub: ast.Add}.get(type(node.op))
        if swapped is not None:
            mutated = copy.deepcopy(node)
            mutated.op = swapped()
            if isinstance(mutated, ast.BinOp) and isinstance(node, ast.BinOp):
                self.replace_expr(node, mutated)
            else:
                self.add(node, ast.unparse(mutated))
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        value = node.value
        if value is None or (isinstance(value, ast.Constant) and value.value is None):
            return
        if isinstance(value, ast.Constant) and isinstance(value.value, bool):
            self.add(node, f"return {not value.value}")
            return
        self.add(node, "return None")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            return
        changed = value + 1 if isinstance(value, int) else (value * 2 if value else 1.0)
        self.add(node, repr(changed))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)  # an index or slice (``[:1024]`` of a snippet) carries no promise


def _silent(text: str) -> bool:
    return text.startswith(SILENT_CALLS)


def mutants_of(root: Path, module: str) -> list[Mutant]:
    """Every mutant of ``billmora_client/<module>`` under ``root`` that still compiles, in source order."""
    source = (root / PACKAGE / module).read_bytes()
    finder = _Finder(module, source)
    finder.visit(ast.parse(source))
    kept: list[Mutant] = []
    for mutant in sorted(set(finder.found), key=lambda m: (m.start, m.end, m.replacement)):
        try:
            compile(mutant.apply(source), module, "exec")
        except SyntaxError:
            continue
        kept.append(mutant)
    return kept
