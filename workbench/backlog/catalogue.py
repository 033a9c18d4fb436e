"""The catalogue of partner-program elements the seed interviews taught (../shared/DOMAIN.md).

Each element has a stable key, a pillar, and a title and description in Russian and English.
``aliases`` are keys of elements in existing projects that already cover it (the demo keeps chat
and conferences together as "community"), so seeding never adds a near-duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogueElement:
    """One element of the program catalogue."""

    key: str
    pillar: str
    title_ru: str
    title_en: str
    description_ru: str
    description_en: str
    aliases: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        """The title in ``lang`` ("ru" or "en")."""
        return self.title_ru if lang == "ru" else self.title_en

    def description(self, lang: str) -> str:
        """The description in ``lang``."""
        return self.description_ru if lang == "ru" else self.description_en


CATALOGUE: tuple[CatalogueElement, ...] = (
    CatalogueElement("commission", "financial", "Уровень комиссии", "Commission level",
                     "Чуть выше, чем у конкурентов, со всех оплат клиента.",
                     "A little above competitors, on every payment of the client."),
    CatalogueElement("payout_frequency", "financial", "Частота выплат", "Payout frequency",
                     "Не реже двух раз в месяц, лучше — автоматически в течение часов после оплаты клиента.",
                     "At least twice a month; best, automatic within hours of the client's payment.",
                     ("auto_payouts",)),
    CatalogueElement("no_threshold", "financial", "Без минимального порога выплат", "No minimum payout",
                     "Мелкие суммы не копятся месяцами.", "Small amounts are not held back for months."),
    CatalogueElement("two_tier", "financial", "Двухуровневая программа", "Two-tier program",
                     "Доход с клиентов субпартнёров.", "Income from the clients of sub-partners."),
    CatalogueElement("levels", "operational", "Уровни партнёрства", "Partner levels",
                     "По глубине вовлечения партнёра.", "By the depth of the partner's engagement."),
    CatalogueElement("certification", "operational", "Сертификация", "Certification",
                     "Подтверждённая квалификация сотрудников партнёра.", "Proven skills of the partner's staff."),
    CatalogueElement("lead_registration", "operational", "Регистрация лидов", "Lead registration",
                     "Клиент закреплён за партнёром, даже если пришёл другим путём.",
                     "The client stays the partner's even when they come back another way."),
    CatalogueElement("lead_handover", "operational", "Передача лидов", "Lead hand-over",
                     "Автоматическая передача лидов сертифицированным интеграторам.",
                     "Automatic hand-over of leads to certified integrators."),
    CatalogueElement("edo", "operational", "Электронный документооборот", "Electronic documents",
                     "ЭДО вместо оригиналов с мокрой печатью.", "Electronic document exchange instead of wet-stamp originals."),
    CatalogueElement("portal", "operational", "Партнёрский портал", "Partner portal",
                     "Продукт, видео, стандарты, отработка возражений, скрипты звонков.",
                     "Product information, videos, standards, objection handling, call scripts."),
    CatalogueElement("webinars", "operational", "Вебинары", "Webinars",
                     "Еженедельно, для продавцов и руководителей.", "Weekly, for sales staff and managers."),
    CatalogueElement("conferences", "operational", "Партнёрские конференции", "Partner conferences",
                     "Кейсы партнёров, планы продукта, нетворкинг.", "Partner cases, product plans, networking.",
                     ("community",)),
    CatalogueElement("chat", "operational", "Чат партнёров", "Partner chat",
                     "Сообщество партнёров и быстрые ответы вендора.", "A partner community and quick answers from the vendor.",
                     ("community",)),
    CatalogueElement("promo", "operational", "Промо-материалы", "Promotional materials",
                     "Презентации, баннеры, кейсы по отраслям.", "Presentations, banners, industry cases."),
    CatalogueElement("free_access", "product", "Бесплатный полный доступ", "Free full access",
                     "Партнёр сам пользуется продуктом и показывает его клиентам.",
                     "Partners use the product themselves and demonstrate it to clients."),
)

BY_KEY: dict[str, CatalogueElement] = {e.key: e for e in CATALOGUE}


def catalogue_title(key: str, lang: str) -> str:
    """The catalogue title of an element key, or "" for elements outside the catalogue."""
    element = BY_KEY.get(key)
    return element.title(lang) if element is not None else ""
