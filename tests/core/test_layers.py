"""The package layout holds: imports point one way, telegram stays in its package, modules small."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"

LOWER = {"core", "storage", "understand", "content", "rules"}
FEATURES = {"answers", "calc", "registration", "staff", "outreach"}
TRANSPORTS = {"console", "telegram"}
# What each package may import at run time (type-only imports under TYPE_CHECKING are free).
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "understand": {"core", "understand"},
    "content": {"core", "understand", "content"},
    "rules": {"core", "content", "rules"},
    **{f: LOWER | {f} for f in FEATURES},
    **{t: LOWER | FEATURES | {"app", t} for t in TRANSPORTS},
    "app": LOWER | FEATURES | {"app"},
}


def runtime_imports(path: Path) -> list[str]:
    """Modules imported by a file, leaving out `if TYPE_CHECKING:` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    names = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "bot":
                names += [f"bot.{alias.name}" for alias in node.names]
    return names


def package_of(path: Path) -> str:
    rel = path.relative_to(BOT)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def modules() -> list[Path]:
    return sorted(BOT.rglob("*.py"))


def test_imports_point_one_way():
    wrong = []
    for path in modules():
        pkg = package_of(path)
        if pkg in {"cli", "__main__", "__init__"}:
            continue
        for name in runtime_imports(path):
            parts = name.split(".")
            if parts[0] != "bot" or len(parts) < 2 or parts[1] == "__version__":
                continue
            if parts[1] not in ALLOWED[pkg]:
                wrong.append(f"{path.relative_to(BOT)} imports {name}")
    assert wrong == []


def test_only_the_telegram_package_imports_telegram():
    offenders = [str(p.relative_to(BOT)) for p in modules()
                 if package_of(p) != "telegram"
                 and any(n == "telegram" or n.startswith("telegram.") for n in runtime_imports(p))]
    assert offenders == []


def test_layout_is_packages_of_small_modules():
    top = {p.name for p in BOT.glob("*.py")} - {"__init__.py", "__main__.py"}
    assert len(top) <= 2, top
    packages = [p for p in BOT.iterdir() if (p / "__init__.py").is_file()]
    assert len(packages) >= 5
    for pkg in packages:
        assert ast.get_docstring(ast.parse((pkg / "__init__.py").read_text())), pkg.name
    long = [str(p.relative_to(BOT)) for p in modules()
            if len(p.read_text(encoding="utf-8").splitlines()) > 350]
    assert long == []
