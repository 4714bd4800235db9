"""Kalender Konten's iCalendar identity: a random token per plan in every UID, a slot keeps its
UID when it moves, SEQUENCE rises when a slot changed since the last download, and an empty
plan gives a message instead of a calendar without events (RFC 5545 asks for one component)."""

from __future__ import annotations

import re

import pytest
from nodejs import run_node
from playwright.sync_api import expect

from helpers import kal, open_november, parse_ics

ICS_OPTIONS = (
    "{slot: plan.slot, token: plan.token, tahun: 2026, bulan: 11, jenis: {}, hari: [],"
    " judul: 'Uji', catatan: 'Catatan.', domain: 'contoh.go.id',"
    " now: new Date(Date.UTC(2026, 10, 26, 13, 45, 0))}"
)


def slot(day: int, n: int = 1, topic: str = "Topik") -> dict:
    tanggal = f"2026-11-{day:02d}"
    return {"id": f"{tanggal}-{n}", "tanggal": tanggal, "pilar": "Edukasi", "platform": "IG",
            "topik": topic}  # fmt: skip


def downloads(steps: str, plans: list) -> list:
    """Run ``steps`` (JS using k, plans, and ics(plan) = stamp then export) and return its value."""
    return run_node(
        "const k = load('kalender-konten.js'); const plans = input;"
        f"const ics = (plan) => {{ k.stampPlan(plan); return k.toIcs({ICS_OPTIONS}); }};"
        f"{steps}",
        plans,
    )


def slot_events(text: str) -> dict[str, dict]:
    return {e["SUMMARY"]: e for e in parse_ics(text)}


def test_two_plans_never_share_a_uid_and_every_uid_carries_the_plan_token():
    a, b = downloads(
        "return plans.map(p => ({text: ics(p), token: p.token}));",
        [{"slot": [slot(2), slot(4)]}, {"slot": [slot(2), slot(4)]}],
    )
    assert re.fullmatch(r"[0-9a-f]{16}", a["token"]) and a["token"] != b["token"]
    uids_a = [e["UID"] for e in parse_ics(a["text"])]
    uids_b = [e["UID"] for e in parse_ics(b["text"])]
    assert len(uids_a) == 2 and not set(uids_a) & set(uids_b)
    assert all(uid.startswith(f"kalender-{a['token']}-") for uid in uids_a)


def test_a_moved_slot_keeps_its_uid_and_an_edit_raises_its_sequence_once():
    first, second, third = downloads(
        """
        const p = plans[0];
        const first = ics(p);
        p.slot[0].tanggal = '2026-11-09'; p.slot[0].id = '2026-11-09-1';  // moved, as the page does
        const second = ics(p);
        const third = ics(JSON.parse(JSON.stringify(p)));  // restored from storage, unchanged
        return [first, second, third];
        """,
        [{"slot": [slot(2, topic="Dipindah"), slot(4, topic="Tetap")]}],
    )
    before, after, again = slot_events(first), slot_events(second), slot_events(third)
    assert after["[Edukasi] Dipindah"]["UID"] == before["[Edukasi] Dipindah"]["UID"]
    assert after["[Edukasi] Dipindah"]["DTSTART;VALUE=DATE"] == "20261109"
    assert [before["[Edukasi] Dipindah"]["SEQUENCE"], after["[Edukasi] Dipindah"]["SEQUENCE"]] == [
        "0",
        "1",
    ]
    assert after["[Edukasi] Tetap"]["SEQUENCE"] == "0"
    assert again["[Edukasi] Dipindah"]["SEQUENCE"] == "1"
    assert again["[Edukasi] Dipindah"]["UID"] == before["[Edukasi] Dipindah"]["UID"]


def test_a_tampered_identity_is_replaced_not_exported():
    plan = downloads(
        "const p = plans[0]; ics(p); return p;",
        [{"token": "<x>", "slot": [slot(2) | {"kunci": "a b", "urutan": -3}]}],
    )
    assert re.fullmatch(r"[0-9a-f]{16}", plan["token"])
    assert re.fullmatch(r"[0-9a-f]{12}", plan["slot"][0]["kunci"])
    assert plan["slot"][0]["urutan"] == 0


@pytest.mark.parametrize(
    ("days", "expected"), [([], None), ([{"hari": 10, "nama": "Hari Pahlawan"}], 1)]
)
def test_an_empty_plan_gives_no_calendar_unless_days_fill_it(days, expected):
    text = run_node(
        "const k = load('kalender-konten.js');"
        "return k.toIcs({slot: [], token: '0123456789abcdef', tahun: 2026, bulan: 11,"
        " jenis: {nasional: 'Hari nasional'}, judul: 'Uji', catatan: '', hari: input.map("
        "d => Object.assign({jenis: 'nasional', sumber: 'Keppres'}, d))});",
        days,
    )
    if expected is None:
        assert text is None
    else:
        events = parse_ics(text)
        assert len(events) == expected
        assert events[0]["UID"].startswith("hari-0123456789abcdef-20261110-")


@pytest.mark.browser
def test_the_page_keeps_uids_across_a_move_and_reload_and_refuses_an_empty_calendar(page, site_url):
    open_november(page, site_url)
    tool = kal(page)

    def download_ics() -> dict[str, dict]:
        with page.expect_download() as info:
            tool.get_by_role("button", name=re.compile("iCalendar|ICS", re.I)).click()
        return parse_ics(info.value.path().read_bytes().decode("utf-8"))

    first = {e["DTSTART;VALUE=DATE"]: e for e in download_ics() if e["UID"].startswith("kal")}
    tool.get_by_label("Tanggal slot 1", exact=True).select_option("2026-11-03")
    page.reload()
    second = {e["DTSTART;VALUE=DATE"]: e for e in download_ics() if e["UID"].startswith("kal")}
    assert second["20261103"]["UID"] == first["20261102"]["UID"]
    assert second["20261103"]["SEQUENCE"] == "1"
    assert second["20261104"] == first["20261104"] | {"DTSTAMP": second["20261104"]["DTSTAMP"]}

    sertakan = tool.locator('[data-peran="sertakan-hari"]')
    if sertakan.is_checked():
        sertakan.uncheck()
    remove = tool.get_by_role("button", name=re.compile("^Hapus slot"))
    while remove.count():
        remove.first.click()
    tool.get_by_role("button", name=re.compile("iCalendar|ICS", re.I)).click()
    expect(tool.locator('[data-peran="status"]')).to_contain_text("belum berisi slot unggahan")
