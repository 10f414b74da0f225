"""What users type-check: one ``mypy --strict`` run over small programs written against the public face.

The README's examples pass importing nothing from ``generated``; a valid status literal is accepted where a
misspelt one is refused, and a request takes only the enum members Billmora's rule accepts; ``is_set`` narrows
``X | Unset``. One run for all of them, since each run of mypy
costs seconds.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()

STATUS = """\
from billmora_client import Billmora


async def main(bm: Billmora) -> None:
    await bm.users.store(first_name="A", last_name="B", email="a@example.com", password="x" * 8, status="{status}")
    await bm.users.update(1, status="{status}")
"""

ACCEPTED = """\
from billmora_client import Billmora
from billmora_client.models import TicketPriority, TicketStatus, UserStatus


async def main(bm: Billmora) -> None:
    await bm.users.update(1, status=UserStatus.SUSPENDED)
    await bm.tickets.update(1, status=TicketStatus.ANSWERED, priority=TicketPriority.HIGH)
    await bm.tickets.update(1, status="closed", priority="low")
    await bm.users.update(1, status=UserStatus.INACTIVE)  # the column holds it; UsersController.php:84 refuses it
    await bm.tickets.update(1, status="customer-reply")  # TicketsController.php:92 lets it through; the column not
    await bm.tickets.update(1, priority=TicketPriority.NORMAL)
"""

ITEMS = """\
from billmora_client import Billmora
from billmora_client.models import OrdersStoreRequestPackageItemsType0Item, UsersUpdateRequest


async def main(bm: Billmora) -> None:
    item = OrdersStoreRequestPackageItemsType0Item(package_id=1, billing_id=2)
    await bm.orders.store(
        user_id=1, currency="USD", status="pending", package_items=[{"package_id": 1, "billing_id": 2}, item]
    )
    await bm.users.update(1, body=UsersUpdateRequest(first_name="A"))
    await bm.orders.store(user_id=1, currency="USD", status="pending", package_items=[{"package": 1, "billing_id": 2}])
    await bm.users.update(1, body=UsersUpdateRequest(first_name="A"), last_name="B")
"""

NARROWING = """\
from billmora_client import Unset, is_set
from billmora_client.models import InvoiceResource, UserResource


def owner_id(invoice: InvoiceResource) -> int | None:
    user = invoice.user
    if is_set(user) and user is not None:
        return user.id
    return None


def left_out(value: int | Unset) -> Unset:
    if is_set(value):
        raise ValueError(value + 1)
    return value


def unguarded(invoice: InvoiceResource) -> UserResource | None:
    return invoice.user
"""


def readme_examples() -> list[str]:
    """The README's Python blocks; a snippet of a coroutine's body is wrapped in one."""
    examples = []
    for block in re.findall(r"```python\n(.*?)```", README, re.DOTALL):
        code = textwrap.dedent(block)
        if "async def" not in code:
            code = "async def example() -> None:\n" + textwrap.indent(code, "    ")
        examples.append(code)
    return examples


PROGRAMS = {
    "valid_status": STATUS.format(status="active"),
    "misspelt_status": STATUS.format(status="actve"),
    "accepted": ACCEPTED,
    "narrowing": NARROWING,
    "items": ITEMS,
    **{f"readme_{number}": code for number, code in enumerate(readme_examples())},
}


@pytest.fixture(scope="module")
def errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each program's mypy errors (the text after ``error: ``), from one run."""
    folder = tmp_path_factory.mktemp("programs")
    for name, code in PROGRAMS.items():
        (folder / f"{name}.py").write_text(code)
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]  # the options of make lint: its cache
    result = subprocess.run(
        [*command, *sorted(map(str, folder.glob("*.py")))], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    found: dict[str, list[str]] = {name: [] for name in PROGRAMS}
    for line in result.stdout.splitlines():
        if ": error: " in line:
            found[Path(line.split(":", 1)[0]).stem].append(line.split(": error: ", 1)[1])
    return found


@pytest.mark.parametrize("name", [name for name in PROGRAMS if name.startswith("readme_")])
def test_readme_examples_pass_mypy_strict_without_generated_imports(name: str, errors: dict[str, list[str]]) -> None:
    assert "generated" not in PROGRAMS[name]
    assert errors[name] == []


def test_a_valid_status_literal_is_accepted_and_a_misspelt_one_refused(errors: dict[str, list[str]]) -> None:
    assert errors["valid_status"] == []
    misspelt = "\n".join(errors["misspelt_status"])
    assert 'No overload variant of "store"' in misspelt, misspelt
    assert 'No overload variant of "update"' in misspelt, misspelt


def test_a_request_takes_only_the_enum_members_billmora_accepts(errors: dict[str, list[str]]) -> None:
    refused = [error.split("  [", 1)[0] for error in errors["accepted"]]  # the first three calls pass
    assert refused == [
        'No overload variant of "update" of "UsersApi" matches argument types "int", "UserStatus"',
        'No overload variant of "update" of "TicketsApi" matches argument types "int", "str"',
        'No overload variant of "update" of "TicketsApi" matches argument types "int", "TicketPriority"',
    ], errors["accepted"]


def test_is_set_narrows_for_mypy_strict(errors: dict[str, list[str]]) -> None:
    # Only the unguarded function fails: proof that the guarded ones pass because is_set narrows.
    assert errors["narrowing"] == [
        'Incompatible return value type (got "Unset | UserResource | None", expected "UserResource | None")'
        "  [return-value]"
    ]


def test_list_items_are_typed_and_body_excludes_the_keywords(errors: dict[str, list[str]]) -> None:
    # The first three calls pass; a misspelt key of an item, and body= with a keyword, are refused.
    assert [error.split(" matches", 1)[0] for error in errors["items"]] == [
        'No overload variant of "store" of "OrdersApi"',
        'No overload variant of "update" of "UsersApi"',
    ], errors["items"]
