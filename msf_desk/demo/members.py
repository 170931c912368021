"""Demo forum profile, members (many regions and scripts) and two selection rounds."""
from __future__ import annotations

import datetime as dt

from msf_desk.core import forum
from msf_desk.model.members import Candidate, Member, SelectionRound
from msf_desk.store import members as store

# (key, name, organisation, sector, role, high_level)
GOVERNMENT = [
    ("gov_chair", "Nino Beridze / ნინო ბერიძე", "Ministry of Justice", "national_government", "co_chair", True),
    ("gov_finance", "Carlos Méndez Ruiz", "Ministry of Finance", "national_government", "member", False),
    ("gov_interior", "Leila Haddad / ليلى حداد", "Ministry of Interior", "national_government", "member", False),
    ("gov_digital", "Nguyễn Thị Lan", "Agency for Digital Government", "national_government", "member", False),
    ("gov_city", "Hélène Côté", "City of Riverside", "local_government", "member", False),
    ("gov_region", "Anita Sharma / अनीता शर्मा", "Northern Regional Council", "local_government", "member", False),
    ("gov_parliament", "Giorgi Kapanadze", "Parliament — Committee on Public Administration", "parliament", "member", False),
]
NON_GOVERNMENT = [
    ("cs_chair", "Amara Okafor", "Open Budget Coalition", "civil_society", "co_chair", False),
    ("cs_transparency", "Tamar Lomidze / თამარ ლომიძე", "Transparency Watch", "civil_society", "member", False),
    ("cs_women", "Fatima Zahra Benali / فاطمة الزهراء بنعلي", "Women in Governance Network", "civil_society", "member", False),
    ("cs_youth", "Diego Fernández", "Youth for Accountability", "civil_society", "member", False),
    ("cs_academia", "Prof. Trần Văn Minh", "University of the Capital — School of Public Policy", "academia", "member", False),
    ("cs_private", "Marie-Claire Dubois", "Chamber of Commerce", "private_sector", "member", False),
    ("cs_union", "Rajesh Kumar / राजेश कुमार", "Public Services Union", "trade_union", "member", False),
    ("cs_media", "Sofía Castillo", "Independent Journalists Association", "civil_society", "member", False),
]


