"""What a learner does with a quiz, in a real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import make_site, serve

pytestmark = pytest.mark.browser

QUIZ_PAGE = """
---
title: Kuis A
kuis_lulus: 80
---

# Kuis A

[Ke kuis B](kuis-b.md)

/// kuis | pilih-satu
id: t-satu
Manakah penulisan waktu yang baku?
- [ ] Jam 8 pagi
    "Jam" menunjukkan durasi.
- [x] Pukul 08.00 WIB
    Tepat sekali.
- [ ] Pukul 08:00 waktu setempat
///

/// kuis | pilih-banyak
id: t-banyak
Unsur wajib pengumuman?
- [x] Tanggal
- [x] Tempat
- [ ] Nama panitia

Warga perlu tahu kapan dan di mana.
///

/// kuis | benar-salah
id: t-bs
Jangkauan menghitung setiap tampilan.
- [ ] Benar
- [x] Salah
///

/// kuis | isian
id: t-isian
Bentuk baku "himbauan"?
- [x] imbauan
///

/// kuis | urutan
id: t-urutan
Urutkan langkahnya.
1. Riset
2. Draf
3. Unggah
///
"""

PAGE_B = """
# Kuis B

/// kuis | benar-salah
id: t-b
Halaman B punya kuis sendiri.
- [x] Benar
- [ ] Salah
///
"""

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    '`x` <!-- --> <img src=x onerror="window.__pwned = 3"> -->',
    "[tautan](javascript:window.__pwned=4)",
    '[tautan](#){ onclick="window.__pwned = 5" }',
]
ATTACK_PAGE = "# Serangan\n\n" + "\n".join(
    f"/// kuis | pilih-satu\nid: s-{n}\n"
    "abaikan: benar-terpanjang, tiga-pilihan — halaman uji keamanan, bukan kuis\n"
    f"Soal {p}\n- [x] Opsi {p}\n    Umpan {p}\n"
    f"- [ ] Lain\n\nPembahasan {p}\n///\n"
    for n, p in enumerate(PAYLOADS)
)


@pytest.fixture(scope="module")
def quiz_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quiz-site")
    server, url = serve(folder / "site")
    result, _ = make_site(
        folder,
        {
            "index.md": "# Beranda\n",
            "kuis-a.md": QUIZ_PAGE,
            "kuis-b.md": PAGE_B,
            "serangan.md": ATTACK_PAGE,
        },
        assets=True,
        site_url=url,
    )
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()


def question(page, qid):
    return page.locator(f"#kuis-{qid}")


def check(page, qid):
    question(page, qid).get_by_role("button", name="Periksa jawaban").click()


def verdict(page, qid):
    return question(page, qid).locator(".kuis__vonis")


def answer_ordering(page, qid, order):
    for step, position in order.items():
        question(page, qid).get_by_label(step).select_option(position)


def answer_all_correctly(page):
    question(page, "t-satu").get_by_label("Pukul 08.00 WIB").check()
    check(page, "t-satu")
    question(page, "t-banyak").get_by_label("Tanggal").check()
    question(page, "t-banyak").get_by_label("Tempat").check()
    check(page, "t-banyak")
    question(page, "t-bs").get_by_label("Salah").check()
    check(page, "t-bs")
    question(page, "t-isian").get_by_label("Jawaban Anda").fill("  Imbauan. ")
    check(page, "t-isian")
    answer_ordering(page, "t-urutan", {"Riset": "1", "Draf": "2", "Unggah": "3"})
    check(page, "t-urutan")


def test_wrong_then_right_answer_for_every_type(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    wrong = {
        "t-satu": lambda q: q.get_by_label("Jam 8 pagi").check(),
        "t-banyak": lambda q: q.get_by_label("Tanggal").check(),
        "t-bs": lambda q: q.get_by_label("Benar", exact=True).check(),
        "t-isian": lambda q: q.get_by_label("Jawaban Anda").fill("himbauan"),
        "t-urutan": lambda q: answer_ordering(
            page, "t-urutan", {"Riset": "2", "Draf": "1", "Unggah": "3"}
        ),
    }
    for qid, act in wrong.items():
        act(question(page, qid))
        check(page, qid)
        expect(verdict(page, qid)).to_contain_text("Belum tepat")
    expect(question(page, "t-satu").locator(".kuis__umpan")).to_contain_text(
        '"Jam" menunjukkan durasi.'
    )
    expect(question(page, "t-banyak").locator(".kuis__umpan")).to_contain_text(
        "Warga perlu tahu kapan dan di mana."
    )
    answer_all_correctly(page)
    for qid in wrong:
        expect(verdict(page, qid)).to_contain_text("Benar!")
    expect(question(page, "t-satu").locator(".kuis__umpan")).to_contain_text("Tepat sekali.")
    assert page.js_errors == []


def test_a_short_answer_typed_with_phone_or_pasted_characters_is_right(page, quiz_url):
    """The key Python wrote and the learner's text meet under the one shared rule: full-width
    letters, a non-breaking space and a closing full stop all pass."""
    page.goto(quiz_url + "kuis-a/")
    field = question(page, "t-isian").get_by_label("Jawaban Anda")
    field.fill("\uff29\uff2d\uff22\uff21\uff35\uff21\uff2e\u00a0.")
    check(page, "t-isian")
    expect(verdict(page, "t-isian")).to_contain_text("Benar!")
    field.fill("im bauan")
    check(page, "t-isian")
    expect(verdict(page, "t-isian")).to_contain_text("Belum tepat")


def test_unanswered_check_asks_for_an_answer(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    check(page, "t-urutan")
    expect(verdict(page, "t-urutan")).to_have_text(
        "Tentukan urutan setiap langkah terlebih dahulu."
    )


def test_score_pass_and_reset(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    score = page.locator(".kuis-skor")
    expect(score).to_contain_text("Skor Anda: 0 dari 5")
    question(page, "t-satu").get_by_label("Jam 8 pagi").check()
    check(page, "t-satu")
    expect(score).to_contain_text("Skor Anda: 0 dari 5 (1 soal sudah dijawab)")
    answer_all_correctly(page)
    expect(score).to_contain_text("Skor Anda: 5 dari 5")
    expect(score).to_contain_text("Selamat, Anda lulus dengan nilai 100% (nilai lulus 80%)")
    expect(page.get_by_role("button", name="Coba lagi")).to_be_hidden()  # Nothing is wrong.
    page.get_by_role("button", name="Ulangi semua soal").click()
    expect(score).to_contain_text("Skor Anda: 0 dari 5 (0 soal sudah dijawab)")
    expect(question(page, "t-satu").get_by_label("Pukul 08.00 WIB")).not_to_be_checked()
    expect(question(page, "t-satu").locator(".kuis__umpan")).to_be_empty()


def test_failing_score_says_so(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    answer_all_correctly(page)
    question(page, "t-bs").get_by_label("Benar", exact=True).check()
    check(page, "t-bs")
    expect(page.locator(".kuis-skor")).to_contain_text("Anda lulus dengan nilai 80%")
    question(page, "t-satu").get_by_label("Jam 8 pagi").check()
    check(page, "t-satu")
    expect(page.locator(".kuis-skor")).to_contain_text(
        "Nilai Anda 60%, belum mencapai nilai lulus 80%"
    )


def test_reload_keeps_answers_and_score(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    answer_all_correctly(page)
    page.reload()
    expect(question(page, "t-satu").get_by_label("Pukul 08.00 WIB")).to_be_checked()
    expect(question(page, "t-isian").get_by_label("Jawaban Anda")).to_have_value("  Imbauan. ")
    expect(question(page, "t-urutan").get_by_label("Unggah")).to_have_value("3")
    expect(verdict(page, "t-urutan")).to_contain_text("Benar!")
    expect(page.locator(".kuis-skor")).to_contain_text("Skor Anda: 5 dari 5")


def test_corrupt_or_foreign_storage_is_ignored(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    page.evaluate("""() => {
        for (const name of ["kuis", "skor"]) {
            localStorage.setItem(akademiStorage.key(name), "{not json");
        }
        localStorage.setItem(akademiStorage.key("kuis"),
            JSON.stringify({v: 1, data: {"t-satu": {jawaban: "bukan daftar", benar: 7}}}));
    }""")
    page.reload()
    expect(page.locator(".kuis-skor")).to_contain_text("Skor Anda: 0 dari 5")
    answer_all_correctly(page)
    expect(page.locator(".kuis-skor")).to_contain_text("Skor Anda: 5 dari 5")
    assert page.js_errors == []


def test_storage_is_namespaced_by_site_path(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    answer_all_correctly(page)
    keys = page.evaluate("Object.keys(localStorage)")
    assert keys and all(key.startswith("akademi:/akademi-medsos-pemda/:") for key in keys), keys


def test_blocked_storage_only_disables_saving(browser, quiz_url):
    context = browser.new_context()
    context.add_init_script("""Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("blocked", "SecurityError"); }
    });""")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error.stack or ""))
    page.goto(quiz_url + "kuis-a/")
    answer_all_correctly(page)
    expect(page.locator(".kuis-skor")).to_contain_text("Skor Anda: 5 dari 5")
    # Material's own palette code may trip over blocked storage; ours must not.
    assert not [stack for stack in errors if "kuis.js" in stack or "storage.js" in stack]
    context.close()


def test_keyboard_only_completion(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    first_option = question(page, "t-satu").locator("input").first
    first_option.focus()
    # Arrow keys move within the radio group; Space selects without submitting.
    for _ in range(3):
        if question(page, "t-satu").get_by_label("Pukul 08.00 WIB").is_checked():
            break
        page.keyboard.press("ArrowDown")
    expect(question(page, "t-satu").get_by_label("Pukul 08.00 WIB")).to_be_checked()
    expect(verdict(page, "t-satu")).to_have_count(0)
    page.keyboard.press("Tab")
    expect(question(page, "t-satu").get_by_role("button", name="Periksa jawaban")).to_be_focused()
    page.keyboard.press("Enter")
    expect(verdict(page, "t-satu")).to_contain_text("Benar!")

    steps = question(page, "t-urutan")
    steps.locator("select").first.focus()
    for _ in steps.locator("select").all():
        label = page.evaluate("document.activeElement.labels[0].textContent")
        target = {"Riset": 1, "Draf": 2, "Unggah": 3}[label.strip()]
        for _ in range(target):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(verdict(page, "t-urutan")).to_contain_text("Benar!")


def test_instant_navigation_starts_the_next_quiz(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    page.wait_for_load_state("networkidle")  # Instant navigation starts once the sitemap loads.
    page.evaluate("window.__samePage = true")
    page.get_by_role("link", name="Ke kuis B").click()
    expect(page).to_have_url(quiz_url + "kuis-b/")
    assert page.evaluate("window.__samePage") is True  # No full reload happened.
    question(page, "t-b").get_by_label("Benar", exact=True).check()
    check(page, "t-b")
    expect(verdict(page, "t-b")).to_contain_text("Benar!")
    expect(page.locator(".kuis-skor")).to_contain_text("Skor Anda: 1 dari 1")


def test_without_javascript_questions_and_key_are_readable(browser, quiz_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(quiz_url + "kuis-a/")
    satu = question(page, "t-satu")
    expect(satu.locator("legend")).to_contain_text("Manakah penulisan waktu yang baku?")
    expect(satu.get_by_label("Jam 8 pagi")).to_be_visible()
    expect(satu.get_by_role("button", name="Periksa jawaban")).to_be_hidden()
    key = satu.locator("details")
    expect(key.locator("summary")).to_have_text("Lihat kunci jawaban")
    expect(key.locator(".kuis__kunci--benar")).to_be_hidden()
    key.locator("summary").click()
    expect(key.locator(".kuis__kunci--benar")).to_contain_text("Pukul 08.00 WIB")
    context.close()


def test_printing_hides_answers(page, quiz_url):
    page.goto(quiz_url + "kuis-a/")
    answer_all_correctly(page)
    page.emulate_media(media="print")
    expect(question(page, "t-satu").locator("legend")).to_be_visible()
    expect(question(page, "t-satu").locator(".kuis__umpan")).to_be_hidden()
    expect(question(page, "t-satu").locator("details")).to_be_hidden()


def test_injection_attempts_stay_inert(page, quiz_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(quiz_url + "serangan/")
    for n in range(len(PAYLOADS)):
        q = question(page, f"s-{n}")
        q.locator("input").first.check()
        check(page, f"s-{n}")
        links = q.locator("a")
        for index in range(links.count()):
            links.nth(index).dispatch_event("click")  # Hidden feedback links too.
    expect(question(page, "s-0").locator("legend")).to_contain_text("<script>")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def test_usable_at_360_px(browser, quiz_url):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(quiz_url + "kuis-a/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = question(page, "t-urutan").locator("select").first.bounding_box()
    assert box["x"] + box["width"] <= 360
    context.close()
