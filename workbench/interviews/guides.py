"""Built-in interview guides for partner-program customer development, in Russian and English.

The guides follow the method of the domain: open with "we are launching a partner program and
doing customer development" and talk about values before money; then learn the partner's
business and jobs, how the financial side should work, what the product must do for the
partners and their clients, how day-to-day operations should run, what they do NOT like, and
their wishes. The guides are plain data; :func:`install_builtin_guides` writes them into a
project once (keyed by ``builtin_key``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from workbench.store.models import GuideQuestion, InterviewGuide, utcnow


@dataclass(frozen=True)
class GuideSection:
    """A titled group of (question, hint) pairs."""

    title: str
    questions: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BuiltinGuide:
    """A guide shipped with the app."""

    builtin_key: str
    name: str
    lang: str
    description: str
    sections: tuple[GuideSection, ...]


GUIDE_RU = BuiltinGuide(
    builtin_key="partner_program_ru",
    name="Партнёрская программа: глубинное интервью",
    lang="ru",
    description=(
        "Интервью с опытным партнёром-интегратором перед запуском партнёрской программы. "
        "Не продаём: говорим о ценностях, а не о деньгах, и слушаем. Цель — понять финансовую "
        "сторону, что продукт должен делать для партнёра и его клиентов и как выстроить операционку."
    ),
    sections=(
        GuideSection("Открытие", (
            ("Мы запускаем партнёрскую программу и сейчас проходим этап customer development. "
             "Можно задать вам несколько вопросов о вашей работе?",
             "Не продавать. Честно сказать, какую выгоду хотим получить сами, и что она возможна "
             "только при взаимной выгоде."),
            ("Что для вас важно в работе с вендорами, помимо денег?",
             "Ценности, а не проценты: доверие, качество, скорость, отношение к клиенту."),
            ("С какими вендорами вы уже сотрудничаете и почему именно с ними?",
             "Записать названия и что именно их держит: деньги, продукт, люди."),
            ("Как вы обычно узнаёте о новых продуктах для своих клиентов?",
             "Каналы: сообщество, конференции, клиенты, вендор CRM."),
        )),
        GuideSection("Бизнес партнёра и его задачи", (
            ("Расскажите о вашей компании: сколько человек, сколько клиентов, какие проекты типичны?",
             "Размер, география, средний чек, доля внедрений и поддержки."),
            ("Кто ваш типичный клиент и с какой задачей он к вам приходит?",
             "Отрасль, размер отдела продаж, зрелость процессов."),
            ("Как выглядит ваш типовой проект внедрения от первого звонка до сдачи?",
             "Этапы, сроки, где застревает, кто участвует со стороны клиента."),
            ("Какое место в ваших проектах занимает телефония и аналитика звонков?",
             "Кто выбирает оператора: партнёр или клиент; как часто телефония входит в проект."),
            ("Что сейчас больше всего отнимает время у вашей команды?",
             "Ищем работы и боли: рутина, поддержка, переделки."),
        )),
        GuideSection("Финансовая сторона", (
            ("Как сейчас устроено вознаграждение у вендоров, с которыми вы работаете?",
             "Процент, разово или с каждой оплаты, есть ли порог выплат."),
            ("Как часто вам удобно получать выплаты и в каком виде?",
             "Раз в месяц, два раза в месяц, в течение суток, автоматически."),
            ("Бывало ли, что вы теряли вознаграждение? Как это выяснялось?",
             "Потерянные оплаты, клиент пришёл другим путём, спор о закреплении."),
            ("Интересна ли вам двухуровневая схема — вознаграждение с ваших субпартнёров?",
             "Есть ли у них фрилансеры, региональные партнёры, субподрядчики."),
            ("Что важнее: размер процента или предсказуемость и прозрачность начислений?",
             "Не торговаться; понять, что реально влияет на решение."),
        )),
        GuideSection("Продукт для партнёра и его клиентов", (
            ("Каких возможностей телефонии не хватает вашим клиентам в связке с CRM?",
             "Маршрутизация по данным CRM, робот обзвона, фильтр звонков по отделам."),
            ("С какими проблемами интеграции и API вы сталкивались?",
             "Виджет, вебхуки, лимиты, документация, дубли сделок."),
            ("Как ваши клиенты используют аналитику звонков и записи разговоров?",
             "Кто смотрит отчёты, какие метрики, контроль менеджеров."),
            ("Было бы полезно иметь бесплатный полный доступ к продукту для себя?",
             "Чтобы попробовать на себе и показывать клиентам на демо."),
            ("Какую доработку вы попросили бы сделать первой?",
             "Одна самая важная; записать дословно."),
        )),
        GuideSection("Операционное взаимодействие", (
            ("Как вам удобнее обмениваться документами: ЭДО или оригиналы?",
             "Акты, счета, договоры; сколько времени уходит на бумагу."),
            ("Как вы хотели бы регистрировать лиды и закреплять клиентов за собой?",
             "Что происходит, если клиент приходит к вендору сам или через другой канал."),
            ("Как вы хотели бы отслеживать переходы и оплаты клиентов?",
             "Личный кабинет, уведомления о каждом переходе, отчёты на почту."),
            ("Как обучать ваших сотрудников продукту?",
             "Вебинары, портал, сертификация, скрипты, отработка возражений."),
            ("Что думаете об уровнях партнёрства и сертификации?",
             "Что должно давать повышение уровня; нужна ли автоматическая передача лидов."),
        )),
        GuideSection("Что не нравится", (
            ("Что вам НЕ нравится в работе с нами — в продукте, в сервисе? Что бы вы изменили?",
             "Ключевой вопрос. Не спорить, не оправдываться, записывать дословно."),
            ("Как работает поддержка для вас и для ваших клиентов?",
             "Скорость ответа, компетентность, кто решает вопросы клиентов партнёра."),
            ("Были ли ситуации, когда вы не рекомендовали нас клиенту? Почему?",
             "Цена, функции, прошлый негативный опыт."),
            ("Что раздражает в работе с другими вендорами, чего нам стоит избежать?",
             "Чужие ошибки — дешёвый источник идей."),
        )),
        GuideSection("Пожелания", (
            ("Если бы вы строили партнёрскую программу сами, что бы в ней было обязательно?",
             "Собирать даже странные пожелания: это источник идей."),
            ("Какие материалы помогли бы вам продавать?",
             "Промо, кейсы, презентации, скрипты звонков, видео."),
            ("Нужны ли вам сообщество, чат партнёров, конференции?",
             "Формат, частота, кто из команды ходил бы."),
            ("Кого ещё из партнёров нам стоит послушать?",
             "Рекомендации на следующие интервью; договориться о следующем шаге."),
        )),
    ),
)

GUIDE_EN = BuiltinGuide(
    builtin_key="partner_program_en",
    name="Partner program: in-depth interview",
    lang="en",
    description=(
        "An interview with an experienced integrator before launching the partner program. "
        "Do not sell: talk about values, not money, and listen. Goal: learn how the financial side "
        "should work, what the product must do for the partner and their clients, and how "
        "operations should run."
    ),
    sections=(
        GuideSection("Opening", (
            ("We are launching a partner program and doing customer development right now. "
             "May we ask you a few questions about your work?",
             "Do not sell. Say honestly what we want to get out of it, and that it only works "
             "if it pays off for both sides."),
            ("What matters to you in working with vendors, apart from money?",
             "Values, not percentages: trust, quality, speed, how clients are treated."),
            ("Which vendors do you already partner with, and why them?",
             "Note the names and what keeps them there: money, product, people."),
            ("How do you usually hear about new products for your clients?",
             "Channels: community, conferences, clients, the CRM vendor."),
        )),
        GuideSection("The partner's business and jobs", (
            ("Tell us about your company: headcount, number of clients, typical projects?",
             "Size, geography, average deal, share of implementation vs support."),
            ("Who is your typical client and what do they come to you with?",
             "Industry, size of the sales team, process maturity."),
            ("What does a typical implementation look like, from the first call to hand-over?",
             "Stages, timing, where it gets stuck, who takes part on the client side."),
            ("Where do telephony and call analytics fit into your projects?",
             "Who picks the provider, the partner or the client; how often telephony is in scope."),
            ("What takes up most of your team's time right now?",
             "Looking for jobs and pains: routine, support, rework."),
        )),
        GuideSection("The financial side", (
            ("How do the vendors you work with reward partners today?",
             "Percentage, one-off or recurring, any payout threshold."),
            ("How often would you like to be paid, and how?",
             "Monthly, twice a month, within a day, automatically."),
            ("Have you ever lost a commission? How did you find out?",
             "Lost payments, client came another way, attribution disputes."),
            ("Would a two-tier scheme, earning on your sub-partners, interest you?",
             "Freelancers, regional partners, subcontractors."),
            ("Which matters more: the rate, or predictable and transparent accruals?",
             "Do not haggle; find out what really drives the decision."),
        )),
        GuideSection("What the product must do", (
            ("What telephony features do your clients miss alongside their CRM?",
             "Routing by CRM data, sales call robot, department-level call filter."),
            ("What integration and API problems have you run into?",
             "Widget, webhooks, limits, documentation, duplicate deals."),
            ("How do your clients use call analytics and recordings?",
             "Who reads the reports, which metrics, supervising sales reps."),
            ("Would free full access to the product for your own team help?",
             "To try it themselves and to run client demos."),
            ("Which improvement would you ask for first?",
             "Just one, the most important; write it down verbatim."),
        )),
        GuideSection("Operations", (
            ("How do you prefer to exchange documents: e-documents or signed originals?",
             "Acts, invoices, contracts; how much time paperwork takes."),
            ("How would you like to register leads and have clients credited to you?",
             "What happens when the client comes to the vendor directly or another way."),
            ("How would you like to track referrals and client payments?",
             "Partner account, a notice on every referral click, e-mailed reports."),
            ("How should your staff be trained on the product?",
             "Webinars, portal, certification, scripts, objection handling."),
            ("What do you think about partner levels and certification?",
             "What a higher level should give; automatic lead hand-over."),
        )),
        GuideSection("What you do not like", (
            ("What do you NOT like in working with us, in the product, in the service? "
             "What would you change?",
             "The key question. Do not argue or justify; write it down verbatim."),
            ("How does support work for you and for your clients?",
             "Response time, competence, who solves the partner's clients' issues."),
            ("Have you ever not recommended us to a client? Why?",
             "Price, features, a bad past experience."),
            ("What annoys you about other vendors that we should avoid?",
             "Other people's mistakes are a cheap source of ideas."),
        )),
        GuideSection("Wishes", (
            ("If you were building the partner program yourself, what would be a must?",
             "Collect even odd wishes: they are a source of ideas."),
            ("What materials would help you sell?",
             "Promo, case studies, decks, call scripts, videos."),
            ("Do you need a community, a partner chat, conferences?",
             "Format, frequency, who from the team would attend."),
            ("Which other partners should we listen to?",
             "Referrals for the next interviews; agree on the next step."),
        )),
    ),
)

BUILTIN_GUIDES: tuple[BuiltinGuide, ...] = (GUIDE_RU, GUIDE_EN)


def install_builtin_guides(session: Session, *, created_at: datetime | None = None) -> list[int]:
    """Add the built-in guides the project lacks (matched by ``builtin_key``); return all their ids.

    Idempotent; flushes but does not commit (the caller owns the transaction). ``created_at``
    pins the guides' timestamp (the demo project passes a fixed one so that builds are identical).
    """
    when = created_at or utcnow()
    ids: list[int] = []
    for guide in BUILTIN_GUIDES:
        existing = session.exec(
            select(InterviewGuide).where(InterviewGuide.builtin_key == guide.builtin_key)
        ).first()
        if existing is not None:
            assert existing.id is not None
            ids.append(existing.id)
            continue
        row = InterviewGuide(
            name=guide.name, lang=guide.lang, description=guide.description,
            builtin_key=guide.builtin_key, created_at=when,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        position = 0
        for section in guide.sections:
            for text, hint in section.questions:
                session.add(GuideQuestion(
                    guide_id=row.id, section=section.title, text=text, hint=hint, position=position,
                ))
                position += 1
        session.flush()
        ids.append(row.id)
    return ids
