"""Canvas cards, capabilities, backlog items, program elements and interview wrap-ups for the demo.

Profile cards name the statement themes that back them (evidence is matched by theme and kind);
value-map cards name the profile cards they address (fit links). Pains "pain_support_slow" and
"pain_poaching" have no reliever on purpose: the board must show an unaddressed severe pain.
"""

from __future__ import annotations

# Profile cards: (key, title, themes, importance), per zone, most important first.
PROFILE_CARDS: dict[str, tuple[tuple[str, str, tuple[str, ...], int], ...]] = {
    "jobs": (
        ("job_implement", "Внедрять {crm} для отделов продаж малого и среднего бизнеса", ("business",), 3),
        ("job_no_lost_calls", "Не терять ни одного звонка клиента: всё попадает в CRM", ("clients",), 3),
        ("job_telephony", "Подключать и настраивать телефонию в каждом проекте внедрения", ("telephony_role",), 3),
        ("job_route_calls", "Распределять звонки клиентов по данным CRM", ("routing",), 2),
        ("job_control_reps", "Помогать руководителю клиента контролировать звонки менеджеров",
         ("analytics", "call_filter"), 2),
        ("job_custom_dev", "Дорабатывать интеграцию через API и свои виджеты", ("api_widget",), 2),
        ("job_outbound", "Автоматизировать обзвон базы клиентов", ("robot",), 2),
        ("job_reconcile", "Сверять начисления и выплаты от вендоров", ("payouts", "lost_payments"), 1),
        ("job_train", "Обучать своих сотрудников и менеджеров клиента", ("training",), 2),
        ("job_register", "Закреплять приведённых клиентов за собой", ("lead_reg",), 2),
        ("job_subpartners", "Работать с субподрядчиками и фрилансерами в регионах", ("two_tier",), 1),
        ("job_own_use", "Пользоваться телефонией в собственном отделе продаж", ("free_access",), 1),
    ),
    "pains": (
        ("pain_chase", "Приходится выбивать своё вознаграждение", ("payouts", "commission"), 3),
        ("pain_lost_payments", "Теряются оплаты: клиент «отвязывается» от партнёра", ("lost_payments",), 3),
        ("pain_lead_conflict", "Клиент приходит к вендору напрямую, и партнёра не учитывают", ("lead_reg",), 3),
        ("pain_support_slow", "Поддержка вендора отвечает клиентам партнёра сутками", ("support",), 3),
        ("pain_paper", "Бумажные оригиналы с мокрой печатью каждый месяц", ("edo",), 3),
        ("pain_widget", "Виджет и API ломаются после обновлений", ("api_widget",), 3),
        ("pain_poaching", "Менеджеры вендора переманивают клиентов партнёра", ("account_mgr",), 3),
        ("pain_slow_payouts", "Выплаты редко: раз в квартал или по запросу", ("payouts",), 2),
        ("pain_wrong_route", "Звонок постоянного клиента уходит не на его менеджера", ("routing", "clients"), 2),
        ("pain_dept_filter", "Нет фильтра звонков по отделам", ("call_filter",), 2),
        ("pain_threshold", "Минимальный порог выплат: мелкие суммы копятся месяцами", ("threshold",), 2),
        ("pain_no_visibility", "Не видно переходов, закреплённых клиентов и начислений", ("tracking",), 2),
        ("pain_scattered", "Информация о продукте разбросана, нет скриптов и обучения", ("training",), 2),
        ("pain_manual_calls", "Менеджеры клиента вручную обзванивают базу", ("robot",), 2),
        ("pain_short_trial", "Короткий тестовый период, нет доступа для себя", ("free_access",), 1),
    ),
    "gains": (
        ("gain_auto_payouts", "Автовыплата в течение нескольких часов после оплаты клиента", ("payouts",), 3),
        ("gain_commission", "Комиссия чуть выше рынка и со всех оплат клиента", ("commission",), 3),
        ("gain_edo", "Только ЭДО, без бумажных оригиналов", ("edo",), 3),
        ("gain_lead_protection", "Клиент закреплён за партнёром, даже если пришёл другим путём", ("lead_reg",), 3),
        ("gain_free_access", "Бесплатный полный доступ к продукту для себя и для демо", ("free_access",), 3),
        ("gain_crm_routing", "Звонок сам находит ответственного менеджера из CRM", ("routing",), 3),
        ("gain_portal", "Портал партнёра: продукт, видео, стандарты, скрипты, возражения", ("training",), 2),
        ("gain_tracking", "Видеть переходы и оплаты без входа в кабинет", ("tracking",), 2),
        ("gain_lead_flow", "Получать лиды от вендора как сертифицированный партнёр", ("lead_handover", "levels_cert"), 2),
        ("gain_robot", "Робот обзвона, который соединяет клиента с менеджером", ("robot",), 2),
        ("gain_partner_support", "Выделенная поддержка партнёров с ответом в течение часа", ("support",), 2),
        ("gain_community", "Сообщество: чат партнёров, конференции, совместные вебинары", ("community",), 1),
        ("gain_promo", "Готовые промо-материалы и кейсы по отраслям", ("promo",), 1),
        ("gain_two_tier", "Процент с клиентов своих субпартнёров", ("two_tier",), 1),
    ),
}

