"""A program written against the 0.1.0 README runs on this release, warning once per change it must make."""

from __future__ import annotations

import runpy
import warnings
from enum import StrEnum
from pathlib import Path

import pytest

from billmora_client import models
from billmora_client._deleted import Deleted
from billmora_client._renamed import RENAMED_MODELS
from billmora_client.testing.pytest_plugin import RunningSandbox

# As 0.1.0's README taught it: models from billmora_client.generated.models, one enum per request field,
# delete() answering a model with .message, and bm.raw for the generated functions.
PROGRAM_0_1 = """
import asyncio

from billmora_client import Billmora, ValidationError
from billmora_client.generated.api.users import v1_users_show
from billmora_client.generated.models import (
    TicketsStoreRequest,
    TicketsStoreRequestPriority,
    UsersStoreRequest,
    UsersUpdateRequest,
    UsersUpdateRequestStatus,
)


async def main() -> None:
    async with Billmora() as bm:  # BILLMORA_BASE_URL, BILLMORA_API_TOKEN
        user = await bm.users.show(3)
        print("user", user.id)
        async for invoice in bm.invoices.iterate(status="unpaid", per_page=100):
            pass
        try:
            await bm.users.store(
                body=UsersStoreRequest(first_name="Ada", last_name="L", email="not-an-email", password="x")
            )
        except ValidationError as e:
            print("refused", sorted(e.errors))
        created = await bm.users.store(
            body=UsersStoreRequest(first_name="Ada", last_name="L", email="ada@example.com", password="long-enough")
        )
        await bm.users.update(created.id, body=UsersUpdateRequest(status=UsersUpdateRequestStatus.SUSPENDED))
        ticket = await bm.tickets.store(
            body=TicketsStoreRequest(
                user_id=created.id,
                subject="Invoice",
                department="billing",
                priority=TicketsStoreRequestPriority.HIGH,
                message="Hello",
            )
        )
        print("ticket", ticket.priority)
        detailed = await v1_users_show.asyncio_detailed(3, client=bm.raw)
        print("raw", detailed.status_code)
        print("deleted", (await bm.users.delete(created.id)).message)


asyncio.run(main())
"""


def test_a_program_written_for_0_1_runs_and_warns_for_each_change(
    billmora_sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BILLMORA_BASE_URL", billmora_sandbox.base_url)
    monkeypatch.setenv("BILLMORA_API_TOKEN", billmora_sandbox.token)
    program = tmp_path / "reconcile.py"
    program.write_text(PROGRAM_0_1)
    with pytest.warns(DeprecationWarning) as caught:
        runpy.run_path(str(program), run_name="__main__")
    assert capsys.readouterr().out.splitlines() == [
        "user 3",
        "refused ['email', 'password']",
        "ticket high",
        "raw 200",
        "deleted User deleted successfully.",
    ]
    told = sorted({str(w.message) for w in caught if w.filename == str(program)})
    assert len(told) == 3, told  # one warning each, from the program's own lines
    tickets, users, deleted = told
    assert "generated.models.TicketsStoreRequestPriority is deprecated since 0.2.0" in tickets
    assert "use billmora_client.models.TicketPriority" in tickets
    assert "generated.models.UsersUpdateRequestStatus" in users and "use billmora_client.models.UserStatus" in users
    assert deleted.startswith("the result of delete() is deprecated since 0.2.0 and is None in 0.3.0")


@pytest.mark.parametrize("old", sorted(RENAMED_MODELS))
def test_every_old_enum_name_is_its_concept_with_a_warning_naming_it(old: str) -> None:
    new = RENAMED_MODELS[old]
    told = rf"billmora_client\.models\.{old} .* use billmora_client\.models\.{new} "
    with pytest.warns(DeprecationWarning, match=told):
        value = getattr(models, old)
    assert value is getattr(models, new)
    assert new in models.__all__ and isinstance(value, type) and issubclass(value, StrEnum)


def test_a_name_that_never_existed_is_still_an_attribute_error_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(AttributeError, match="has no attribute 'TicketsStoreRequestUrgency'"):
            models.TicketsStoreRequestUrgency  # type: ignore[attr-defined]  # noqa: B018
        with pytest.raises(ImportError):
            from billmora_client.generated.models import NoSuchModel  # type: ignore[attr-defined]  # noqa: F401


def test_a_deletion_has_nothing_to_read_but_the_old_message_with_a_warning() -> None:
    deleted = Deleted(b'{"message": "Invoice deleted successfully."}')
    assert repr(deleted) == "Deleted()"
    with pytest.warns(DeprecationWarning, match=r"drop the use of its \.message"):
        assert deleted.message == "Invoice deleted successfully."
    with pytest.warns(DeprecationWarning):
        assert Deleted(b"").message == Deleted(b"[1]").message == Deleted(b'{"message": 3}').message == ""


def test_the_changelog_names_every_deprecated_name_and_its_replacement() -> None:
    changelog = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text()
    deprecated = changelog.split("### Deprecated\n", 1)[1].split("\n### ", 1)[0]
    for old, new in RENAMED_MODELS.items():
        assert f"`{old}`" in deprecated and f"`{new}`" in deprecated, old


def test_the_version_is_written_once_and_read_from_the_installed_metadata() -> None:
    import tomllib

    import billmora_client
    from billmora_client._version import user_agent

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    version = pyproject["project"]["version"]
    assert billmora_client.__version__ == version
    assert user_agent().startswith(f"billmora-client/{version} python/")
    sources = (Path(__file__).resolve().parents[1] / "billmora_client").rglob("*.py")
    assert not [p for p in sources if f'"{version}"' in p.read_text()]  # no second copy of it
