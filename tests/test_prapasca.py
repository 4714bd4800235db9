"""Pre/post-test bank, its paper forms and the class tally: the bank's rules in Python, the
result-code encoder and paper scoring under Node, and in a real Chromium the typed paper
answers, moving the tally to another device, and printing the paper forms on A4."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from nodejs import run_node
from playwright.sync_api import expect
from pypdf import PdfReader

from akademi.modules import split_front_matter
from akademi.prepost import fingerprint, paper_forms, parse_bank
from akademi.problems import ContentError
from akademi.quiz import module_tag_problems, parse_page
from conftest import ROOT

BANK_PAGE = "pelatih/pra-pasca-tes.md"
MODULE_SLUGS = (
    "perencanaan-konten",
    "narasi",
    "diksi",
    "variasi-kemasan",
    "evaluasi-insight",
    "jurnalisme-data-dan-ai",
    "tahun-politik",
)
NAMES = {"narasi": "Modul 2: Narasi", "diksi": "Modul 3: Diksi"}
BANK = "\n".join(
    f"/// kuis | pilih-satu\nid: b-{n}\nmodul: {'narasi' if n < 3 else 'diksi'}\n\n"
    f"Soal **{n}**?\n\n- [x] Ya\n- [ ] Tidak\n- [ ] Mungkin\n///\n"
    for n in range(6)
)


def site_bank() -> tuple[dict, list]:
    """The site's real bank, parsed the way the build does."""
    text = (ROOT / "docs" / BANK_PAGE).read_text(encoding="utf-8")
    meta, body, offset = split_front_matter(text)
    questions = parse_page(body, BANK_PAGE, offset)
    names = {slug: f"Modul {n}: {slug}" for n, slug in enumerate(MODULE_SLUGS, 1)}
    return parse_bank(meta["prapasca"], BANK_PAGE, questions, names), questions


def letters_for(bank: dict, form: str, right: set[int]) -> str:
    """What a participant circles on ``form``: the key for bank positions in ``right``, a wrong
    letter elsewhere; several letters in brackets."""
    ids = [question["id"] for question in bank["soal"]]
    typed = []
    for item in bank["bentuk"][form]:
        if ids.index(item["id"]) in right:
            answer = item["kunci"]
        else:
            answer = next(letter for letter in "ABCD" if letter != item["kunci"])
        typed.append(answer if len(answer) == 1 else f"({answer})")
    return "".join(typed)


# --- the bank in Python ------------------------------------------------------------------------


def test_a_bank_has_a_fingerprint_that_follows_its_questions():
    questions = parse_page(BANK, "pelatih/tes.md")
    bank = parse_bank("hari-1", "pelatih/tes.md", questions, NAMES)
    assert bank["nama"] == "hari-1" and len(bank["soal"]) == 6
    assert bank["soal"][0] == {"id": "b-0", "teks": "Soal 0?", "modul": "Modul 2: Narasi"}
    assert [q["modul"] for q in bank["soal"]] == ["Modul 2: Narasi"] * 3 + ["Modul 3: Diksi"] * 3
    assert 0 <= bank["sidik"] < 4096
    assert fingerprint("hari-1", questions[::-1]) != bank["sidik"]


def test_every_bank_question_needs_a_known_module_and_problems_come_together():
    text = BANK.replace("modul: diksi", "modul: hilang", 1).replace("modul: narasi\n", "", 1)
    text = text.split("///\n")[0] + "///\n/// kuis | isian\nid: i\nmodul: diksi\n\nTulis.\n\n"
    text += "- [x] ya\n///\n"
    with pytest.raises(ContentError) as error:
        parse_bank("Hari 1", "pelatih/tes.md", parse_page(text, "pelatih/tes.md"), NAMES)
    messages = str(error.value)
    assert "`prapasca: Hari 1` tidak sah" in messages
    assert "Soal `b-0` belum punya modul" in messages
    assert "bukan isian" in messages
    assert "berisi 2 soal" in messages
    questions = parse_page(BANK.replace("modul: diksi", "modul: hilang"), "pelatih/tes.md")
    found = module_tag_problems(questions, {"narasi", "diksi"})
    assert len(found) == 3 and "`modul: hilang` tidak ada" in str(found[0])
    on_module_page = parse_page(BANK, "modul/narasi/kuis.md")
    found = module_tag_problems(on_module_page, {"narasi", "diksi"})
    assert [p.line for p in found] == [q.line for q in on_module_page[3:]]