# Value-map cards: (key, title, pillar, addressed profile-card keys, importance).
VALUE_CARDS: dict[str, tuple[tuple[str, str, str, tuple[str, ...], int], ...]] = {
    "products": (
        ("prod_program", "Партнёрская программа с уровнями Bronze / Silver / Gold", "operational", (), 3),
        ("prod_integration", "Интеграция телефонии с {crm}", "product", (), 3),
        ("prod_reward", "Вознаграждение с каждой оплаты клиента", "financial", (), 3),
        ("prod_cabinet", "Реферальная ссылка и кабинет партнёра", "operational", (), 2),
        ("prod_analytics", "Аналитика звонков и речевая аналитика", "product", (), 2),
        ("prod_portal", "Партнёрский портал и база знаний", "operational", (), 2),
        ("prod_cert", "Сертификационный курс для внедренцев", "operational", (), 1),
        ("prod_api", "Публичный API и вебхуки", "product", (), 2),
    ),
    "relievers": (
        ("rel_auto_payouts", "Выплаты два раза в месяц автоматически, без запроса", "financial",
         ("pain_chase", "pain_slow_payouts"), 3),
        ("rel_lost_search", "Ежемесячный поиск потерянных оплат и доначисление", "financial",
         ("pain_lost_payments",), 3),
        ("rel_lead_reg", "Регистрация лида с закреплением на 180 дней", "operational", ("pain_lead_conflict",), 3),
        ("rel_edo", "ЭДО для всех документов, без оригиналов", "operational", ("pain_paper",), 3),
        ("rel_widget", "Стабильная версия виджета и уведомления о ломающих изменениях API", "product",
         ("pain_widget",), 2),
        ("rel_no_threshold", "Выплаты без минимального порога", "financial", ("pain_threshold",), 2),
        ("rel_routing", "Маршрутизация на ответственного из CRM", "product", ("pain_wrong_route",), 2),
        ("rel_notices", "Уведомление о каждом переходе и еженедельный отчёт на почту", "operational",
         ("pain_no_visibility",), 2),
        ("rel_portal", "Портал со скриптами звонков и отработкой возражений", "operational", ("pain_scattered",), 2),
        ("rel_robot", "Робот-помощник отдела продаж для обзвона", "product", ("pain_manual_calls",), 2),
        ("rel_filter", "Фильтр звонков на уровне отдела", "product", ("pain_dept_filter",), 1),
        ("rel_free", "Бесплатный полный доступ для партнёров", "product", ("pain_short_trial",), 1),
    ),
    "creators": (
        ("cre_instant", "Автовыплата в течение нескольких часов после оплаты клиента", "financial",
         ("gain_auto_payouts",), 3),
        ("cre_rate", "Ставка на 2–3 п.п. выше рынка и бонус за первые 3 месяца", "financial", ("gain_commission",), 3),
        ("cre_edo", "Подписание договора онлайн и закрывающие документы в ЭДО", "operational", ("gain_edo",), 3),
        ("cre_free", "Безлимитный аккаунт партнёра и демо-стенд", "product", ("gain_free_access",), 3),
        ("cre_routing", "Маршрутизация по полям сделки без программиста", "product", ("gain_crm_routing",), 2),
        ("cre_portal", "Портал партнёра с короткими видео по каждой функции", "operational", ("gain_portal",), 2),
        ("cre_notices", "Уведомления о переходах и оплатах в мессенджер", "operational", ("gain_tracking",), 2),
        ("cre_lead_flow", "Автоматическая передача лидов сертифицированным интеграторам", "operational",
         ("gain_lead_flow", "gain_lead_protection"), 2),
        ("cre_community", "Чат партнёров и ежегодная партнёрская конференция", "operational", ("gain_community",), 1),
        ("cre_two_tier", "Двухуровневая программа для субпартнёров", "financial", ("gain_two_tier",), 1),
        ("cre_support", "Линия поддержки партнёров с SLA один час", "operational", ("gain_partner_support",), 2),
    ),
}

