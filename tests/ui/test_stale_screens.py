"""Only the screen in view reloads after a change; the others catch up when they are shown again."""

from __future__ import annotations

from workbench.ops import Changes


def _spy(screen) -> list[Changes]:  # type: ignore[no-untyped-def]
    calls: list[Changes] = []
    original = screen.refresh
    screen.refresh = lambda changes: (calls.append(changes), original(changes))
    return calls


def test_a_hidden_screen_reloads_once_when_shown_with_everything_it_missed(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Two changes while the program screen is out of view: no reload then, one reload with both on return."""
    demo_window.show_screen("program")
    program = demo_window.screen("program")
    demo_window.show_screen("partners")
    partners = demo_window.screen("partners")
    seen_program, seen_partners = _spy(program), _spy(partners)
    demo_window.ctx.notify(Changes(backlog=True))
    demo_window.ctx.notify(Changes(cards=True))
    assert seen_program == []
    assert seen_partners == [Changes(backlog=True), Changes(cards=True)]
    demo_window.show_screen("program")
    assert seen_program == [Changes(backlog=True, cards=True)]
    demo_window.show_screen("partners")
    demo_window.show_screen("program")  # nothing changed in between: no second reload
    assert seen_program == [Changes(backlog=True, cards=True)]


def test_an_edit_made_elsewhere_shows_when_the_screen_is_opened_again(demo_window) -> None:  # type: ignore[no-untyped-def]
    """A backlog item renamed while the backlog screen is hidden has its new title once the screen is back."""
    from workbench.backlog import service

    backlog = demo_window.show_screen("backlog")
    item = service.list_items(demo_window.ctx.project)[0]
    demo_window.show_screen("partners")
    service.update_items(demo_window.ctx.project, {item.id: {"title": "Переименованный пункт"}})
    demo_window.ctx.notify(Changes(backlog=True))
    demo_window.show_screen("backlog")

    def titles() -> set[str]:
        model = backlog.items.model
        return {model.items()[r].title for r in range(model.rowCount())}

    from pytestqt.qtbot import QtBot  # the reload may read in a thread; wait for it

    QtBot(demo_window).waitUntil(lambda: "Переименованный пункт" in titles(), timeout=10_000)
