"""English interview notes (interviews held in English), grouped by the same themes as the Russian ones."""

from __future__ import annotations

from workbench.demodata.statements_ru import Line

THEMES_EN: dict[str, tuple[Line, ...]] = {
    "opening": (
        ("other", None, "Introduced ourselves: we are launching a partner program and doing customer development, not selling."),
        ("other", None, "They were surprised we came to listen instead of sending a deck."),
        ("other", None, "The founder and the head of delivery joined the call."),
    ),
    "values": (
        ("gain", 3, "They only recommend what they have tested on themselves; trust comes first."),
        ("pain", 2, "Tired of vendors who pitch nothing but a bigger percentage."),
        ("gain", 2, "The vendor must respect their relationship with the client and never go around them."),
    ),
    "business": (
        ("job", 3, "They implement {crm} for small sales teams, typically 5 to 20 reps."),
        ("job", 2, "Roughly half of their revenue is ongoing support for clients they already implemented."),
        ("pain", 2, "Hiring implementation consultants is hard, the market is tiny."),
        ("other", None, "Team of 12, fully remote, clients all over the CIS."),
    ),
    "clients": (
        ("job", 3, "Clients need every inbound call to land in the CRM, missed ones included."),
        ("pain", 3, "Missed calls do not create a task in {crm}, and clients blame the integrator."),
        ("job", 2, "Sales heads want to listen to how their reps handle calls."),
    ),
    "telephony_role": (
        ("job", 3, "Telephony is part of almost every implementation project."),
        ("pain", 3, "When call quality drops, the client calls the integrator, not the carrier."),
        ("gain", 2, "They would rather have one reliable provider than juggle three integrations."),
    ),
    "commission": (
        ("gain", 3, "The commission should be a little above competitors, two or three points is enough."),
        ("gain", 3, "They want a share of every client payment, not just the first one."),
        ("pain", 2, "It is unclear what the percentage is calculated on."),
    ),
    "payouts": (
        ("pain", 3, "Quarterly payouts are far too slow; they need the cash flow."),
        ("gain", 3, "Ideally the commission is paid automatically within hours of the client's payment."),
        ("pain", 3, "\"We keep chasing our own commission, and it feels humiliating.\""),
        ("gain", 2, "At least twice a month would already be fine."),
    ),
    "threshold": (
        ("pain", 2, "A minimum payout threshold means small clients pile up for months."),
        ("gain", 2, "No minimum threshold: withdraw whatever you have earned."),
    ),
    "two_tier": (
        ("gain", 2, "A two-tier scheme is interesting: they work with freelance implementers in the regions."),
        ("pain", 2, "They worry sub-partners will go straight to the vendor."),
    ),
    "lost_payments": (
        ("pain", 3, "A client renewed through the vendor's website and was no longer credited to them."),
        ("gain", 3, "They want the vendor to find lost payments proactively and pay them out."),
        ("pain", 2, "They found a lost commission by chance, six months later."),
    ),
    "routing": (
        ("job", 3, "Clients need calls routed by CRM data: the responsible rep, the deal stage."),
        ("pain", 3, "A regular customer calls and lands in the general queue instead of with their rep."),
        ("gain", 2, "Routing on tags and deal fields without a developer."),
    ),
    "robot": (
        ("gain", 3, "A robot that calls on a {crm} task and connects the rep would sell itself."),
        ("pain", 2, "Reps spend half a day on manual follow-up calls."),
    ),
    "call_filter": (
        ("pain", 2, "The call log filters by employee only, not by department."),
        ("gain", 2, "A department-level call filter in the log and the reports."),
    ),
    "api_widget": (
        ("pain", 3, "The {crm} widget breaks after updates and clients call the integrator at night."),
        ("pain", 2, "The API documentation is out of date; they learned half the methods from support."),
        ("pain", 2, "Call webhooks arrive late and create duplicate deals."),
        ("gain", 2, "A sandbox to test the integration without real calls."),
    ),
    "analytics": (
        ("gain", 2, "End-to-end analytics from the ad click to the payment is what sells telephony."),
        ("job", 2, "Clients use call recordings to onboard new sales reps."),
    ),
    "free_access": (
        ("gain", 3, "Free full access to the product for the partner's own team."),
        ("pain", 2, "A two-week trial is too short to show the product to a client."),
        ("gain", 2, "A demo account with sample data for client meetings."),
    ),
    "tracking": (
        ("gain", 3, "They want to see referrals and payments without logging in anywhere."),
        ("gain", 2, "A notice in the messenger on every click of the referral link."),
        ("pain", 2, "Nobody remembers the password to the partner account."),
    ),
    "edo": (
        ("pain", 3, "Wet-stamp originals every month mean couriers and lost paperwork."),
        ("gain", 3, "Electronic document exchange only, no paper originals."),
    ),
    "lead_reg": (
        ("pain", 3, "They brought the client, the client later came to the vendor directly, and they got nothing."),
        ("gain", 3, "Lead registration that credits the partner even if the client comes back another way."),
        ("pain", 2, "Lead protection lasts 30 days while their deals take three months."),
    ),
    "lead_handover": (
        ("gain", 3, "They would like the vendor to pass on clients who need {crm} implementation."),
        ("gain", 2, "Automatic lead hand-over to certified integrators in their region."),
    ),
    "training": (
        ("gain", 3, "A partner portal with product info, videos, standards and call scripts."),
        ("gain", 2, "Weekly webinars for the partner's sales staff."),
        ("pain", 2, "Product information is scattered across the site, the blog and the help center."),
    ),
    "levels_cert": (
        ("gain", 2, "Partner levels by depth of engagement, with real privileges."),
        ("pain", 2, "It is unclear what it takes to reach the next level."),
    ),
    "support": (
        ("pain", 3, "Support takes a day to answer the partner's clients, and the client gets angry at the integrator."),
        ("gain", 3, "A dedicated partner support line that answers within an hour."),
    ),
    "account_mgr": (
        ("pain", 2, "Three account managers in a year; they explain everything from scratch each time."),
        ("pain", 3, "The vendor's sales reps poach partner clients with direct discounts."),
    ),
    "pricing": (
        ("pain", 2, "Pricing is too complex to explain to a client."),
        ("gain", 2, "Advance notice of price changes so they can prepare their clients."),
    ),
    "community": (
        ("gain", 2, "A partner chat where they can ask peers and the vendor."),
        ("gain", 2, "An annual partner conference with case studies."),
    ),
    "promo": (
        ("gain", 2, "Ready-made promo materials: a deck, a landing page, banners with their logo."),
        ("gain", 2, "Client case studies by industry to show at meetings."),
    ),
    "odd_wishes": (
        ("gain", 1, "They asked for merch for the team."),
        ("gain", 1, "Access to the product roadmap and a vote on features."),
    ),
}