# Per board at scale 1, and per board at larger scales (200 cards a board).
ZONE_COUNTS_SMALL: dict[str, int] = {"products": 6, "relievers": 8, "creators": 7, "jobs": 8, "pains": 11, "gains": 10}
ZONE_COUNTS_LARGE: dict[str, int] = {"products": 20, "relievers": 32, "creators": 28, "jobs": 35, "pains": 45, "gains": 40}

# (name, pillar, status, description, card key)
CAPABILITIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Комиссия с каждой оплаты клиента", "financial", "have", "Процент со всех платежей клиента весь срок жизни.", "gain_commission"),
    ("Ставка выше рынка", "financial", "partial", "Сейчас 12%, у конкурентов 10–15%.", "gain_commission"),
    ("Выплаты два раза в месяц", "financial", "missing", "Сейчас выплаты ежемесячно по запросу.", "pain_slow_payouts"),
    ("Автоматические выплаты", "financial", "missing", "Нужна связка биллинга и выплат.", "gain_auto_payouts"),
    ("Выплаты без минимального порога", "financial", "partial", "Порог 3000 ₽, остаток переносится.", "pain_threshold"),
    ("Двухуровневая программа", "financial", "missing", "", "gain_two_tier"),
    ("Поиск потерянных оплат", "financial", "missing", "Сверка клиентов партнёра с биллингом.", "pain_lost_payments"),
    ("ЭДО с партнёрами", "operational", "partial", "Диадок есть, роуминг не настроен.", "gain_edo"),
    ("Регистрация лидов", "operational", "partial", "Через менеджера по почте, закрепление 30 дней.", "pain_lead_conflict"),
    ("Автоматическая передача лидов", "operational", "missing", "", "gain_lead_flow"),
    ("Партнёрский портал", "operational", "missing", "Материалы разбросаны по сайту и базе знаний.", "gain_portal"),
    ("Еженедельные вебинары", "operational", "have", "По четвергам, записи в базе знаний.", ""),
    ("Сертификация партнёров", "operational", "partial", "Тест без практической части.", ""),
    ("Уровни партнёрства", "operational", "have", "Bronze / Silver / Gold по числу клиентов.", ""),
    ("Уведомления о переходах", "operational", "missing", "", "gain_tracking"),
    ("Выделенная поддержка партнёров", "operational", "missing", "Общая линия поддержки.", "pain_support_slow"),
    ("Промо-материалы", "operational", "have", "Презентация и баннеры, без кейсов по отраслям.", "gain_promo"),
    ("Интеграция с amoCRM", "product", "have", "Виджет в маркетплейсе amoCRM.", ""),
    ("Интеграция с Битрикс24", "product", "have", "Приложение в Маркетплейсе Битрикс24.", ""),
    ("Маршрутизация по данным CRM", "product", "partial", "Только по ответственному, без полей сделки.", "gain_crm_routing"),
    ("Робот обзвона", "product", "missing", "", "gain_robot"),
    ("Фильтр звонков по отделам", "product", "missing", "", "pain_dept_filter"),
    ("Публичный API", "product", "have", "REST API и вебхуки.", ""),
    ("Песочница API", "product", "missing", "", "pain_widget"),
    ("Бесплатный доступ для партнёров", "product", "missing", "Сейчас тест на 14 дней.", "gain_free_access"),
    ("Речевая аналитика", "product", "have", "Транскрибация и поиск по ключевым словам.", ""),
)

