"""A Billmora-compatible sandbox server for tests, demos and benchmarks (needs the ``testing`` extra).

    from billmora_client.testing import Clock, Fault, Token, create_app, serve
    # in pytest: the fixtures billmora_sandbox (a RunningSandbox) and billmora (a client), no set-up needed

    app = create_app(seed=1, clock=Clock.manual())   # one "*" token: app.state.sandbox.token.plain_text
    async with serve(app) as base_url:               # http://127.0.0.1:<port>/api  (or: with serve(app) ...)
        ...
    transport = httpx.ASGITransport(app)             # or in-process, base URL http://testserver/api

It answers all 50 operations of Billmora's routes/api.php with Billmora's middleware order (auth, route model
binding, IP whitelist, per-token fixed-window rate limit, ability), its validation rules and Laravel's messages,
each index's filters (with the ungrouped ``orWhere`` of ``search``), newest-first ordering, Laravel 12's paginator
JSON, Billmora's resource shapes and loaded relations, numbering (``INV-0001``), soft-deleted users and the
database's cascades. Knobs on ``app.state.sandbox``: ``latency``, ``clock``, ``inject(Fault...)``, counters.

Reproduced as Billmora does it, although surprising:
  - a 201 answer renders the model as created, so columns left to their database default are ``null`` there
    (``users.store`` without ``status`` gives ``status: null``; ``tax`` of a created invoice or order is ``null``);
  - ``amount_due`` counts gateway payments only: marking an invoice paid through the API leaves it unchanged;
  - ``notes`` on invoices and ``currency`` on users are accepted and dropped (no such columns);
  - ``exists:users,id`` accepts a soft-deleted user, whose relation then renders as ``null``;
  - deleting a catalog with packages, a package with services or a TLD with domains answers 500 (foreign keys);
  - updating an order leaves its invoice's status alone (Billmora reads an ``invoice`` relation that does not
    exist); a non-numeric ``per_page`` (or one PHP reads as a non-false zero, ``0.0``) answers 500;
  - ``page`` is 1 unless PHP's ``FILTER_VALIDATE_INT`` reads it (so past 2^63 too); a page past the last is empty;
    ``per_page`` is cast as PHP casts it (a huge one becomes 2^63-1, a negative one lifts the limit);
  - an id in the path is compared as MariaDB compares a string with an integer column: ``/v1/invoices/2abc`` is
    invoice 2, an id without a leading ASCII digit (``³``, a newline) is a 404;
  - an update whose ``nullable`` rule lets a null into a NOT NULL column (a catalog's ``slug``, a variant's
    ``code``, ...) answers 500 and changes nothing (MariaDB refuses the write).

Departures, where Billmora crashes and the sandbox answers as if the bug were fixed (SDK users test their happy
paths against it):
  - services render ``scalings: []``; Billmora's Service model has no ``scalings`` relation, so its services
    index (non-empty), show and update answer 500 (the update after committing);
  - ``POST /v1/variants`` works; Billmora's fails on the NOT NULL ``type`` and ``code`` columns (the sandbox
    derives ``code`` from the name);
  - ``POST /v1/catalogs`` and ``POST /v1/packages`` without ``slug``/``description`` work (slug from the name,
    empty description); Billmora's fail on NOT NULL columns without defaults;
  - ``currency`` on users store/update is ignored; Billmora's answer 500 (no column); ``language`` up to
    10 characters is kept (Billmora's column holds 5);
  - ``POST /v1/orders`` without ``coupon`` works; Billmora's answers 500 (undefined array key);
  - ``PUT /v1/tickets/{id}`` with ``status: customer-reply`` stores it; Billmora's database enum refuses it (500).
  - ``due_date`` and ``next_due_date`` take any date the ``date`` rule reads; Billmora's TIMESTAMP columns refuse
    one outside 1970-2038 (500).
Left out: the admin and client web panels, emails, taxes, prorata, plugin provisioning, variant pricing in
orders, token expiry. The gateway webhook and domain checks use the sandbox's own plugins (see ``_commerce``).
"""

from . import _requires  # noqa: F401  (first: without the testing extra, an ImportError that names it)
from ._app import create_app, sandbox_of
from ._clock import Clock
from ._faults import ConnectionDropped, Fault, FaultRule
from ._routes import Operation, operations
from ._running import RunningSandbox
from ._sandbox import Exchange, Sandbox
from ._seed import Sizes
from ._server import serve
from ._store import Store
from ._tokens import Token

__all__ = [
    "Clock",
    "ConnectionDropped",
    "Exchange",
    "Fault",
    "FaultRule",
    "Operation",
    "RunningSandbox",
    "Sandbox",
    "Sizes",
    "Store",
    "Token",
    "create_app",
    "operations",
    "sandbox_of",
    "serve",
]