def test_form_b_moves_every_question_and_right_letter_but_keeps_true_false():
    bank, questions = site_bank()
    form_a, form_b = paper_forms("hari-1", questions)
    ids_a = [item.question.qid for item in form_a.items]
    ids_b = [item.question.qid for item in form_b.items]
    assert ids_a == [q.qid for q in questions] and sorted(ids_b) == sorted(ids_a)
    assert all(a != b for a, b in zip(ids_a, ids_b, strict=True)), "a question kept its number"
    keys_a = {item.question.qid: item.key for item in form_a.items}
    for item in form_b.items:
        if item.question.kind == "benar-salah":
            assert [o.text for o in item.options] == ["Benar", "Salah"]
        else:
            assert item.key != keys_a[item.question.qid], item.question.qid
    assert paper_forms("hari-1", questions) == (form_a, form_b), "forms differ between builds"
    assert [item["kunci"] for item in bank["bentuk"]["B"]] == [i.key for i in form_b.items]


def test_the_site_bank_measures_every_module_with_at_least_three_questions(built_site):
    records = json.loads((built_site / "quiz-bank.json").read_text(encoding="utf-8"))["soal"]
    bank = [r for r in records if r["halaman"] == "pelatih/pra-pasca-tes/"]
    assert len(bank) >= 21
    per_module = {slug: sum(r["modul"] == slug for r in bank) for slug in MODULE_SLUGS}
    assert all(count >= 3 for count in per_module.values()), per_module
    assert {r["modul"] for r in bank} == set(MODULE_SLUGS)
    # The right answer is not a giveaway: it is the longest option in a minority of questions.
    choice = [r for r in bank if r["jenis"] == "pilih-satu"]
    longest = sum(
        len(r["jawaban"][0]) == max(len(option) for option in r["pilihan"]) for r in choice
    )
    assert longest <= len(choice) // 3, f"right answer longest in {longest} of {len(choice)}"


# --- the encoder under Node ------------------------------------------------------------------