# (title, description, pillar, reach, impact, confidence, effort, status, owner, card keys)
BACKLOG: tuple[tuple[str, str, str, float, float, float, float, str, str, tuple[str, ...]], ...] = (
    ("Автоматические выплаты партнёрам", "Выплата вознаграждения в течение часов после оплаты клиента, без запроса.",
     "financial", 80, 3, 0.8, 5, "planned", "Илья Громов", ("gain_auto_payouts", "pain_chase")),
    ("Выплаты два раза в месяц", "Переход с ежемесячных выплат по запросу на два автоматических цикла.",
     "financial", 90, 2, 1.0, 2, "planned", "Илья Громов", ("pain_slow_payouts",)),
    ("Регистрация лида из CRM", "Форма регистрации лида в виджете, закрепление на 180 дней.",
     "operational", 70, 3, 0.8, 4, "triaged", "Анна Соколова", ("pain_lead_conflict", "gain_lead_protection")),
    ("Маршрутизация по полям сделки", "Распределение звонков по ответственному, стадии и тегам сделки.",
     "product", 60, 3, 0.8, 6, "planned", "Продакт: Олег Лебедев", ("gain_crm_routing", "pain_wrong_route")),
    ("Робот-помощник для обзвона", "Автоматические звонки по задачам в CRM с соединением на менеджера.",
     "product", 45, 2, 0.5, 8, "triaged", "Продакт: Олег Лебедев", ("gain_robot", "pain_manual_calls")),
    ("Фильтр звонков на уровне отдела", "Фильтр в журнале звонков и отчётах по отделам.",
     "product", 50, 1, 1.0, 1.5, "planned", "Продакт: Олег Лебедев", ("pain_dept_filter", "rel_filter")),
    ("ЭДО вместо бумажных оригиналов", "Роуминг ЭДО со всеми операторами, отказ от оригиналов.",
     "operational", 85, 2, 0.8, 2, "triaged", "Екатерина Белова", ("pain_paper", "gain_edo")),
    ("Поиск потерянных оплат", "Ежемесячная сверка клиентов партнёров с биллингом и доначисление.",
     "financial", 60, 2, 0.5, 3, "new", "Илья Громов", ("pain_lost_payments",)),
    ("Портал партнёра", "Продукт, видео, стандарты, скрипты звонков и отработка возражений в одном месте.",
     "operational", 75, 2, 0.8, 5, "new", "Екатерина Белова", ("gain_portal", "pain_scattered")),
    ("Уведомления о переходах в мессенджер", "Бот: каждый переход, регистрация и оплата по ссылке партнёра.",
     "operational", 65, 1, 0.8, 1, "new", "Дмитрий Орлов", ("gain_tracking", "pain_no_visibility")),
    ("Бесплатный аккаунт партнёра", "Полный функционал без ограничения срока для команды партнёра.",
     "product", 80, 2, 1.0, 1, "triaged", "Дмитрий Орлов", ("gain_free_access", "pain_short_trial")),
    ("Песочница и changelog API", "Тестовая среда и уведомления о ломающих изменениях за месяц.",
     "product", 40, 2, 0.8, 4, "new", "Продакт: Олег Лебедев", ("pain_widget",)),
    ("Выплаты без минимального порога", "Снять порог 3000 ₽ для всех уровней.",
     "financial", 55, 1, 1.0, 0.5, "planned", "Илья Громов", ("pain_threshold", "rel_no_threshold")),
    ("Двухуровневая партнёрская программа", "Вознаграждение с клиентов субпартнёров, пилот на 10 партнёрах.",
     "financial", 20, 1, 0.5, 3, "new", "Анна Соколова", ("gain_two_tier",)),
    ("Автоматическая передача лидов", "Входящие заявки на внедрение уходят сертифицированным партнёрам региона.",
     "operational", 50, 2, 0.5, 4, "new", "Анна Соколова", ("gain_lead_flow",)),
    ("Ежегодная партнёрская конференция", "Кейсы партнёров, планы продукта, нетворкинг.",
     "operational", 100, 0.5, 0.8, 2, "new", "Екатерина Белова", ("gain_community",)),
)