def populate(db, ctx) -> None:
    today = ctx.today
    profile = forum.load(db)
    profile = forum.replace(
        profile,
        name="National Open Government Forum",
        jurisdiction="national",
        place="",
        languages="en, fr, es, ar",  # its working languages; it publishes in English and French (demo.standards)
        remit=(
            "Oversees the national Open Government Partnership process: co-creates the Action Plan, "
            "follows its implementation and comments on the self-assessment."
        ),
        decision_rule="qualified_majority",
        qualified_fraction="2/3",
        qualified_base="present",
        quorum_kind="majority",
        quorum_both_sides=True,
        frequency_months=3,
        notice_days=10,
        agenda_setter="The co-chairs, on proposals from any member, with the secretariat.",
        conflicts_policy=(
            "Members declare interests yearly and at each meeting; a member with a conflict "
            "on an item leaves the discussion and does not vote."
        ),
        minutes_detail="Summary minutes with every decision, vote and action recorded.",
        decision_powers="Approves the Action Plan, its commitments and the forum's own rules.",
        publish_names=True,
        lead_agency="Office of the Prime Minister — Open Government Unit",
        contact_name="Open Government Unit",
        contact_email="opengov@example.gov",
        seats_government=8,
        seats_non_government=8,
        timezone="Europe/Paris",
    )
    forum.save(db, profile)

    first = SelectionRound(
        title="Civil society seats — open call",
        side="non_government",
        method="open_call",
        call_opened=today - dt.timedelta(days=760),
        call_closed=today - dt.timedelta(days=730),
        advertised="Forum website, civil society mailing lists, two national newspapers",
        led_by="Civil society selection committee (three members elected by CSO assembly)",
        result="Seven organisations selected; two on the reserve list.",
        result_date=today - dt.timedelta(days=715),
        candidates=[
            Candidate("Open Budget Coalition", "Open Budget Coalition", "civil_society", "selected", None),
            Candidate("Transparency Watch", "Transparency Watch", "civil_society", "selected", None),
            Candidate("Women in Governance Network", "Women in Governance Network", "civil_society", "selected", None),
            Candidate("Youth for Accountability", "Youth for Accountability", "civil_society", "selected", None),
            Candidate("Independent Journalists Association", "Independent Journalists Association", "civil_society", "selected", None),
            Candidate("Rural Voices", "Rural Voices", "civil_society", "reserve", None),
            Candidate("Citizens' Data Lab", "Citizens' Data Lab", "civil_society", "reserve", None),
        ],
    )
    second = SelectionRound(
        title="Academia, private sector and labour — electoral colleges",
        side="non_government",
        method="election",
        call_opened=today - dt.timedelta(days=400),
        call_closed=today - dt.timedelta(days=380),
        advertised="Online voting platform; calls sent to universities, chambers and unions",
        led_by="Electoral colleges of academia, private sector and labour",
        result="One seat for each college filled by election.",
        result_date=today - dt.timedelta(days=370),
        candidates=[
            Candidate("Prof. Trần Văn Minh", "University of the Capital", "academia", "selected", 41),
            Candidate("Dr. Ahmed Salem", "Polytechnic Institute", "academia", "not_selected", 17),
            Candidate("Marie-Claire Dubois", "Chamber of Commerce", "private_sector", "selected", 23),
            Candidate("Rajesh Kumar", "Public Services Union", "trade_union", "selected", 58),
        ],
    )
    round1 = store.insert_round(db, first)
    round2 = store.insert_round(db, second)

    members: list[Member] = []
    for i, (key, name, org, sector, role, high) in enumerate(GOVERNMENT):
        members.append(Member(
            name=name, organisation=org, sector=sector, role=role, high_level=high,
            term_start=today - dt.timedelta(days=700 - i * 30),
            term_end=today + dt.timedelta(days=400 + i * 15),
            appointed_by=f"Appointed by the {org}",
            email=f"{key}@ministry.example.gov", phone=f"+33 1 40 00 {10 + i:02d} {20 + i:02d}",
            bio=f"Represents {org} on the forum.",
        ))
    # The government side has seven of its eight seats filled: almost, but not quite, even.
    for i, (key, name, org, sector, role, high) in enumerate(NON_GOVERNMENT):
        in_second = sector in ("academia", "private_sector", "trade_union")
        members.append(Member(
            name=name, organisation=org, sector=sector, role=role, high_level=high,
            term_start=(today - dt.timedelta(days=370)) if in_second else (today - dt.timedelta(days=715)),
            term_end=(today + dt.timedelta(days=360)) if in_second else (today + dt.timedelta(days=380 + i * 10)),
            selection_round_id=round2.id if in_second else round1.id,
            email=f"{key}@example.org", phone=f"+33 6 12 34 {50 + i:02d} {60 + i:02d}",
            bio=f"{org}: member of the forum since its selection round.",
        ))
    # A term about to end: the civil society member for the media association.
    members[-1].term_end = today + dt.timedelta(days=21)
    saved = store.insert_members(db, members)
    ids = {key: m.id for (key, *_), m in zip(GOVERNMENT + NON_GOVERNMENT, saved)}

    extra = [
        Member(name="Paolo Rossi", organisation="Ministry of Finance", sector="national_government",
               role="alternate", alternate_for=ids["gov_finance"],
               term_start=today - dt.timedelta(days=500), term_end=today + dt.timedelta(days=430),
               email="alt.finance@ministry.example.gov"),
        Member(name="Aïcha Diallo", organisation="Open Budget Coalition", sector="civil_society",
               role="alternate", alternate_for=ids["cs_chair"],
               term_start=today - dt.timedelta(days=700), term_end=today + dt.timedelta(days=380),
               email="aicha@example.org"),
        Member(name="Dr. Elena Petrova / Елена Петрова", organisation="OGP Support Unit",
               sector="international", role="observer", voting=False,
               term_start=today - dt.timedelta(days=600), bio="Observer for the OGP Support Unit."),
        Member(name="Sarah Thompson", organisation="Office of the Prime Minister — Open Government Unit",
               sector="national_government", role="secretariat", voting=False,
               email="s.thompson@example.gov", phone="+33 1 40 00 99 99"),
        Member(name="Omar Farouk", organisation="Transparency Watch", sector="civil_society",
               role="member", status="resigned",
               term_start=today - dt.timedelta(days=715), term_end=today - dt.timedelta(days=200),
               status_date=today - dt.timedelta(days=199), email="omar@example.org"),
    ]
    saved_extra = store.insert_members(db, extra)
    ids.update({"alt_finance": saved_extra[0].id, "alt_cs_chair": saved_extra[1].id,
                "observer": saved_extra[2].id, "secretariat": saved_extra[3].id})

    if ctx.scale == "large":
        sectors = ["civil_society", "academia", "private_sector", "trade_union",
                   "national_government", "local_government"]
        bulk = []
        for n in range(400):
            sector = sectors[n % len(sectors)]
            bulk.append(Member(
                name=f"Member {n:04d} {ctx.rng.choice(['Ana', 'Jean', 'Lan', 'Omar', 'Nino', 'Ravi'])}",
                organisation=f"Organisation {n % 97}", sector=sector,
                role="observer" if n % 3 else "member", voting=n % 3 == 0,
                term_start=today - dt.timedelta(days=ctx.rng.randint(0, 900)),
                term_end=today + dt.timedelta(days=ctx.rng.randint(1, 900)),
                email=f"m{n}@example.org",
            ))
        store.insert_members(db, bulk)
    ctx.ids["members"] = ids
    ctx.ids["rounds"] = {"open_call": round1.id, "election": round2.id}
