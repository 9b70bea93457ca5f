"""The people screen: every person the claims were said by, with how many claims, when
they were first and last seen, and the roles the sources gave them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from factcheck.tui.messages import PeopleLoaded
from factcheck.tui.screens.sources import highlighted_id
from factcheck.tui.text import cut, one_line, when
from factcheck.tui.workers import WorkerApp
from factcheck.wording import count_of


class PeopleScreen(Screen[tuple[int, str] | None]):
    """Pick a person to see their claims: the screen returns their id and name."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.show_claims", "Back", id="people.back"),
        Binding("enter", "open_person", "Their claims", id="people.open"),
        Binding("r", "reload", "Reload", show=False, id="people.reload"),
    ]
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Claims of this person", "Filter the claims table by the highlighted person",
         "open_person"),
        ("Reload people", "Count again (r)", "reload"),
        ("Back to claims", "(escape or 1)", "app.show_claims"),
        ("Sources", "Documents with claim counts per status (2)", "app.show_sources"),
    ]

    app: WorkerApp

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="people-table", cursor_type="row", zebra_stripes=True)
        yield Static(Text("counting…"), id="people-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self.name_width = 24 if self.size.width < 120 else 32
        table.add_column("id", key="id")
        table.add_column("person", key="name", width=self.name_width)
        table.add_column("claims", key="claims")
        table.add_column("first seen", key="first")
        table.add_column("last seen", key="last")
        table.add_column("roles", key="roles")
        table.focus()
        self.action_reload()

    def action_reload(self) -> None:
        self.app.load_people(self)

    def on_people_loaded(self, message: PeopleLoaded) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.names = {person.id: person.name for person in message.people}
        for person in message.people:
            table.add_row(
                Text(str(person.id)), cut(person.name, self.name_width),
                Text(f"{person.claims:,}", justify="right"),
                Text(when(person.first_seen)), Text(when(person.last_seen)),
                Text(one_line("; ".join(person.roles))),
                key=str(person.id),
            )
        claims = sum(person.claims for person in message.people)
        self.query_one("#people-status", Static).update(
            Text(f"{count_of(len(message.people), 'person', 'people')} · "
                 f"{count_of(claims, 'claim')} · enter shows the claims of a person"))

    def action_open_person(self) -> None:
        person_id = highlighted_id(self.query_one(DataTable))
        if person_id is not None:
            self.dismiss((person_id, self.names.get(person_id, f"person {person_id}")))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_person()
