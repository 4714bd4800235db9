"""Sentence rules of the diction check: what a word list cannot see.

Four families, each finding with an explanation, its EYD V or KBBI basis and a fix:

* ``koma``: a comma directly before a subordinating conjunction whose clause follows the main
  clause (``Jalan ditutup, karena ...``); EYD V puts no comma there.
* ``daripada``: *lebih/kurang* + adjective + *dari* + the thing compared → *daripada*.
* ``di-mana``: *di mana* / *yang mana* as a relative word inside a statement.
* ``pleonasme``: patterns from ``docs/data/diksi-kalimat.yml`` (*sangat ... sekali*,
  *para* + reduplicated noun, *seperti ... dan lain-lain*, ...).

Precision comes first: a false alarm teaches a wrong rule, so each rule skips what it cannot
judge (see the contributor guide). ``docs/assets/javascripts/diksi-kalimat.js`` mirrors this
module; both run the shared cases in ``tests/data/diksi-cases.json``. The word tables below are
emitted into the browser payload, so the two sides cannot drift apart.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from akademi import data
from akademi.problems import ContentError, Problem

FILE = "diksi-kalimat.yml"
KINDS = ("koma", "daripada", "di-mana", "pleonasme")
LABELS = {
    "koma": "Koma sebelum anak kalimat",
    "daripada": "Perbandingan tanpa daripada",
    "di-mana": "Di mana/yang mana sebagai penghubung",
    "pleonasme": "Pleonasme",
}
RULES = {
    "koma": {
        "penjelasan": "Anak kalimat yang mengikuti induk kalimatnya tidak didahului koma. Koma "
        "dipakai jika anak kalimat mendahului induk kalimat, dan sebelum tetapi, melainkan, "
        "atau sedangkan. Hapus komanya.",
        "sumber": "EYD Edisi V, Pemakaian Tanda Baca, Tanda Koma (ejaan.kemdikbud.go.id)",
    },
    "daripada": {
        "penjelasan": "Untuk membandingkan (lebih/kurang + kata sifat), pakai daripada. Dari "
        "dipakai untuk asal, tempat, atau jumlah (lebih dari 300 warga, jauh dari kota).",
        "sumber": "KBBI VI Daring, lema daripada (kata depan untuk membandingkan) dan dari",
    },
    "di-mana": {
        "penjelasan": "Di mana dan yang mana adalah kata tanya. Dalam kalimat pernyataan, pakai "
        "tempat, ketika, atau yang, atau susun ulang kalimatnya.",
        "sumber": "KBBI VI Daring, lema mana (kata tanya); EYD Edisi V, kalimat efektif",
    },
}


def _table(text: str) -> frozenset[str]:
    """A word table written as one string (words separated by spaces, phrases by "|")."""
    return frozenset(item.strip() for item in text.split("|" if "|" in text else None))


# Conjunctions that open a subordinate clause (issue 21; EYD V, Tanda Koma).
SUBORDINATORS = _table(
    "karena sebab agar supaya sehingga jika apabila kalau bila meskipun walaupun biarpun"
)
# Words that open a fronted subordinate clause: the first comma of such a sentence ends it.
FRONTED = _table(
    "karena sebab agar supaya jika apabila kalau bila meskipun walaupun biarpun meski walau "
    "ketika saat sewaktu sebelum sesudah setelah sejak selama untuk demi seandainya andaikan "
    "asalkan sambil bilamana manakala"
)
# Sentence openers followed by a comma ("Oleh karena itu, agar ...").
CONNECTORS = _table(
    "namun|jadi|maka|lalu|kemudian|akhirnya|selanjutnya|bahkan|apalagi|padahal|sebaliknya|"
    "misalnya|contohnya|pertama|kedua|ketiga|terakhir|ingat|nah|intinya|singkatnya|tentu|"
    "memang|sebenarnya|sementara itu|selain itu|di samping itu|oleh karena itu|oleh sebab itu|"
    "karena itu|untuk itu|dengan demikian|akan tetapi|meskipun demikian|walaupun demikian|"
    "sebagai contoh|dengan kata lain|di sisi lain|pada dasarnya|dalam hal ini|tentu saja|"
    "sekali lagi"
)
# A sentence opened by one of these and a comma addresses or answers someone ("Warga, jika
# ada keluhan, ..."; "Ya, karena ...").
VOCATIVES = _table(
    "warga sobat teman teman-teman bapak ibu bapak-bapak ibu-ibu saudara saudari adik kakak "
    "kawan sahabat masyarakat hadirin ya iya tidak betul benar baik oke maaf halo hai wah"
)
# Words that open an insertion closed by a comma ("..., misalnya di tempat umum, ...").
INSERTIONS = _table(
    "bahkan terutama misalnya khususnya termasuk yaitu yakni seperti apalagi contohnya"
)
# "karena itu", "kalau begitu": connectors, not subordinate clauses.
AFTER_CONNECTOR = _table("itu begitu demikian")
LIST_WORDS = _table("dan atau serta")

# Gradable adjectives that compare (not those that govern "dari": aman, bebas, jauh, dekat,
# bersih, berbeda ...). Extend with care.
ADJECTIVES = _table(
    "baik buruk besar kecil tinggi rendah cepat lambat mahal murah mudah sulit susah sukar "
    "penting banyak sedikit lama baru tua muda sehat kuat lemah efektif efisien hemat boros "
    "ramai sepi luas sempit panjang pendek berat ringan tebal tipis parah akurat lengkap "
    "jelas menarik berbahaya rawan tepat benar pantas layak padat lancar macet tertib "
    "sering jarang mendesak serius hebat indah kotor rapi ringkas singkat awet kokoh murni "
    "segar lezat enak nyaman praktis produktif aktif kreatif terjangkau populer akrab ketat "
    "longgar tajam matang siap ramah sabar pintar cerdas rajin disiplin teliti transparan "
    "responsif informatif sederhana rumit dingin panas hangat gelap terang keras lembut halus "
    "bagus jelek mewah maju modern stabil relevan tenang kaya miskin subur sigap tanggap kompak "
    "meriah unggul kritis ampuh"
)
# After "dari", these make the comparison sure whatever the adjective ("lebih jauh dari
# biasanya").
COMPARED = _table("sebelumnya biasanya semula kemarin dulu yang")
# Never a comparison: "lebih lanjut dari", "kurang lebih dari".
NOT_ADJECTIVES = _table("lanjut lebih kurang dulu dahulu awal dari")
# "Informasi lebih lengkap dari Dinas ...": the thing that comes from somewhere.
FROM_NOUNS = _table(
    "informasi info keterangan data kabar berita penjelasan rincian detail panduan bantuan dukungan"
)
# "dari" + these is a place or an origin.
ORIGINS = _table(
    "sini situ sana mana rumah kantor dinas pemerintah pemda pusat daerah luar dalam atas "
    "bawah sumber pihak akun laman situs petugas segi sisi aspek sudut pada"
)
NUMBER_WORDS = _table(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu "
    "sejuta puluhan ratusan ribuan jutaan separuh setengah sepertiga"
)

# "Warga belum tahu di mana posko berada": an indirect question, not a relative clause.
ASK_WORDS = _table(
    "tahu mengetahui diketahui ketahui tanya bertanya menanyakan ditanyakan tanyakan lihat "
    "melihat dilihat cek periksa memeriksa diperiksa cari mencari dicari temukan menemukan "
    "simak pelajari tentukan menentukan ditentukan pilih memilih dipilih putuskan memutuskan "
    "diputuskan pastikan memastikan ingat mengingat lupa paham memahami mengerti bingung "
    "jelaskan menjelaskan dijelaskan tunjukkan menunjukkan ditunjukkan informasikan "
    "menginformasikan beri memberi kasih soal tentang mengenai entah terserah bahwa mengecek "
    "dicek memberitahukan diberitahukan umumkan mengumumkan diumumkan tanyakanlah"
)
QUESTION_WORDS = _table("apa siapa kapan mengapa kenapa bagaimana berapa mana")
TIME_NOUNS = _table(
    "tahun masa saat waktu hari bulan minggu pekan era periode zaman jam malam pagi siang "
    "sore momen kondisi keadaan situasi tanggal"
)
# "Di mana ada kemauan, di situ ada jalan": a correlative pair.
CORRELATIVES = _table("situ situlah sana sanalah")
RELATIVE_END = _table("saja pun lagi")

GROUP_FIELDS = {"kelompok", "sumber", "penjelasan", "bukan_ulang", "pola"}
PATTERN_FIELDS = {"pola", "saran", "kecuali_sesudah", "awal_kalimat"}
SLOTS = ("{kata}", "{ulang}")
GAP = "..."
MAX_GAP = 12  # words a "..." may span
LITERAL_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
SEPARATOR_RE = re.compile(r"^\s+$")
COMMA_RE = re.compile(r"^[^\w\s]*,\s+$")
END_RE = re.compile(r"[.!?\u2026](?=\s|$)|\n[ \t]*\n")
START_RE = re.compile(r"[.!?\u2026](?=\s|$)|\n")
LETTER_RE = re.compile(r"[^\W_]")
WORD_RE = re.compile(r"[^\W_]+")
BREAK_RE = re.compile(r"[.!?;:\u2026]\s|\n[ \t]*\n")


@dataclass(frozen=True)
class Group:
    name: str
    source: str
    note: str | None
    not_reduplicated: frozenset[str]
    path: str
    line: int


@dataclass(frozen=True)
class Pattern:
    text: str
    pieces: tuple[str, ...]  # literals, slots, GAP, "[" and "]" around the replaced part
    fix: str
    stop_after: frozenset[str]
    sentence_start: bool  # may the pattern open a sentence ("Seperti tahun lalu, ...": no)
    group: int
    path: str
    line: int


@dataclass
class SentenceRules:
    groups: list[Group] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


# --- the pleonasm list -------------------------------------------------------------------------


def _words(node, path: str, problems: list[Problem], name: str) -> frozenset[str]:
    if node is None:
        return frozenset()
    values = data.text_list(node)
    if not values or any(text is None for text, _ in values):
        problems.append(
            Problem(path, data.line(node), f"`{name}` berisi daftar kata, misalnya [lagi, pun].")
        )
        return frozenset()
    return frozenset(text.lower() for text, _ in values)


def parse_pattern(text: str) -> tuple[tuple[str, ...], str | None]:
    """The pieces of one pattern, or an explanation of what is wrong with it."""
    spaced = text.lower().replace("[", " [ ").replace("]", " ] ")
    pieces = tuple(spaced.split())
    if not pieces:
        return (), "Pola kosong."
    depth = 0
    for piece in pieces:
        if piece == "[":
            depth += 1
        elif piece == "]":
            depth -= 1
        elif piece not in SLOTS and piece != GAP and not LITERAL_RE.match(piece):
            return (), (
                f"'{piece}' tidak sah: tulis kata berhuruf kecil, `{{kata}}`, `{{ulang}}`, "
                "`...`, atau `[ ]` di sekitar bagian yang diganti."
            )
        if depth not in (0, 1):
            return (), "Tanda `[ ]` harus berpasangan dan tidak bersarang."
    if depth:
        return (), "Tanda `[ ]` harus berpasangan dan tidak bersarang."
    words = [piece for piece in pieces if piece not in "[]"]
    if words[0] in (GAP, *SLOTS) or words[-1] == GAP:
        return (), "Pola harus diawali kata biasa dan tidak diakhiri `...`."
    return pieces, None


def parse_list(text: str, path: str) -> SentenceRules:
    """Parse ``diksi-kalimat.yml``; raise ContentError naming file and line on problems."""
    problems: list[Problem] = []
    root = data.compose(text, path)
    if root is None or not data.is_sequence(root) or not root.value:
        raise ContentError(
            [
                Problem(
                    path,
                    1,
                    "Berkas pola kalimat harus berisi daftar kelompok, masing-masing diawali "
                    "`- kelompok: <nama>`. Lihat Panduan Kontributor, bagian Daftar kata Cek "
                    "Diksi.",
                )
            ]
        )
    rules = SentenceRules()
    seen: dict[str, Pattern] = {}
    for group_node in root.value:
        at = data.line(group_node)
        if not data.is_mapping(group_node):
            problems.append(Problem(path, at, "Setiap kelompok ditulis `- kelompok: <nama>`."))
            continue
        data.check_fields(group_node, GROUP_FIELDS, path, problems, "kelompok")
        fields = {key: value for key, _, value in data.items(group_node)}
        name = data.required_text(fields, "kelompok", path, at, problems)
        source = data.required_text(
            fields, "sumber", path, at, problems, "tulis tempat pola ini diperiksa"
        )
        not_reduplicated = _words(fields.get("bukan_ulang"), path, problems, "bukan_ulang")
        index = len(rules.groups)
        rules.groups.append(
            Group(
                name or "",
                source or "",
                data.text_value(fields.get("penjelasan")),
                not_reduplicated,
                path,
                at,
            )
        )
        items = fields.get("pola")
        if not data.is_sequence(items) or not items.value:
            problems.append(
                Problem(
                    path,
                    data.line(items) if items is not None else at,
                    "Kolom `pola` wajib berisi daftar, setiap butir dengan `pola:` dan `saran:`.",
                )
            )
            continue
        for item in items.value:
            pattern = _parse_item(item, path, index, problems)
            if pattern is None:
                continue
            earlier = seen.setdefault(pattern.text, pattern)
            if earlier is not pattern:
                problems.append(
                    Problem(
                        path,
                        pattern.line,
                        f"Pola '{pattern.text}' sudah tercatat di {path}:{earlier.line}.",
                    )
                )
                continue
            rules.patterns.append(pattern)
    if problems:
        raise ContentError(problems)
    return rules


def _parse_item(item, path: str, group: int, problems: list[Problem]) -> Pattern | None:
    at = data.line(item)
    if not data.is_mapping(item):
        problems.append(Problem(path, at, "Setiap pola ditulis `- pola: ...` dengan `saran: ...`."))
        return None
    before = len(problems)
    data.check_fields(item, PATTERN_FIELDS, path, problems, "pola")
    fields = {key: value for key, _, value in data.items(item)}
    text = data.required_text(fields, "pola", path, at, problems)
    fix_node = fields.get("saran")
    fix = data.scalar(fix_node) if fix_node is not None else None
    if fix_node is None or not isinstance(fix, str):
        problems.append(
            Problem(
                path,
                at,
                'Kolom `saran` wajib diisi: bentuk pengganti, atau "" untuk menghapus.',
            )
        )
    stop_after = _words(fields.get("kecuali_sesudah"), path, problems, "kecuali_sesudah")
    opening = data.scalar(fields["awal_kalimat"]) if "awal_kalimat" in fields else "ya"
    opening = {"ya": True, "tidak": False, True: True, False: False}.get(opening)
    if opening is None:
        problems.append(Problem(path, at, "`awal_kalimat` bernilai `ya` atau `tidak`."))
    if text is None or len(problems) > before:
        return None
    pieces, error = parse_pattern(text)
    if error:
        problems.append(Problem(path, at, f"Pola '{text}': {error}"))
        return None
    fix = " ".join(fix.split())
    if not fix and (pieces[0] == "[" or "[" not in pieces):
        problems.append(
            Problem(path, at, '`saran: ""` hanya untuk bagian `[ ]` yang tidak di awal pola.')
        )
        return None
    for word in fix.split():
        if word in SLOTS and word not in pieces:
            problems.append(Problem(path, at, f"Saran memakai {word}, tetapi polanya tidak."))
            return None
    text = " ".join(text.lower().split())
    return Pattern(text, pieces, fix, stop_after, opening, group, path, at)


def payload(rules: SentenceRules) -> dict:
    """The sentence rules for the browser (read by diksi-kalimat.js)."""
    return {
        "kelompok": [
            {
                "nama": group.name,
                "sumber": group.source,
                "penjelasan": group.note or "",
                "bukanUlang": sorted(group.not_reduplicated),
            }
            for group in rules.groups
        ],
        "pola": [
            {
                "teks": pattern.text,
                "bagian": list(pattern.pieces),
                "saran": pattern.fix,
                "kecualiSesudah": sorted(pattern.stop_after),
                "awalKalimat": pattern.sentence_start,
                "kelompok": pattern.group,
            }
            for pattern in rules.patterns
        ],
        "aturan": RULES,
        "label": LABELS,
        "subordinatif": sorted(SUBORDINATORS),
        "awalAnak": sorted(FRONTED),
        "penghubungAwal": sorted(CONNECTORS),
        "sesudahPenghubung": sorted(AFTER_CONNECTOR),
        "sisipan": sorted(INSERTIONS),
        "sapaan": sorted(VOCATIVES),
        "serta": sorted(LIST_WORDS),
        "sifat": sorted(ADJECTIVES),
        "pembanding": sorted(COMPARED),
        "bukanSifat": sorted(NOT_ADJECTIVES),
        "bendaAsal": sorted(FROM_NOUNS),
        "asal": sorted(ORIGINS),
        "bilangan": sorted(NUMBER_WORDS),
        "kataTanya": sorted(ASK_WORDS),
        "penanya": sorted(QUESTION_WORDS),
        "waktu": sorted(TIME_NOUNS),
        "korelatif": sorted(CORRELATIVES),
        "akhirRelatif": sorted(RELATIVE_END),
        "celahMaks": MAX_GAP,
    }


# --- matching (mirrored in diksi-kalimat.js) ---------------------------------------------------


class Hit(NamedTuple):
    kind: str
    start: int
    end: int
    text: str
    fix: str | None
    key: str | None
    group: int | None


def _low(word: str) -> str:
    low = word.lower()
    return low.replace("\u2019", "'") if "\u2019" in low else low


def _capitalized(surface: str, fix: str) -> str:
    if surface[:1].isupper() and fix:
        return fix[:1].upper() + fix[1:]
    return fix


class Scan(NamedTuple):
    """One text being checked: its words (start, end, surface), their lowercase forms, and
    where its sentences start (computed once; the rules ask often)."""

    text: str
    toks: list
    lows: list[str]
    starts: list[int]

    def sentence_start(self, position: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, position) - 1]

    def opens_sentence(self, position: int) -> bool:
        return not LETTER_RE.search(self.text[self.sentence_start(position) : position])


def scan(text: str, toks) -> Scan:
    starts = [0] + [match.end() for match in START_RE.finditer(text)]
    return Scan(text, toks, [_low(tok[2]) for tok in toks], starts)


def _sentence_end(text: str, position: int) -> tuple[int, str]:
    """Where the sentence holding ``position`` ends, and the character that ends it."""
    match = END_RE.search(text, position)
    if match is None:
        return len(text), ""
    return match.start(), match.group()[0]


def _spaced(text: str, toks, first: int, last: int) -> bool:
    """Tokens first..last are separated by whitespace only."""
    return all(SEPARATOR_RE.match(text[toks[i][1] : toks[i + 1][0]]) for i in range(first, last))


def _list_tail(rest: str) -> bool:
    """``rest`` (after a comma) only closes a list: "keluhan, atau saran"."""
    pieces = [piece.split() for piece in rest.split(",")]
    return (
        bool(pieces[-1])
        and _low(pieces[-1][0]) in LIST_WORDS
        and all(0 < len(piece) <= 3 for piece in pieces)
    )


def comma_hits(scan: Scan) -> list[Hit]:
    text, toks, lows = scan.text, scan.toks, scan.lows
    found = []
    for index in range(1, len(toks)):
        word = lows[index]
        if word not in SUBORDINATORS:
            continue
        start, end, _ = toks[index]
        gap = text[toks[index - 1][1] : start]
        if not COMMA_RE.match(gap):
            continue
        comma = toks[index - 1][1] + gap.index(",")
        # A list of conjunctions ("karena, sebab, agar").
        if lows[index - 1] in SUBORDINATORS or lows[index - 1] in FRONTED:
            continue
        if index + 1 < len(toks) and lows[index + 1] in AFTER_CONNECTOR:
            continue
        sentence_start = scan.sentence_start(comma)
        sentence_end, _ = _sentence_end(text, end)
        head = text[sentence_start:comma]
        # A connector opening the sentence ("Oleh karena itu, agar ...").
        if " ".join(_low(w) for w in WORD_RE.findall(head)) in CONNECTORS:
            continue
        # The comma ends a fronted subordinate clause ("Saat banjir, karena ...") or follows a
        # word addressing the reader ("Warga, jika ...", "Bapak/Ibu, agar ...").
        words = WORD_RE.findall(head)
        if words and len(words) <= 2 and _low(words[0]) in VOCATIVES:
            continue
        if words and _low(words[0]) in FRONTED and "," not in head:
            continue
        # The comma closes an insertion ("..., bahkan masalah hukum, jika ...").
        inserted = WORD_RE.findall(head[head.rindex(",") + 1 :] if "," in head else "")
        if inserted and _low(inserted[0]) in INSERTIONS:
            continue
        # A later comma: the clause is an insertion ("Datanglah, jika perlu, bersama ...").
        # (A comma right after the conjunction opens an insertion inside the clause instead:
        # "karena, menurut BMKG, ...".)
        rest = text[end:sentence_end]
        if "," in rest:
            later = rest.index(",")
            if LETTER_RE.search(rest[:later]) and not _list_tail(rest[later + 1 :]):
                continue
        found.append(Hit("koma", comma, end, text[comma:end], text[comma + 1 : end], word, None))
    return found


def comparison_hits(scan: Scan) -> list[Hit]:
    text, toks, lows = scan.text, scan.toks, scan.lows
    found = []
    for index in range(len(toks) - 3):
        if lows[index] not in ("lebih", "kurang") or lows[index + 2] != "dari":
            continue
        adjective, compared = lows[index + 1], lows[index + 3]
        if not _spaced(text, toks, index, index + 3):
            continue
        if adjective in NOT_ADJECTIVES:
            continue
        if index and (lows[index - 1] in ("lebih", "kurang") or lows[index - 1] in FROM_NOUNS):
            continue
        if compared not in COMPARED:
            surface = toks[index + 3][2]
            if adjective not in ADJECTIVES or compared in ORIGINS or compared in NUMBER_WORDS:
                continue
            if any(c.isdecimal() for c in surface) or surface[:1].isupper():
                continue
        start, end, surface = toks[index + 2]
        found.append(Hit("daripada", start, end, surface, _capitalized(surface, "daripada"),
                         "dari", None))  # fmt: skip
    return found


def relative_hits(scan: Scan) -> list[Hit]:
    text, toks, lows = scan.text, scan.toks, scan.lows
    found = []
    for index, (start, end, surface) in enumerate(toks):
        word = lows[index]
        if word == "dimana":
            last = index
        elif word in ("di", "yang") and index + 1 < len(toks):
            last = index + 1
            if lows[last] != "mana" or not _spaced(text, toks, index, last):
                continue
        else:
            continue
        key = "yang mana" if word == "yang" else "di mana"
        end = toks[last][1]
        after = toks[last + 1] if last + 1 < len(toks) else None
        if after and lows[last + 1] in RELATIVE_END and _spaced(text, toks, last, last + 1):
            continue
        if scan.opens_sentence(start):
            continue
        sentence_end, closer = _sentence_end(text, end)
        if closer == "?":
            continue
        before = lows[index - 1] if index else ""
        if before in ASK_WORDS or before in QUESTION_WORDS:
            continue
        # "kapan, di mana, dan apa": question words listed, not a relative clause; a
        # capitalized "Di mana" inside a sentence is a label.
        if after and text[end : after[0]].lstrip().startswith(","):
            continue
        if surface[:1].isupper():
            continue
        sentence = range(scan.sentence_start(start), sentence_end)
        asked = (i for i, t in enumerate(toks) if t[0] in sentence and i != last)
        if any(lows[i] in QUESTION_WORDS for i in asked):
            continue
        after_words = range(last + 1, len(toks))
        if any(lows[i] in CORRELATIVES for i in after_words if toks[i][0] < sentence_end):
            continue
        # "tahun 2020 di mana ...": a time, so "ketika".
        when = before if index < 2 or not before.isdecimal() else lows[index - 2]
        fix = "yang" if key == "yang mana" else "ketika" if when in TIME_NOUNS else "tempat"
        found.append(Hit("di-mana", start, end, text[start:end], _capitalized(surface, fix),
                         key, None))  # fmt: skip
    return found


def _reduplicated(word: str) -> str | None:
    """The single form a reduplicated word stands for (warga-warga: warga; bantu-membantu:
    membantu), or None."""
    parts = word.split("-")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    first, second = (_low(part) for part in parts)
    if first == second:
        return parts[0]
    for suffix in ("", "i", "kan"):
        stem = second[: len(second) - len(suffix)] if suffix else second
        if suffix and not second.endswith(suffix):
            continue
        if (
            stem.startswith("me")
            and len(first) >= 3
            and (stem.endswith(first) or stem.endswith(first[1:]))
        ):
            return parts[1]
    return None


def _breaks(separator: str) -> bool:
    """A separator that ends a sentence (a gap never crosses it)."""
    return bool(BREAK_RE.search(separator))


def _match(pattern: Pattern, group: Group, text: str, toks, index: int):
    """(slot values, first token of each word piece, last token) of a match at ``index``."""
    words = [piece for piece in pattern.pieces if piece not in "[]"]
    slots: dict[str, str] = {}
    places: list[int] = []

    def walk(word: int, position: int, after_gap: bool) -> int | None:
        if word == len(words):
            return position - 1
        piece = words[word]
        if piece == GAP:
            for size in range(1, MAX_GAP + 1):
                last = position + size - 1
                if last >= len(toks) or _breaks(text[toks[last - 1][1] : toks[last][0]]):
                    return None
                places.append(position)
                result = walk(word + 1, last + 1, True)
                if result is not None:
                    return result
                places.pop()
            return None
        if position >= len(toks):
            return None
        if position > index:
            separator = text[toks[position - 1][1] : toks[position][0]]
            if _breaks(separator) if after_gap else not SEPARATOR_RE.match(separator):
                return None
        surface = toks[position][2]
        low = _low(surface)
        if piece == "{kata}":
            if not LETTER_RE.search(surface):
                return None
            slots[piece] = surface
        elif piece == "{ulang}":
            single = None if low in group.not_reduplicated else _reduplicated(surface)
            if single is None:
                return None
            slots[piece] = single
        elif low != piece:
            return None
        places.append(position)
        result = walk(word + 1, position + 1, False)
        if result is None:
            places.pop()
        return result

    last = walk(0, index, False)
    return None if last is None else (slots, places, last)


def pleonasm_hits(scan: Scan, rules: SentenceRules) -> list[Hit]:
    text, toks = scan.text, scan.toks
    firsts = {pattern.pieces[1 if pattern.pieces[0] == "[" else 0] for pattern in rules.patterns}
    found: list[Hit] = []
    for index in range(len(toks)):
        if scan.lows[index] not in firsts:
            continue
        for number, pattern in enumerate(rules.patterns):
            if scan.lows[index] != pattern.pieces[1 if pattern.pieces[0] == "[" else 0]:
                continue
            if not pattern.sentence_start and scan.opens_sentence(toks[index][0]):
                continue
            group = rules.groups[pattern.group]
            matched = _match(pattern, group, text, toks, index)
            if matched is None:
                continue
            slots, places, last = matched
            after = toks[last + 1] if last + 1 < len(toks) else None
            if (
                after
                and scan.lows[last + 1] in pattern.stop_after
                and SEPARATOR_RE.match(text[toks[last][1] : after[0]])
            ):
                continue
            hit = _pleonasm_hit(pattern, text, toks, slots, places, last)
            start, end = hit[1], hit[2]
            if not any(h.start < end and start < h.end for h in found):
                found.append(Hit(*hit, number))
    return found


def _pleonasm_hit(pattern: Pattern, text: str, toks, slots, places, last):
    """(kind, start, end, text, fix, key) of one match: the bracketed part, or all of it."""
    pieces = pattern.pieces
    words = [piece for piece in pieces if piece not in "[]"]
    if "[" in pieces:
        first = pieces.index("[")
        final = pieces.index("]") - 2
    else:
        first, final = 0, len(words) - 1
    ends = [places[i + 1] - 1 for i in range(len(words) - 1)] + [last]
    start, end = toks[places[first]][0], toks[ends[final]][1]
    fix = " ".join(slots.get(word, word) for word in pattern.fix.split())
    if fix:
        return ("pleonasme", start, end, text[start:end], _capitalized(text[start:end], fix),
                pattern.text)  # fmt: skip
    # Removing a list closer ("dan lain-lain"): take the separator before it too, and close
    # the list before it with "dan" ("KTP, KK, dan lain-lain" -> "KTP dan KK").
    previous = toks[places[first] - 1][1]
    if first and words[first - 1] == GAP:
        listed_start = toks[places[first - 1]][0]
        listed = text[listed_start:previous]
        listed_words = {_low(word) for word in WORD_RE.findall(listed)}
        if "," in listed and listed_words.isdisjoint(LIST_WORDS):
            cut = listed_start + listed.rindex(",")
            joiner = ", dan " if listed.count(",") > 1 else " dan "
            item = text[cut + 1 : previous].strip()
            return ("pleonasme", cut, end, text[cut:end], joiner + item, pattern.text)
    return ("pleonasme", previous, end, text[previous:end], "", pattern.text)


def findings(text: str, toks, rules: SentenceRules) -> list[Hit]:
    """Every sentence finding of ``text`` (``toks``: its words outside masked spans)."""
    checked = scan(text, toks)
    return (
        comma_hits(checked)
        + comparison_hits(checked)
        + relative_hits(checked)
        + pleonasm_hits(checked, rules)
    )


def message(hit: Hit, rules: SentenceRules) -> str:
    """The build warning for one finding (without file and line)."""
    if hit.kind == "pleonasme":
        group = rules.groups[rules.patterns[hit.group].group]
        why, source = group.note or "", group.source
    else:
        why, source = RULES[hit.kind]["penjelasan"], RULES[hit.kind]["sumber"]
    shown = " ".join(hit.text.split())
    fix = " ".join(hit.fix.split()) if hit.fix else ""
    return (
        f"{LABELS[hit.kind]} '{shown}'; saran: '{fix}'. {why} Dasar: {source}. Jika contoh "
        "ini sengaja keliru, apit dengan <!-- diksi: abaikan --> dan <!-- diksi: periksa --> "
        "(lihat Panduan Kontributor, bagian Pemeriksaan diksi)."
    )
