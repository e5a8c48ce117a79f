"""The reader's own keys: a TOML file that gives bindings other keys.

    # ~/.config/reader/keymap.toml (or $XDG_CONFIG_HOME/reader/, or $READER_KEYMAP)
    [keys]
    "reader.annotate" = "n"          # one key
    "app.refresh" = "ctrl+r,R"       # or several, comma-separated

Names are the bindings' ids, listed in the README. A problem with the file (unreadable,
unknown name) is reported when the app starts, and the app starts anyway.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def keymap_path() -> Path:
    """`$READER_KEYMAP`, else `$XDG_CONFIG_HOME/reader/keymap.toml`, else under `~/.config`."""
    if env := os.environ.get("READER_KEYMAP"):
        return Path(env).expanduser()
    config = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(config) / "reader" / "keymap.toml"


def binding_ids() -> dict[str, str]:
    """Every binding id of the app, with what it does (imports every screen and widget)."""
    import importlib

    from textual.binding import Binding

    ids: dict[str, str] = {}
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent.parent).with_suffix("").parts
        module = importlib.import_module(".".join(p for p in parts if p != "__init__"))
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                for binding in value.__dict__.get("BINDINGS", ()):
                    if isinstance(binding, Binding) and binding.id:
                        ids[binding.id] = binding.description or binding.action
    return ids


def load_keymap(path: Path) -> tuple[dict[str, str], list[str]]:
    """The keys the file sets, by binding id, and a line per problem (no file: no problem)."""
    if not path.is_file():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [f"{path}: not read, default keys kept ({error})"]
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, [f"{path}: [keys] should map binding names to keys"]
    known = binding_ids()
    keymap, problems = {}, []
    for name, value in keys.items():
        if name not in known:
            problems.append(f"{path}: no binding named {name!r} (the README lists them)")
        elif not isinstance(value, str) or not value.strip(" ,"):
            problems.append(f'{path}: {name} should be keys such as "n" or "ctrl+r,R"')
        else:
            keymap[name] = ",".join(k.strip() for k in value.split(",") if k.strip())
    return keymap, problems