# (key, pillar, title, description, status, card key)
PROGRAM_ELEMENTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("commission", "financial", "Комиссия чуть выше рынка", "Процент со всех оплат клиента.", "partial", "gain_commission"),
    ("payout_frequency", "financial", "Выплаты не реже двух раз в месяц", "", "missing", "pain_slow_payouts"),
    ("auto_payouts", "financial", "Автоматические выплаты", "В течение часов после оплаты клиента.", "missing", "gain_auto_payouts"),
    ("no_threshold", "financial", "Без минимального порога выплат", "", "partial", "pain_threshold"),
    ("two_tier", "financial", "Двухуровневая программа", "Доход с субпартнёров.", "missing", "gain_two_tier"),
    ("lost_payments", "financial", "Проактивный поиск потерянных оплат", "", "missing", "pain_lost_payments"),
    ("tracking", "operational", "Прозрачный учёт без входа в кабинет", "Уведомление о каждом переходе.", "missing", "gain_tracking"),
    ("edo", "operational", "ЭДО вместо оригиналов", "", "partial", "gain_edo"),
    ("lead_registration", "operational", "Регистрация лидов", "Клиент закреплён, даже если пришёл другим путём.", "partial", "gain_lead_protection"),
    ("lead_handover", "operational", "Автоматическая передача лидов", "Сертифицированным интеграторам.", "missing", "gain_lead_flow"),
    ("levels", "operational", "Уровни партнёрства", "По глубине вовлечения.", "have", ""),
    ("certification", "operational", "Сертификация", "", "partial", ""),
    ("portal", "operational", "Партнёрский портал", "Продукт, видео, стандарты, скрипты.", "missing", "gain_portal"),
    ("webinars", "operational", "Еженедельные вебинары", "Для продавцов и руководителей.", "have", ""),
    ("community", "operational", "Чат и конференции партнёров", "", "partial", "gain_community"),
    ("promo", "operational", "Промо-материалы", "", "have", "gain_promo"),
    ("client_features", "product", "Доработки для клиентов партнёров", "Маршрутизация, робот, фильтр по отделам.", "partial", "gain_crm_routing"),
    ("free_access", "product", "Бесплатный полный доступ для партнёров", "", "missing", "gain_free_access"),
)

THEME_LABELS: dict[str, str] = {
    "commission": "размер комиссии", "payouts": "частота выплат", "threshold": "порог выплат",
    "two_tier": "двухуровневая схема", "lost_payments": "потерянные оплаты", "routing": "маршрутизация по CRM",
    "robot": "робот обзвона", "call_filter": "фильтр звонков по отделам", "api_widget": "стабильность виджета и API",
    "analytics": "аналитика звонков", "free_access": "бесплатный доступ", "tracking": "прозрачный учёт переходов",
    "edo": "ЭДО", "lead_reg": "регистрация лидов", "lead_handover": "передача лидов", "training": "обучение и портал",
    "levels_cert": "уровни и сертификация", "support": "поддержка клиентов партнёра", "account_mgr": "аккаунт-менеджмент",
    "pricing": "тарифы", "community": "сообщество", "promo": "промо-материалы",
}
SUMMARY_TAILS: tuple[str, ...] = (
    "Настроены доброжелательно, готовы участвовать в пилоте.",
    "К партнёрству относятся осторожно: был негативный опыт с другим оператором.",
    "Заинтересованы, но решение принимает собственник после пилота на одном клиенте.",
    "Активно делились идеями, просили держать в курсе изменений.",
    "Главный мотив — не деньги, а надёжность для их клиентов.",
    "Готовы привести первого клиента в ближайший месяц.",
)
NEXT_STEPS: tuple[str, ...] = (
    "Отправить итоги интервью и черновик условий программы.",
    "Дать тестовый доступ на полный функционал, созвониться через две недели.",
    "Пригласить на пилот регистрации лидов.",
    "Познакомить с продакт-менеджером по вопросам API.",
    "Прислать договор через ЭДО, обсудить ставку после первых клиентов.",
    "Пригласить на вебинар для партнёров в четверг.",
    "Запросить контакты двух рекомендованных интеграторов.",
)
SUMMARY_EN: tuple[str, ...] = (
    "Friendly and open; ready to join a pilot.",
    "Cautious after a bad experience with another provider; reliability matters more than the rate.",
)
NEXT_STEPS_EN: tuple[str, ...] = (
    "Send the interview notes and the draft program terms.",
    "Give full free access and follow up in two weeks.",
)
SURVEY_COMMENTS: tuple[str, ...] = (
    "Нужно было ещё вчера.", "Важно, но не срочно.", "Клиенты спрашивают каждую неделю.",
    "Для нас это главное.", "Пока не актуально.", "Сделайте хотя бы частично.", "", "",
)
