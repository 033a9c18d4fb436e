"""How well the shipped classifier reads the demo project's own labelled statements.

The demo's interview notes (:mod:`workbench.demodata`) carry their true kind. They are never
trained on, so they are a test set in the app's own domain and style: third-person summaries of an
interview ("Партнёр тратит ...", "They want ...") and verbless wishes ("Единый кабинет для ...").
``workbench nlp demo-accuracy`` prints accuracy per language, per-class precision and recall and a
confusion matrix (rows are the true kinds, columns the suggestions).

The lines are split in two halves by their position in their theme (even / odd). Cue rules were
tuned looking only at the misreads of the even half; the odd half is the unseen check, and the
command prints both so a gap between them shows over-fitting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.nlp.training import EvalReport, score
from workbench.nlp.types import LABELS, LANGS

DEMO_CRM = "amoCRM"  # the ecosystem of the demo's first segment, put in for "{crm}"


@dataclass(frozen=True)
class DemoStatement:
    """One labelled demo line."""

    text: str
    label: str
    lang: str
    half: str  # "even" or "odd": the line's position in its theme


@dataclass(frozen=True)
class DemoResult:
    """Gold and suggested labels of one language's demo statements."""

    lang: str
    items: tuple[DemoStatement, ...]
    predicted: tuple[str, ...]

    def report(self, half: str | None = None) -> EvalReport:
        """Scores over all lines, or over one half ("even" / "odd")."""
        pairs = [(i.label, p) for i, p in zip(self.items, self.predicted, strict=True) if half in (None, i.half)]
        return score([g for g, _ in pairs], [p for _, p in pairs])

    def confusion(self) -> dict[str, dict[str, int]]:
        """``confusion[gold][predicted]`` counts."""
        table = {gold: dict.fromkeys(LABELS, 0) for gold in LABELS}
        for item, predicted in zip(self.items, self.predicted, strict=True):
            table[item.label][predicted] += 1
        return table

    def misread(self) -> list[tuple[DemoStatement, str]]:
        """The lines whose suggestion differs from their true kind."""
        return [(i, p) for i, p in zip(self.items, self.predicted, strict=True) if i.label != p]

    def format(self) -> str:
        """The table printed by ``workbench nlp demo-accuracy`` for this language."""
        full = self.report()
        lines = [
            f"[{self.lang}] accuracy {full.accuracy:.3f}  macro-F1 {full.macro_f1:.3f}  n={full.n}  "
            f"(even half {self.report('even').accuracy:.3f}, odd half {self.report('odd').accuracy:.3f})",
            f"{'label':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
        ]
        for c in full.classes:
            lines.append(f"{c.label:<8}{c.precision:>10.3f}{c.recall:>10.3f}{c.f1:>10.3f}{c.support:>10}")
        lines.append("confusion (rows: true kind, columns: suggested)")
        lines.append(f"{'':<8}" + "".join(f"{label:>8}" for label in LABELS))
        for gold, row in self.confusion().items():
            lines.append(f"{gold:<8}" + "".join(f"{row[label]:>8}" for label in LABELS))
        return "\n".join(lines)


def demo_statements(lang: str) -> list[DemoStatement]:
    """Every labelled line of the demo's ``lang`` interview notes, ``{crm}`` filled in."""
    from workbench.demodata.statements_en import THEMES_EN
    from workbench.demodata.statements_ru import THEMES_RU

    themes: dict[str, Sequence[tuple[str, int | None, str]]]
    if lang == "ru":
        themes = {theme: lines for theme, (_, lines) in THEMES_RU.items()}
    else:
        themes = dict(THEMES_EN)
    out = []
    for lines in themes.values():
        for index, (kind, _, text) in enumerate(lines):
            out.append(DemoStatement(text.replace("{crm}", DEMO_CRM), kind, lang, "even" if index % 2 == 0 else "odd"))
    return out


def evaluate_demo(model_dir: Path | None = None) -> list[DemoResult]:
    """Classify every labelled demo statement with the model in ``model_dir`` (default: shipped)."""
    from workbench.nlp.pipeline import Classifier

    classifier = Classifier(model_dir)
    results = []
    for lang in LANGS:
        items = demo_statements(lang)
        predicted = [s.label for s in classifier.classify([i.text for i in items], lang)]
        results.append(DemoResult(lang, tuple(items), tuple(predicted)))
    return results
