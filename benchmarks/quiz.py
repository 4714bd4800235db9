"""Quiz engine cost and asset size.

Two synthetic sites with 1,000 questions and module-like pages (about 1,700 words of prose
each), each built three ways: with the quiz blocks, with the blocks removed, and with the same
question text as plain Markdown.
- dense: 50 pages, every one with 20 questions (the questions are 40 % of the words);
- portal: 700 pages, one in seven with 10 questions, about the share of quiz pages and
  questions per page of this portal (121 questions on 10 of 86 pages).
Also prints the gzip size of the quiz's browser assets, and for every quiz page of the portal
what a learner who reads nothing scores (see hooks/akademi/quiz_lint.py; target below 40 %).
"""

from __future__ import annotations

import tempfile
import textwrap
import time
from pathlib import Path

from benchmarks.common import ROOT, build_seconds, gzip_size, kib

# name: (pages, a quiz on every n-th page, questions per quiz page)
SCENARIOS = {"dense": (50, 1, 20), "portal": (700, 7, 10)}
QUESTION = """
/// kuis | pilih-satu
id: b-{page}-{n}

Soal nomor {n} di halaman {page}: manakah penulisan waktu yang **baku**?

- [ ] Jam 8 pagi
    "Jam" menunjukkan durasi.
- [x] Pukul 08.00 WIB
    Tepat.
- [ ] Pukul 08:00

Pembahasan soal {n}: waktu ditulis dengan kata *pukul* dan titik.
///
"""
CONFIG = """
site_name: Bench
site_url: https://contoh.github.io/bench/
theme: {{name: material, custom_dir: {root}/overrides, language: id, font: false}}
extra:
  merek: {{nama_portal: Bench, penerbit: Bench, wilayah: Bench, kontak: a@b.c,
          warna_utama: "#000000", warna_aksen: "#000000", lisensi: CC}}
hooks: [{root}/hooks/modules.py, {root}/hooks/quiz.py]
markdown_extensions: [attr_list, pymdownx.superfences]
plugins: [search]
"""


SECTION = """
## Bagian {n}

Admin media sosial Kecamatan Sukamaju menyusun kalender konten setiap awal bulan. Ia mencatat
hari penting, jadwal layanan, dan agenda camat, lalu memilih pilar konten yang sesuai untuk
setiap slot. Dengan rencana ini, unggahan tidak lagi bergantung pada ide mendadak.

Setiap unggahan dimulai dari pertanyaan sederhana: apa yang perlu diketahui warga, dan apa yang
harus mereka lakukan sesudah membacanya? Jawaban itu menjadi pesan kunci yang ditulis di baris
pertama keterangan, sebelum rincian waktu, tempat, dan syarat layanan.

Evaluasi dilakukan sebulan sekali dengan membandingkan jangkauan dan keterlibatan setiap format
terhadap bulan sebelumnya, bukan terhadap akun komersial. Hasilnya dipakai untuk menyesuaikan
jam unggah, format, dan topik pada bulan berikutnya.

- Tentukan tujuan komunikasi setiap unggahan.
- Periksa fakta, ejaan, dan tautan sebelum meminta persetujuan.
- Balas pertanyaan warga pada hari yang sama.
"""
SECTIONS = 8


def plain(block: str) -> str:
    """The same words without the quiz block fences, so both sites carry equal text."""
    return "\n".join(line for line in block.splitlines() if not line.startswith(("///", "id:")))


def make_site(folder: Path, quiz: str, scenario: str = "dense") -> Path:
    """``quiz`` is "blocks", "none" (blocks removed) or "plain" (their text as Markdown)."""
    pages, every, per_page = SCENARIOS[scenario]
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Bench\n")
    prose = "".join(SECTION.format(n=n) for n in range(SECTIONS))
    for page in range(pages):
        count = per_page if page % every == 0 else 0
        blocks = [QUESTION.format(page=page, n=n) for n in range(count)]
        questions = {"blocks": blocks, "none": [], "plain": list(map(plain, blocks))}[quiz]
        body = prose + "\n## Kuis\n" + "".join(questions)
        (docs / f"halaman-{page}.md").write_text(f"# Halaman {page}\n{body}", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(textwrap.dedent(CONFIG.format(root=ROOT)), encoding="utf-8")
    return config


def run() -> None:
    print(
        "build CPU time, median of 3 (CPU time of this process, steadier than wall time on a "
        "busy machine)"
    )
    for scenario, (pages, every, per_page) in SCENARIOS.items():
        with tempfile.TemporaryDirectory() as tmp:
            seconds = {
                kind: build_seconds(
                    make_site(Path(tmp) / kind, kind, scenario), clock=time.process_time
                )
                for kind in ("blocks", "none", "plain")
            }
        quiz, bare, plain_text = seconds["blocks"], seconds["none"], seconds["plain"]
        questions = len(range(0, pages, every)) * per_page
        print(
            f"{scenario}: {pages} pages, {questions} questions ({per_page} on every "
            f"{'' if every == 1 else f'{every}th '}page)"
        )
        print(f"  with quiz blocks: {quiz:.2f} s; without them: {bare:.2f} s; ", end="")
        print(f"their text as plain Markdown: {plain_text:.2f} s")
        print(f"  ratio vs no quizzes: {quiz / bare:.2f} (target <= 1.10)")
        print(f"  ratio vs same text as plain Markdown: {quiz / plain_text:.2f}")
        print(f"  cost per question: {(quiz - bare) / questions * 1000:.2f} ms")
    assets = ROOT / "docs" / "assets"
    size = gzip_size(
        assets / "javascripts/kuis.js",
        assets / "javascripts/storage.js",
        assets / "stylesheets/kuis.css",
    )
    print(f"quiz JS+CSS (kuis.js, storage.js, kuis.css), gzip -9: {kib(size)} (target <= 8 KiB)")
    from akademi.quiz_lint import portal_reports  # benchmarks.common puts hooks/ on the path.

    print("reads-nothing guesser per quiz page (target < 40 %):")
    for report in portal_reports(ROOT / "docs"):
        chance = report.guess.pass_chance
        passing = "" if chance is None else f", reaches the pass mark with chance {chance:.1%}"
        print(f"  {report.path}: {report.guess.expected:.1f} %{passing}")
