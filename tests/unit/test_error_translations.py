"""Every error message the code can raise has a Russian template in resources/translations/ru/errors.json."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "workbench"
CATALOGUE = ROOT / "resources" / "translations" / "ru" / "errors.json"

# Raise sites whose message is not a literal or an f-string, with why that is fine.
# Keys are "path:function"; each is checked to still exist, so the list cannot go stale silently.
ALLOWLIST: dict[str, str] = {
    "workbench/store/project.py:create_project": "message built by _cannot_connect (a message builder below)",
    "workbench/store/project.py:_open_checked": "message built by _cannot_connect (a message builder below)",
    "workbench/ui/undo.py:_plainly": "message built by unreachable_message (a message builder below)",
    "workbench/ui/procworker.py:start": "already in the UI's language (QCoreApplication.translate)",
    "workbench/ui/procworker.py:submit": "already in the UI's language (QCoreApplication.translate)",
    "workbench/ui/undo.py:resolve_stale": "already in the UI's language (QCoreApplication.translate)",
    "workbench/ui/dialogs/new_project_steps.py:work": "already in the UI's language (self.tr)",
}

# Functions that build an error message for a raise elsewhere: each string they return is a template.
MESSAGE_BUILDERS = {
    "workbench/store/project.py:_cannot_connect",
    "workbench/store/team.py:unreachable_message",
    "workbench/store/versioning.py:_message",
    "workbench/store/lock.py:_holder_text",
}

# Lists whose lines an error message joins ("3 rows cannot be used ...: row 2: no name; row 5: ..."):
# each string appended to them is a template too.
MESSAGE_PARTS = {
    "workbench/backlog/surveys.py": "problems",
    "workbench/backlog/capabilities.py": "problems",
    "workbench/interviews/qdpx_import.py": "skipped",
}

# Calls in a placeholder that only format their one argument: "{_mb(size)}" is named "size".
_WRAPPERS = {"len", "repr", "str", "_mb", "int", "float", "round", "sorted", "list", "tuple"}


def _source_files() -> list[Path]:
    """The whole package: the domain code mostly, and the few English messages the UI raises itself."""
    return sorted(PACKAGE.rglob("*.py"))


def _error_classes() -> set[str]:
    """WorkbenchError and every class in the package that derives from it (by name, to a fixed point)."""
    bases: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else b.attr for b in node.bases
                         if isinstance(b, ast.Name | ast.Attribute)}
                bases.setdefault(node.name, set()).update(names)
    found = {"WorkbenchError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def placeholder_name(expr: ast.expr) -> str:
    """The name a ``{expr}`` of an f-string gets in a template: ``path.name`` → ``path_name``."""
    while isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in _WRAPPERS \
            and len(expr.args) == 1:
        expr = expr.args[0]
    if isinstance(expr, ast.Name):
        return expr.id.lstrip("_")
    if isinstance(expr, ast.Attribute):
        return re.sub(r"\W+", "_", ast.unparse(expr)).strip("_").replace("__", "_").replace("__", "_")
    words = re.findall(r"[A-Za-z]\w*", ast.unparse(expr))
    words = [w for w in words if w not in _WRAPPERS and w not in {"join", "or", "and", "if", "else", "for", "in"}]
    return "_".join(words[:2]).lstrip("_") or "value"


def template_of(node: ast.expr, constants: dict[str, str] | None = None) -> str | None:
    """The message template of a raise argument, or None when it cannot be read statically.

    ``constants`` are the module's string constants (``DISK_FULL_MESSAGE = "..."``), read as they are.
    """
    if isinstance(node, ast.Name) and constants and node.id in constants:
        return constants[node.id].replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            else:
                assert isinstance(value, ast.FormattedValue)
                parts.append("{" + placeholder_name(value.value) + "}")
        return _unique_names("".join(parts))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template_of(node.left, constants), template_of(node.right, constants)
        if left is None and right is None:
            return None
        left = left if left is not None else "{" + placeholder_name(node.left) + "}"
        right = right if right is not None else "{" + placeholder_name(node.right) + "}"
        return _unique_names(left + right)
    return None


def _unique_names(template: str) -> str:
    """Number repeated placeholder names (``{size}`` twice → ``{size}`` and ``{size2}``)."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(0)
        name = match.group(2)
        seen[name] = seen.get(name, 0) + 1
        return "{" + (name if seen[name] == 1 else f"{name}{seen[name]}") + "}"

    return re.sub(r"(\{\{|\}\})|\{(\w+)\}", rename, template)


