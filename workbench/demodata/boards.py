"""The second half of the demo build: boards, evidence, fit links, capabilities, backlog, survey.

Called by :func:`workbench.demo.build_demo` with its :class:`~workbench.demo.DemoState` once the
interviews and statements exist; all ids are assigned here so that builds are identical.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from workbench.demodata import canvas, people
from workbench.demodata.statements_ru import THEMES_RU
from workbench.store import models as m
from workbench.store.enums import FIT_TARGET_ZONE

if TYPE_CHECKING:
    from workbench.demo import DemoState, StatementRef

SYNTH_AT = datetime(2025, 11, 27, 9, 0, tzinfo=UTC)
ZONE_KIND = {"jobs": "job", "pains": "pain", "gains": "gain"}
UNRELIEVED_THEMES = frozenset({"support", "account_mgr"})
SECTION_PILLAR = {0: "product", 1: "product", 2: "financial", 3: "product", 4: "operational", 5: "operational",
                  6: "operational"}
VALUE_EXTRAS: dict[str, list[tuple[str, str]]] = {
    "products": [(name, pillar) for name, pillar, *_ in canvas.CAPABILITIES],
    "relievers": [(item[0], item[2]) for item in canvas.BACKLOG],
    "creators": [(title, pillar) for _key, pillar, title, *_ in canvas.PROGRAM_ELEMENTS],
}
MAX_EVIDENCE = 6


def _theme_pillar(theme: str) -> str:
    return SECTION_PILLAR[THEMES_RU[theme][0]] if theme in THEMES_RU else "product"


def _distinct_partners(refs: list[StatementRef], limit: int, seen: set[int] | None = None) -> list[StatementRef]:
    """Up to ``limit`` statements, one per partner first, then any."""
    partners = set() if seen is None else seen
    first = [ref for ref in refs if not (ref.partner_id in partners or partners.add(ref.partner_id))]  # type: ignore[func-returns-value]
    rest = [ref for ref in refs if ref not in first]
    return (first + rest)[:limit]


def build_boards(state: DemoState) -> None:
    """One board per segment, cards in all six zones, evidence and fit links."""
    rng = state.rng
    zone_counts = canvas.ZONE_COUNTS_SMALL if state.scale == 1 else canvas.ZONE_COUNTS_LARGE
    by_theme: dict[tuple[int, str, str], list[StatementRef]] = defaultdict(list)
    by_line: dict[tuple[int, tuple[str, str, int]], list[StatementRef]] = defaultdict(list)
    for ref in state.statements:
        if ref.tagged and ref.kind in ZONE_KIND.values():
            by_theme[(ref.segment, ref.theme, ref.kind)].append(ref)
            by_line[(ref.segment, ref.line_key)].append(ref)
    board_rows, card_rows, evidence_rows, fit_rows = [], [], [], []
    state.card_meta = []
    for b, (seg_id, spec) in enumerate(zip(state.segment_ids, state.segment_specs, strict=True)):
        board_id = state.new_id(m.Board)
        board_rows.append({"id": board_id, "segment_id": seg_id, "title": f"VPC: {spec.name}", "version": 1,
                           "created_at": SYNTH_AT + timedelta(hours=b)})
        editor = people.INTERVIEWERS[b % len(people.INTERVIEWERS)]
        cards: list[dict[str, Any]] = []

        def add_card(zone: str, title: str, *, key: str = "", theme: str = "", importance: int = 2,
                     pillar: str | None = None, description: str = "", targets: tuple[str, ...] = (),
                     line_key: tuple[str, str, int] | None = None,
                     _b: int = b, _board: int = board_id, _editor: str = editor,
                     _cards: list[dict[str, Any]] = cards) -> dict[str, Any]:
            at = SYNTH_AT + timedelta(hours=_b, minutes=len(_cards))
            rank = sum(1 for card in _cards if card["zone"] == zone) + 1
            row = {"id": state.new_id(m.Card), "board_id": _board, "zone": zone, "title": title,
                   "description": description, "rank": rank, "manual_rank": None, "importance": importance,
                   "pillar": pillar, "pos_x": None, "pos_y": None, "version": 1, "created_at": at,
                   "updated_at": at, "updated_by": _editor}
            _cards.append(row)
            meta = {"id": row["id"], "board": _b, "zone": zone, "key": key, "title": title, "theme": theme,
                    "pillar": pillar or _theme_pillar(theme), "importance": importance, "targets": targets,
                    "line_key": line_key}
            state.card_meta.append(meta)
            return meta

        metas: list[dict[str, Any]] = []
        for zone in ("jobs", "pains", "gains"):
            want = zone_counts[zone]
            for key, title, themes, importance in canvas.PROFILE_CARDS[zone][:want]:
                labels = ", ".join(canvas.THEME_LABELS.get(t, t.replace("_", " ")) for t in themes)
                meta = add_card(zone, title.replace("{crm}", spec.crm), key=key, theme=themes[0],
                                importance=importance, description=f"Темы интервью: {labels}")
                meta["themes"] = themes
                metas.append(meta)
            extra = want - min(want, len(canvas.PROFILE_CARDS[zone]))
            if extra:
                lines = sorted({key for (seg, key), refs in by_line.items()
                                if seg == b and refs[0].kind == ZONE_KIND[zone]})
                for line_key in rng.sample(lines, min(extra, len(lines))):
                    ref = by_line[(b, line_key)][0]
                    meta = add_card(zone, ref.text, theme=ref.theme, importance=ref.severity or 2,
                                    description="Формулировка из интервью", line_key=line_key)
                    meta["themes"] = (ref.theme,)
                    metas.append(meta)
        for meta in metas:
            kind = ZONE_KIND[meta["zone"]]
            if meta["line_key"] is not None:
                refs = _distinct_partners(by_line[(b, meta["line_key"])], MAX_EVIDENCE)
            else:
                refs = []
            if len({ref.partner_id for ref in refs}) < 2:
                pool = [ref for theme in meta["themes"] for ref in by_theme[(b, theme, kind)] if ref not in refs]
                refs = refs + _distinct_partners(pool, MAX_EVIDENCE - len(refs), {ref.partner_id for ref in refs})
            if len({ref.partner_id for ref in refs}) < 2:  # a rare theme: widen to its guide section
                section = THEMES_RU[meta["theme"]][0]
                pool = [ref for theme, (sec, _) in THEMES_RU.items() if sec == section
                        for ref in by_theme[(b, theme, kind)] if ref not in refs]
                refs = refs + _distinct_partners(pool, MAX_EVIDENCE - len(refs), {ref.partner_id for ref in refs})
            for ref in refs:
                evidence_rows.append({"id": state.new_id(m.Evidence), "card_id": meta["id"], "statement_id": ref.id})
        keyed = {meta["key"]: meta for meta in metas if meta["key"]}
        targetable = {zone: [meta for meta in metas if meta["zone"] == zone and meta["theme"] not in UNRELIEVED_THEMES]
                      for zone in ("pains", "gains")}
        linked: set[int] = set()
        sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for zone in ("products", "relievers", "creators"):
            want = zone_counts[zone]
            pool = canvas.VALUE_CARDS[zone][:want]
            for key, title, pillar, targets, importance in pool:
                meta = add_card(zone, title.replace("{crm}", spec.crm), key=key, importance=importance,
                                pillar=pillar, targets=targets)
                keyed[key] = meta
                sources[zone].append(meta)
                for target in targets:
                    if target in keyed and keyed[target]["zone"] == FIT_TARGET_ZONE.get(zone):
                        fit_rows.append({"id": state.new_id(m.FitLink), "source_card_id": meta["id"],
                                         "target_card_id": keyed[target]["id"]})
                        linked.add(keyed[target]["id"])
            titles = {meta["title"] for meta in sources[zone]}
            extras = [(t, p) for t, p in VALUE_EXTRAS[zone] if t not in titles]
            for k in range(want - len(pool)):
                title, pillar = extras[k % len(extras)]
                if k >= len(extras):
                    title = f"{title} — этап {k // len(extras) + 1}"
                meta = add_card(zone, title, importance=rng.randint(1, 3), pillar=pillar)
                sources[zone].append(meta)
                if zone in FIT_TARGET_ZONE:
                    for target in rng.sample(targetable[FIT_TARGET_ZONE[zone]], rng.randint(1, 2)):
                        fit_rows.append({"id": state.new_id(m.FitLink), "source_card_id": meta["id"],
                                         "target_card_id": target["id"]})
                        linked.add(target["id"])
        # Cards taken from statements get a reliever / creator too, except the pains left open on purpose.
        seen_pairs = {(row["source_card_id"], row["target_card_id"]) for row in fit_rows}
        for zone, source_zone in (("pains", "relievers"), ("gains", "creators")):
            for meta in targetable[zone]:
                if meta["id"] in linked or meta["line_key"] is None:
                    continue
                same = [s for s in sources[source_zone] if s["pillar"] == meta["pillar"]] or sources[source_zone]
                source = rng.choice(same)
                if (source["id"], meta["id"]) not in seen_pairs:
                    seen_pairs.add((source["id"], meta["id"]))
                    fit_rows.append({"id": state.new_id(m.FitLink), "source_card_id": source["id"],
                                     "target_card_id": meta["id"]})
        card_rows.extend(cards)
    state.insert(m.Board, board_rows)
    state.insert(m.Card, card_rows)
    state.insert(m.Evidence, evidence_rows)
    state.insert(m.FitLink, fit_rows)


def _rice(reach: float, impact: float, confidence: float, effort: float) -> float:
    return round(reach * impact * confidence / effort, 2)


def build_backlog(state: DemoState) -> None:
    """Capabilities, releases, backlog items linked to cards, and the program catalogue."""
    rng = state.rng
    metas: list[dict[str, Any]] = state.card_meta
    by_board_key = {(meta["board"], meta["key"]): meta for meta in metas if meta["key"]}
    first_board = {meta["key"]: meta["id"] for meta in metas if meta["key"] and meta["board"] == 0}
    capability_rows = []
    for name, pillar, status, description, card_key in canvas.CAPABILITIES:
        capability_rows.append({
            "id": state.new_id(m.Capability), "name": name, "normalized_name": " ".join(name.lower().split()),
            "pillar": pillar, "status": status, "description": description,
            "card_id": first_board.get(card_key) if card_key else None,
        })
    state.insert(m.Capability, capability_rows)
    releases = []
    for position, (name, when, notes) in enumerate((
        ("Релиз 2025.12", datetime(2025, 12, 15, 9, 0, tzinfo=UTC), "Выплаты и фильтр по отделам."),
        ("Релиз 2026.02", datetime(2026, 2, 16, 9, 0, tzinfo=UTC), "Маршрутизация по полям сделки, ЭДО."),
    )):
        releases.append({"id": state.new_id(m.Release), "name": name, "target_date": when, "position": position,
                         "notes": notes})
    state.insert(m.Release, releases)
    n_boards = len(state.segment_ids)
    item_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    used_sources: set[int] = set()

    def add_item(title: str, description: str, pillar: str, rice: tuple[float, float, float, float],
                 status: str, owner: str, cards: list[int]) -> None:
        source = next((card for card in cards if card not in used_sources), cards[0])
        used_sources.add(source)
        item_id = state.new_id(m.BacklogItem)
        at = SYNTH_AT + timedelta(days=1, minutes=len(item_rows))
        release = None
        if status == "planned":
            release = releases[0]["id"] if pillar == "financial" or len(item_rows) % 2 else releases[1]["id"]
        item_rows.append({
            "id": item_id, "title": title, "description": description, "pillar": pillar,
            "reach": rice[0], "impact": rice[1], "confidence": rice[2], "effort": rice[3], "framework": "rice",
            "computed_score": _rice(*rice), "manual_rank": None, "position": len(item_rows), "status": status,
            "reject_reason": "", "release_id": release, "owner": owner, "source_key": f"card:{source}",
            "version": 1, "created_at": at, "updated_at": at, "updated_by": owner,
        })
        for card in dict.fromkeys(cards):
            link_rows.append({"id": state.new_id(m.BacklogCardLink), "backlog_item_id": item_id, "card_id": card})

    for board in range(n_boards):
        curated = [(i, item) for i, item in enumerate(canvas.BACKLOG) if state.scale > 1 or i % n_boards == board]
        for _i, (title, description, pillar, reach, impact, confidence, effort, status, owner, keys) in curated:
            cards = [by_board_key[(board, key)]["id"] for key in keys if (board, key) in by_board_key]
            if not cards:
                other = (board + 1) % n_boards
                cards = [by_board_key[(other, key)]["id"] for key in keys if (other, key) in by_board_key]
            if cards:
                add_item(title, description, pillar, (reach, impact, confidence, effort), status, owner, cards)
        if state.scale == 1:
            continue
        want = 100 * (board + 1)
        pool = [meta for meta in metas if meta["board"] == board and meta["zone"] != "products"
                and meta["zone"] != "jobs" and meta["id"] not in used_sources]
        rng.shuffle(pool)
        for meta in pool[:max(0, want - len(item_rows))]:
            prefix = {"pains": "Снять боль: ", "gains": "Дать партнёрам: "}.get(meta["zone"], "Реализовать: ")
            rice = (float(rng.randint(10, 100)), rng.choice((0.25, 0.5, 1.0, 2.0, 3.0)),
                    rng.choice((0.5, 0.8, 1.0)), rng.choice((0.5, 1.0, 2.0, 3.0, 5.0, 8.0)))
            status = rng.choice(("new", "new", "new", "triaged", "triaged", "planned"))
            owner = rng.choice(people.INTERVIEWERS + ("Продакт: Олег Лебедев",))
            add_item(prefix + meta["title"], "Из разбора доски сегмента.", meta["pillar"], rice, status, owner,
                     [meta["id"]])
    state.insert(m.BacklogItem, item_rows)
    state.insert(m.BacklogCardLink, link_rows)
    state.backlog_items = item_rows
    element_rows = []
    for position, (key, pillar, title, description, status, card_key) in enumerate(canvas.PROGRAM_ELEMENTS):
        element_rows.append({"id": state.new_id(m.ProgramElement), "key": key, "pillar": pillar, "title": title,
                             "description": description, "status": status,
                             "card_id": first_board.get(card_key) if card_key else None, "position": position})
    state.insert(m.ProgramElement, element_rows)


def build_survey(state: DemoState) -> None:
    """A partner survey round rating backlog items and pains."""
    rng = state.rng
    round_id = state.new_id(m.SurveyRound)
    state.insert(m.SurveyRound, [{"id": round_id, "name": "Опрос партнёров, ноябрь 2025",
                                  "held_on": datetime(2025, 11, 20, 9, 0, tzinfo=UTC),
                                  "imported_at": datetime(2025, 11, 21, 12, 0, tzinfo=UTC)}])
    items: list[dict[str, Any]] = state.backlog_items
    pains = [meta for meta in state.card_meta if meta["zone"] == "pains"]
    partners = sorted(set(state.interviewed_partner_ids))
    rows = []
    for k in range(20 * state.scale):
        row: dict[str, Any] = {"id": state.new_id(m.SurveyAnswer), "round_id": round_id,
                               "partner_id": rng.choice(partners), "backlog_item_id": None, "card_id": None}
        if k % 4 == 3:
            card = rng.choice(pains)
            row.update(card_id=card["id"], subject=card["title"], rating=rng.randint(2, 5))
        else:
            item = rng.choice(items)
            row.update(backlog_item_id=item["id"], subject=item["title"], rating=rng.randint(1, 5))
        row["comment"] = rng.choice(canvas.SURVEY_COMMENTS)
        rows.append(row)
    state.insert(m.SurveyAnswer, rows)