def test_codes_round_trip_under_node_and_an_edited_code_is_refused():
    bank, _ = site_bank()
    n = len(bank["soal"])
    pre, post = [1, 0] * (n // 2) + [1] * (n % 2), [1] * n
    result = run_node(
        "const k = load('prapasca-kode.js');"
        "const code = k.encode(input.bank, {label: 'b 7', pra: input.pre, pasca: input.post});"
        "const back = k.decode(code.toLowerCase().replace(/-/g, ' '), [input.bank]);"
        "const last = code.slice(-1) === '0' ? '1' : '0';"
        "let refused = null;"
        "try { k.decode(code.slice(0, -1) + last, [input.bank]); }"
        " catch (e) { refused = e.message; }"
        "return {code, label: back.label, pra: back.pra, pasca: back.pasca, refused,"
        " gain: k.gain(k.percent(back.pra), k.percent(back.pasca))};",
        {"bank": bank, "pre": pre, "post": post},
    )
    assert result["code"].startswith("AMP-") and result["label"] == "B7"
    assert result["pra"] == pre and result["pasca"] == post
    assert "telah diubah" in result["refused"]
    assert result["gain"] == 1  # a full post-test closes the whole gap


def test_paper_letters_score_like_the_key_in_either_form_under_node():
    bank, _ = site_bank()
    n = len(bank["soal"])
    right = {0, 2, 5, n - 1}
    typed = {form: letters_for(bank, form, right) for form in ("A", "B")}
    spaced = " ".join(typed["B"][i : i + 5] for i in range(0, len(typed["B"]), 5)).lower()
    bad = {
        "pendek": typed["A"][:-1],
        "huruf": "E" + typed["A"][1:],
        "kurung": "(AB" + typed["A"][1:],
        "tanda": "?" + typed["A"][1:],
    }
    result = run_node(
        "const k = load('prapasca-kode.js');"
        "const out = {A: k.scorePaper(input.bank, 'A', input.typed.A),"
        " B: k.scorePaper(input.bank, 'B', input.spaced), errors: {}};"
        "for (const [name, text] of Object.entries(input.bad)) {"
        "  try { k.scorePaper(input.bank, 'A', text); out.errors[name] = null; }"
        "  catch (e) { out.errors[name] = e.message; } }"
        "try { k.paperResult(input.bank, {label: '', bentuk: 'A', pra: input.typed.A}); }"
        "catch (e) { out.errors.label = e.message + '|' + e.bagian; }"
        "const mixed = k.paperResult(input.bank, {label: '7', bentuk: 'B', pasca: input.spaced});"
        "out.same = k.encode(input.bank, mixed) ==="
        " k.encode(input.bank, {label: '7', pra: null, pasca: out.A});"
        "return out;",
        {"bank": bank, "typed": typed, "spaced": spaced, "bad": bad},
    )
    expected = [1 if i in right else 0 for i in range(n)]
    assert result["A"] == expected and result["B"] == expected
    assert result["same"] is True
    errors = result["errors"]
    assert f"Ada {n - 1} jawaban, padahal bentuk A berisi {n} soal" in errors["pendek"]
    assert "Soal nomor 1 hanya punya pilihan A sampai" in errors["huruf"]
    assert "belum ditutup" in errors["kurung"]
    assert "Tanda \u201c?\u201d tidak dipakai" in errors["tanda"]
    assert errors["label"] == "Nomor peserta berisi 1 sampai 4 huruf atau angka.|label"


# --- the tally in a browser ------------------------------------------------------------------


def tally_bank(page, site_url) -> dict:
    page.goto(site_url + "pelatih/rekap-kelas/")
    return json.loads(page.locator("[data-rekap-bank]").get_attribute("data-json"))[0]


def downloaded(page, button: str, path: Path) -> Path:
    with page.expect_download() as download:
        page.get_by_role("button", name=button).click()
    download.value.save_as(path)
    return path


def type_answers(page, label: str, form: str, pre: str, post: str) -> None:
    page.get_by_label("Nomor peserta").fill(label)
    page.get_by_role("radio", name=form, exact=True).check()
    page.get_by_label("Jawaban pra-tes").fill(pre)
    page.get_by_label("Jawaban pasca-tes").fill(post)
    page.get_by_role("button", name="Tambahkan jawaban").click()


@pytest.mark.browser
def test_typed_paper_answers_give_the_same_tally_and_csv_as_codes(browser, site_url, tmp_path):
    learners = [  # label, form, pre right, post right (bank positions)
        ("1", "A", {0, 1}, {0, 1, 2, 3, 4, 7, 9}),
        ("2", "B", {3}, set(range(12))),
        ("3", "A", set(), {5, 6}),
    ]
    outputs = []
    for typed in (False, True):
        context = browser.new_context(locale="id-ID")
        page = context.new_page()
        bank = tally_bank(page, site_url)
        n = len(bank["soal"])
        for label, form, pre, post in learners:
            if typed and label != "3":  # the third learner's code is pasted: a mixed class
                type_answers(page, label, form, letters_for(bank, form, pre),
                             letters_for(bank, form, post))  # fmt: skip
                expect(page.locator("[data-rekap-pesan]")).to_have_text(
                    f"Jawaban peserta {label} ditambahkan."
                )
                expect(page.get_by_label("Jawaban pra-tes")).to_have_value("")
                continue
            code = page.evaluate(
                "([bank, label, pra, pasca]) => akademiPrapasca.encode(bank, {label, pra, pasca})",
                [
                    bank,
                    label,
                    [int(i in pre) for i in range(n)],
                    [int(i in post) for i in range(n)],
                ],
            )
            page.locator("#rekap-masukan").fill(code)
            page.get_by_role("button", name="Tambahkan ke rekap").click()
        tally = page.locator("[data-rekap-hasil]")
        expect(tally.locator("[data-rekap-nilai='jumlah']")).to_have_text("3")
        csv = downloaded(page, "Unduh CSV", tmp_path / f"rekap-{typed}.csv").read_bytes()
        outputs.append((tally.inner_text(), csv))
        context.close()
    (codes_text, codes_csv), (typed_text, typed_csv) = outputs
    assert typed_csv == codes_csv
    assert typed_text == codes_text
    assert codes_csv.startswith(b"\xef\xbb\xbf") and b"\r\n" in codes_csv
    assert b"Modul 1" not in codes_csv  # the CSV holds scores, the tables name modules
    assert "Peningkatan per modul" in codes_text


@pytest.mark.browser
def test_bad_typed_answers_are_explained_in_indonesian_and_kept(page, site_url):
    bank = tally_bank(page, site_url)
    n = len(bank["soal"])
    type_answers(page, "12", "B", "ABC", "")
    alert = page.locator("[data-rekap-kertas-pesan]")
    expect(alert).to_have_text(
        f"Jawaban belum ditambahkan. Pra-tes: Ada 3 jawaban, padahal bentuk B berisi {n} soal. "
        "Tulis satu jawaban untuk setiap soal (tanda - untuk soal yang tidak dijawab)."
    )
    pre = page.get_by_label("Jawaban pra-tes")
    expect(pre).to_have_value("ABC")
    expect(pre).to_have_attribute("aria-invalid", "true")
    expect(pre).to_be_focused()
    expect(page.get_by_label("Nomor peserta")).to_have_value("12")
    expect(page.locator("[data-rekap-hasil]")).to_contain_text("Belum ada kode hasil")
    type_answers(page, "12345", "B", "A" * n, "")
    expect(alert).to_contain_text("Nomor peserta berisi 1 sampai 4 huruf atau angka.")
    expect(page.get_by_label("Nomor peserta")).to_have_attribute("aria-invalid", "true")


@pytest.mark.browser
def test_the_tally_moves_to_a_fresh_browser_and_a_tampered_file_changes_nothing(
    browser, page, site_url, tmp_path
):
    bank = tally_bank(page, site_url)
    n = len(bank["soal"])
    type_answers(page, "9", "A", letters_for(bank, "A", {0}), letters_for(bank, "A", {0, 1, 2}))
    expect(page.locator("[data-rekap-nilai='jumlah']")).to_have_text("1")
    exported = downloaded(page, "Ekspor rekap", tmp_path / "rekap.json")
    file = json.loads(exported.read_text(encoding="utf-8"))
    assert file["format"] == "akademi-rekap-kelas" and len(file["data"]["kode"]) == 1

    laptop = browser.new_context(locale="id-ID")
    other = laptop.new_page()
    other.goto(site_url + "pelatih/rekap-kelas/")
    expect(other.locator("[data-rekap-hasil]")).to_contain_text("Belum ada kode hasil")
    code = file["data"]["kode"][0]
    tampered = dict(file, data={"kode": [code[:-1] + ("1" if code[-1] == "0" else "0")]})
    wrong = [
        (tmp_path / "diubah.json", json.dumps(tampered), "telah diubah"),
        (tmp_path / "lain.json", json.dumps({"format": "x"}), "bukan berkas rekap kelas"),
        (tmp_path / "rusak.json", "{", "bukan JSON"),
    ]
    for path, text, reason in wrong:
        path.write_text(text, encoding="utf-8")
        other.locator("[data-rekap-impor]").set_input_files(path)
        error = other.locator("[data-rekap-galat] li")
        expect(error).to_contain_text(reason)
        expect(error).to_contain_text("Rekap di perangkat ini tidak berubah.")
        expect(other.locator("[data-rekap-hasil]")).to_contain_text("Belum ada kode hasil")
    other.locator("[data-rekap-impor]").set_input_files(exported)
    expect(other.locator("[data-rekap-pesan]")).to_have_text(
        "Rekap diimpor: 1 kode ditambahkan, 0 kode sudah ada."
    )
    expect(other.locator("[data-rekap-galat] li")).to_have_count(0)
    row = other.locator(".rekap__peserta tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(f"{round(100 / n)}%")
    expect(row).to_contain_text(f"{round(300 / n)}%")
    other.reload()
    expect(other.locator("[data-rekap-nilai='jumlah']")).to_have_text("1")
    laptop.close()


@pytest.mark.browser
def test_paper_forms_and_answer_grid_print_on_a4(page, site_url):
    page.goto(site_url + "pelatih/pra-pasca-tes-kertas/")
    n = page.locator("[data-kertas-bagian='A'] .kertas__daftar > li").count()
    assert n >= 21
    page.evaluate("window.print = () => {}")  # the print dialog itself is the browser's
    pages = {}
    for part, button in (
        ("A", "Cetak lembar soal bentuk A"),
        ("B", "Cetak lembar soal bentuk B"),
        ("jawaban", "Cetak lembar jawaban"),
    ):
        page.emulate_media(media="screen")
        page.get_by_role("button", name=button).click()
        page.emulate_media(media="print")
        pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
        box = pdf.pages[0].mediabox
        assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
        text = "\n".join(sheet.extract_text() for sheet in pdf.pages)
        assert all(sheet.extract_text().strip() for sheet in pdf.pages), f"{part}: blank page"
        assert "Pakai halaman ini" not in text  # the page's introduction is not printed
        pages[part] = (len(pdf.pages), text)
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert 1 <= pages["A"][0] <= 4 and 1 <= pages["B"][0] <= 4, pages
    assert "bentuk A" in pages["A"][1] and "bentuk B" not in pages["A"][1]
    assert "bentuk B" in pages["B"][1] and "Lembar jawaban" not in pages["B"][1]
    assert pages["jawaban"][0] == 1
    assert "Nomor peserta" in pages["jawaban"][1] and str(n) in pages["jawaban"][1]
    assert page.evaluate("document.documentElement.hasAttribute('data-kertas-cetak')") is False
    assert page.js_errors == []


@pytest.mark.browser
def test_the_tally_form_fits_a_phone(phone, site_url):
    phone.goto(site_url + "pelatih/rekap-kelas/")
    expect(phone.get_by_label("Jawaban pasca-tes")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    for name in ("A", "B"):
        box = phone.get_by_role("radio", name=name, exact=True).locator("..").bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24


@pytest.mark.browser
def test_the_learner_is_told_to_send_only_the_code_after_the_post_test(phone, site_url):
    phone.goto(site_url + "pelatih/pra-pasca-tes/")
    phone.get_by_label("Label peserta").fill("c3")
    for stage in ("pra", "pasca"):
        phone.get_by_role("button", name=f"Mulai {stage}-tes").click()
        for form in phone.locator("form.prapasca__soal").all():
            form.locator(".kuis__pilihan input").first.check()
        phone.get_by_role("button", name="Selesai dan lihat hasil").click()
        result = phone.locator("[data-prapasca-hasil]")
        wait = result.get_by_text("Kode ini belum perlu dikirim.")
        send = result.get_by_text("Kode ini memuat skor pra-tes dan pasca-tes Anda")
        expect(wait if stage == "pra" else send).to_be_visible()
        expect(send if stage == "pra" else wait).to_be_hidden()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert phone.js_errors == []