def _nodes(tree: ast.Module) -> list[tuple[str, ast.AST]]:
    """Every node with the name of the function around it."""
    found: list[tuple[str, ast.AST]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else where
            found.append((inner, child))
            visit(child, inner)

    visit(tree, "<module>")
    return found


def _is_part(rel: str, call: ast.Call) -> bool:
    """True for ``report.problems.append(...)`` in a file of MESSAGE_PARTS."""
    if rel not in MESSAGE_PARTS or not (isinstance(call.func, ast.Attribute) and call.func.attr == "append"):
        return False
    target = call.func.value
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    return name == MESSAGE_PARTS[rel] and len(call.args) == 1


def raise_sites() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Templates found (template → where) and the sites that could not be read ("path:function" → code).

    A site is any call of an error class with a message (``raise InputError(...)``, ``return
    UnsafeFileError(...)``), any string returned by a message builder and any line added to a list
    of MESSAGE_PARTS.
    """
    classes = _error_classes()
    templates: dict[str, list[str]] = {}
    unresolved: dict[str, str] = {}
    for path in _source_files():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        for func, node in _nodes(tree):
            where = f"{rel}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Return):
                if f"{rel}:{func}" in MESSAGE_BUILDERS and node.value is not None:
                    template = template_of(node.value)
                    if template is None:  # handing over to another builder: ``return unreachable_message(...)``
                        assert isinstance(node.value, ast.Call), f"{where}: a message builder returns something unreadable"
                        continue
                    templates.setdefault(template, []).append(where)
                continue
            if not isinstance(node, ast.Call):
                continue
            if _is_part(rel, node):
                template = template_of(node.args[0], constants)
                assert template is not None, f"{where}: a message part that cannot be read"
                templates.setdefault(template, []).append(where)
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in classes or not node.args:
                continue
            template = template_of(node.args[0], constants)
            if template is None:
                unresolved.setdefault(f"{rel}:{func}", ast.unparse(node))
            else:
                templates.setdefault(template, []).append(where)
    return templates, unresolved


def _catalogue() -> dict[str, str]:
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))["WorkbenchError"]


def test_the_extractor_reads_the_domain_code() -> None:
    """The scan finds the error classes and a realistic number of templates, with their placeholders."""
    templates, _ = raise_sites()
    assert {"InputError", "ProjectOpenError", "UnsafeFileError", "ProjectLockedError"} <= _error_classes()
    assert len(templates) > 150
    assert "The folder {path_parent} does not exist." in templates


def test_unreadable_raise_sites_are_allowlisted() -> None:
    """Every raise whose message cannot be read statically is listed, with a reason, and the list is current."""
    _, unresolved = raise_sites()
    assert sorted(set(unresolved) - set(ALLOWLIST)) == [], unresolved
    assert sorted(set(ALLOWLIST) - set(unresolved)) == []


def test_every_error_template_has_russian() -> None:
    """Each message template of the domain code has a Russian template with the same placeholders."""
    templates, _ = raise_sites()
    book = _catalogue()
    missing = [t for t in templates if not book.get(t)]
    assert missing == [], f"{len(missing)} error messages without Russian, e.g. {missing[:10]}"
    fields = re.compile(r"(?<!\{)\{(\w+)\}")
    bad = [t for t in templates if sorted(fields.findall(t)) != sorted(fields.findall(book[t]))]
    assert bad == [], f"placeholders differ in {bad[:10]}"


def test_the_catalogue_has_no_stale_entries() -> None:
    """Every Russian template still belongs to an error the code raises (or is used by errortext itself)."""
    templates, _ = raise_sites()
    stale = [t for t in _catalogue() if t not in templates]
    assert stale == [], f"{len(stale)} templates no longer raised, e.g. {stale[:10]}"


def test_every_template_finds_itself() -> None:
    """Each English template filled with sample values is matched back to its own Russian, not another's."""
    import string

    from workbench.ui.errortext import FIELD_PATTERNS, translate_message

    wrong = []
    for english, russian in _catalogue().items():
        values: dict[str, str] = {}
        previous_end = None
        for i, (text, field, _spec, _conv) in enumerate(string.Formatter().parse(english)):
            if field is None:
                continue
            adjacent = previous_end is not None and not text
            values.setdefault(field, "" if adjacent and field in FIELD_PATTERNS else f"v{i}x")
            previous_end = field
        message = english.format_map(values)
        expected = russian.format_map(values)
        if translate_message(message) != expected:
            wrong.append((message, translate_message(message)))
    assert wrong == [], f"{len(wrong)} templates render someone else's Russian, e.g. {wrong[:3]}"
