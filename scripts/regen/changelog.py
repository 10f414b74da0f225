"""Write the change report under ``## [Unreleased]`` in CHANGELOG.md (Keep a Changelog), once per line.

Additions go under ``### Added``, removals under ``### Removed``, the rest under ``### Changed``; a change that
breaks callers is marked **Breaking**. A line already in the section is not written again, so running the
regeneration twice from one document leaves one copy.
"""

from __future__ import annotations

from pathlib import Path

from .changes import Change

UNRELEASED = "## [Unreleased]"
HEADER = "# Changelog\n\nAll notable changes to this project are documented in this file.\n"
GROUPS = {"added": "### Added", "removed": "### Removed", "changed": "### Changed"}
ORDER = ["### Added", "### Changed", "### Deprecated", "### Removed", "### Fixed", "### Security"]


def entry(change: Change) -> str:
    """The CHANGELOG line of one change of Billmora's document."""
    mark = f"**Breaking** ({change.breaking}): " if change.breaking else ""
    return f"- {mark}Billmora API: {change.text}"


def record(path: Path, changes: list[Change]) -> int:
    """Add each change's line under ``## [Unreleased]`` unless it is there already; return how many were added."""
    text = path.read_text() if path.exists() else HEADER
    head, section, tail = _split(text)
    groups = _groups(section)
    added = 0
    for change in changes:
        line, group = entry(change), GROUPS[change.kind]
        if any(line in lines for lines in groups.values()):
            continue
        groups[group] = [*_trim(groups.get(group, [])), line]
        added += 1
    if added:
        path.write_text((head + _render(section, groups) + tail).rstrip("\n") + "\n")
    return added


def _split(text: str) -> tuple[str, str, str]:
    """The text before ``## [Unreleased]``, the section (heading included, created when missing), what follows."""
    start = text.find(UNRELEASED + "\n")
    if start < 0:
        first = text.find("\n## [")
        cut = len(text) if first < 0 else first + 1
        before = text[:cut].rstrip("\n") + "\n\n"
        return before, UNRELEASED + "\n", text[cut:]
    end = text.find("\n## [", start + len(UNRELEASED))
    end = len(text) if end < 0 else end + 1
    return text[:start], text[start:end], text[end:]


def _groups(section: str) -> dict[str, list[str]]:
    """The section's lines by ``###`` heading; lines before any heading under ``""``."""
    groups: dict[str, list[str]] = {"": []}
    current = ""
    for line in section.splitlines()[1:]:
        if line.startswith("### "):
            current = line.strip()
            groups.setdefault(current, [])
        else:
            groups[current].append(line)
    return groups


def _render(section: str, groups: dict[str, list[str]]) -> str:
    heading = section.splitlines()[0] if section else UNRELEASED
    out = [heading, *_trim(groups.pop("", []))]
    for name in sorted(groups, key=lambda g: ORDER.index(g) if g in ORDER else len(ORDER)):
        out += ["", name, "", *_trim(groups[name])]
    return "\n".join(out).rstrip("\n") + "\n\n"


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines
