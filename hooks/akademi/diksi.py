"""Diction rules shared by the Cek Diksi tool (browser) and the build-time check (hooks/diksi.py).

One source of truth: the word lists live in ``docs/data/diksi-*.yml``. This module parses and
validates them (every problem names its file and line), turns them into the JSON the browser
tool embeds, and implements the matching. ``docs/assets/javascripts/cek-diksi.js`` implements
the same matching in the browser; both are tested against ``tests/data/diksi-cases.json``.
The affix tables below are emitted into that JSON, so the two sides cannot drift apart.

Matching, in short:

* text is cut into word tokens (letters and digits, joined by inner apostrophes or hyphens);
  URLs, e-mail addresses and @mentions are never checked;
* a token matches a listed word case-insensitively, directly or after removing affixes
  (``dihimbau`` → ``himbau``; ``himbauannya`` → ``himbauan`` + ``-nya``); the suggestion is
  rebuilt with the same affixes around the standard form (``diimbau``, ``imbauannya``),
  recomputing the nasal of meN-/peN- (``menganalisa`` → ``menganalisis``, ``menelpon`` →
  ``menelepon``);
* full reduplication (``praktek-praktek``) is one finding; other hyphenated tokens are checked
  part by part;
* listed phrases (``tolak ukur``) match consecutive tokens separated only by spaces;
* political-neutrality phrases, ALL-CAPS shouting and repeated punctuation are separate rules;
* *jam* before a clock time (``jam 8 pagi``, ``jam 08.00``) becomes *pukul*; *jam* after a
  number (``2 jam``) or before minutes (``1 jam 20 menit``) is a duration and stays;
* sentence rules (comma, daripada, di mana, pleonasms) live in ``akademi/kalimat.py``.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from akademi import data, kalimat
from akademi.modules import field_lines, split_front_matter
from akademi.problems import ContentError, Problem

# --- data files -------------------------------------------------------------------------------

FILES = {
    "diksi-baku.yml": "baku",
    "diksi-serapan.yml": "serapan",
    "diksi-sensitif.yml": "sensitif",
    "diksi-netralitas.yml": "netralitas",
}
KIND_ORDER = ("baku", "serapan", "sensitif", "netralitas", "kapital", "tanda-baca", *kalimat.KINDS)
AFFIX_MODES = ("ya", "akhiran", "tidak")
GROUP_FIELDS = {"kelompok", "sumber", "penjelasan", "imbuhan", "kata", "frasa", "saran"}
KEY_RE = re.compile(r"^[a-z0-9]+(?:['\- ][a-z0-9]+)*$")
PHRASE_PIECE_RE = re.compile(r"^(?:\{angka\}|#?[a-z0-9']+(?:\{angka\})?\*?)$")
NUMBER_WORDS = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"

# --- affixes (emitted to the browser; the JS reads these tables) -----------------------------
# (surface, kind, restored first letters). Kinds: "" plain prefix kept as written; "meN"/"peN"
# nasal recomputed on the standard form; "ber"/"ter"/"per" lose their r before an r.
PREFIXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("memper", "", ("",)),
    ("diper", "", ("",)),
    ("menge", "", ("",)),
    ("penge", "", ("",)),
    ("meng", "meN", ("", "k")),
    ("meny", "meN", ("s",)),
    ("peng", "peN", ("", "k")),
    ("peny", "peN", ("s",)),
    ("mem", "meN", ("", "p")),
    ("men", "meN", ("", "t")),
    ("pem", "peN", ("", "p")),
    ("pen", "peN", ("", "t")),
    ("ber", "ber", ("",)),
    ("ter", "ter", ("",)),
    ("per", "per", ("",)),
    ("me", "meN", ("",)),
    ("pe", "peN", ("",)),
    ("be", "ber", ("",)),
    ("te", "ter", ("",)),
    ("di", "", ("",)),
    ("ke", "", ("",)),
    ("se", "", ("",)),
)
RESTORED_LETTERS = {letter for _, _, letters in PREFIXES for letter in letters if letter}
DERIVATIONAL = ("", "i", "an", "kan")
POSSESSIVE = ("", "nya", "ku", "mu")
PARTICLE = ("", "lah", "kah", "pun")
# Every suffix combination, shortest first (stable), so the least stripping wins.
SUFFIXES: tuple[tuple[str, str, str], ...] = tuple(
    sorted(
        ((d, q, p) for d in DERIVATIONAL for q in POSSESSIVE for p in PARTICLE),
        key=lambda s: len("".join(s)),
    )
)
MAX_SUFFIX = max(len("".join(suffix)) for suffix in SUFFIXES)
JOINED_SUFFIXES = tuple((suffix, "".join(suffix)) for suffix in SUFFIXES)
VOWELS = "aeiou"
MIN_ROOT = 3
CAPS_WORD = 6  # one ALL-CAPS word this long is shouting
CAPS_RUN = 8  # two or more ALL-CAPS words with this many letters together are shouting

WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
MASK_RE = re.compile(r"https?://\S+|www\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+|@[A-Za-z0-9_.]+")
PUNCT_RE = re.compile(r"[!?]{2,}|\.{4,}|,{2,}")
# "jam" before an hour (optionally with minutes) that is not itself a duration; the same source
# runs in cek-diksi.js (emitted in the payload), so both engines read one pattern.
CLOCK_SOURCE = (
    r"(?<![0-9A-Za-z])(?<![0-9][ \t])jam(?=[ \t]+(?:[01]?[0-9]|2[0-4])(?:[.:][0-5][0-9])?"
    r"(?![0-9])(?![ \t]*(?:menit|detik|jam|hari)(?![0-9A-Za-z])))"
)
CLOCK_RE = re.compile(CLOCK_SOURCE, re.IGNORECASE)
CLOCK_FIX = "pukul"
CLOCK_NOTE = (
    "Untuk menyatakan saat, pakai kata pukul (pukul 08.00 WIB); jam menyatakan lamanya waktu "
    "(antre 2 jam)."
)
CLOCK_SOURCE_NOTE = "EYD Edisi V, Penulisan Angka dan Bilangan (contoh pemakaian pukul dan jam)"
BOUNDARY = "0-9a-z"


@dataclass(frozen=True)
class Group:
    name: str
    source: str
    note: str | None
    kind: str
    suggestion: str | None
    path: str
    line: int


@dataclass(frozen=True)
class Entry:
    key: str
    kind: str
    suggestions: tuple[str, ...]
    note: str | None
    affixes: str
    group: int
    path: str
    line: int


@dataclass(frozen=True)
class Phrase:
    text: str
    pattern: str
    group: int
    path: str
    line: int


@dataclass
class Rules:
    groups: list[Group] = field(default_factory=list)
    words: dict[str, Entry] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    sentences: kalimat.SentenceRules = field(default_factory=kalimat.SentenceRules)

    def __post_init__(self) -> None:
        self.index()

    def index(self) -> None:
        self.memo: dict[str, tuple | None] = {}
        self.token_memo: dict[str, list] = {}
        self.page_memo: dict[tuple[str, str], list] = {}
        multi = [key.split(" ") for key in self.words if " " in key]
        self.first_words = {words[0] for words in multi}
        # The first two words of each non-standard phrase, and whether the second is its last
        # (which may carry suffixes): "di" opens many phrases, so the clean-page shortcut
        # looks for word pairs.
        self.baku_phrase_starts = {
            (words[0], words[1], len(words) == 2)
            for words in (key.split(" ") for key, e in self.words.items() if e.kind == "baku")
            if len(words) > 1
        }
        # An affixed form holds its root, or the root without the first letter a nasal
        # prefix replaced (menulis: ulis), so words holding none of these can be skipped.
        self.cores = {
            key[1:] if key[0] in RESTORED_LETTERS else key
            for key in self.words
            if " " not in key and len(key) >= MIN_ROOT
        }
        self.max_words = max((len(words) for words in multi), default=1)
        self.compiled = [re.compile(phrase.pattern, re.IGNORECASE) for phrase in self.phrases]


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str
    fix: str | None  # automatic replacement, if there is one
    key: str | None = None
    group: int | None = None


# --- reading and validating the lists --------------------------------------------------------


def normalize(word: str) -> str:
    low = word.lower()
    if "’" in low:
        low = low.replace("’", "'")
    return " ".join(low.split()) if " " in low or "\n" in low or "\t" in low else low


def phrase_pattern(text: str) -> str:
    """A neutrality phrase as a regular expression both Python and JavaScript accept.

    A space (or hyphen) matches any run of non-alphanumeric characters, including none, so
    ``nomor urut {angka}`` also finds ``No. urut: 02`` and ``#nomorurut2``; ``*`` lets the
    word continue (``coblos*`` → ``coblosan``); ``{angka}`` is digits or a number word.
    """
    parts = []
    for piece in re.split(r"[ \-]", text):
        out = ""
        for token in re.split(r"(\{angka\}|\*)", piece):
            if token == "{angka}":
                out += rf"(?:\d+|{NUMBER_WORDS})"
            elif token == "*":
                out += f"[{BOUNDARY}]*"
            elif token:
                out += re.escape(token).replace("\\#", "#").replace("\\'", "'")
        parts.append(out)
    body = f"[^{BOUNDARY}]*".join(parts)
    return f"(?<![{BOUNDARY}])(?:{body})(?![{BOUNDARY}])"


def _affix_mode(node, path: str, problems: list[Problem], default: str) -> str:
    if node is None:
        return default
    value = data.scalar(node)
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    if value in AFFIX_MODES:
        return value
    problems.append(
        Problem(
            path,
            data.line(node),
            f"`imbuhan: {value}` tidak sah. Tulis `ya`, `akhiran`, atau `tidak`.",
        )
    )
    return default


def parse_list(text: str, path: str, kind: str, group_offset: int = 0):
    """Parse one word-list file into (groups, entries, phrases); raise ContentError on problems.

    ``group_offset`` numbers the groups after those of files already read.
    """
    problems: list[Problem] = []
    root = data.compose(text, path)
    groups: list[Group] = []
    entries: list[Entry] = []
    phrases: list[Phrase] = []
    if root is None or not data.is_sequence(root) or not root.value:
        raise ContentError(
            [
                Problem(
                    path,
                    1,
                    "Berkas daftar kata harus berisi daftar kelompok, masing-masing diawali "
                    "`- kelompok: <nama>`. Lihat Panduan Kontributor, bagian Daftar kata "
                    "Cek Diksi.",
                )
            ]
        )
    value_key = "baku" if kind == "baku" else "saran"
    for group_node in root.value:
        group_line = data.line(group_node)
        if not data.is_mapping(group_node):
            problems.append(
                Problem(path, group_line, "Setiap kelompok ditulis `- kelompok: <nama>`.")
            )
            continue
        data.check_fields(group_node, GROUP_FIELDS, path, problems, "kelompok")
        fields = {key: value for key, _, value in data.items(group_node)}
        name = data.required_text(fields, "kelompok", path, group_line, problems)
        source = data.required_text(
            fields,
            "sumber",
            path,
            group_line,
            problems,
            "tulis tempat kata-kata ini diperiksa (misalnya KBBI VI Daring atau EYD Edisi V)",
        )
        mode = _affix_mode(fields.get("imbuhan"), path, problems, "ya")
        index = group_offset + len(groups)
        group_saran = data.text_value(fields.get("saran"))
        if fields.get("saran") is not None and not group_saran:
            problems.append(Problem(path, data.line(fields["saran"]), "Kolom `saran` kosong."))
        groups.append(
            Group(
                name or "",
                source or "",
                data.text_value(fields.get("penjelasan")),
                kind,
                group_saran,
                path,
                group_line,
            )
        )
        if kind == "netralitas":
            phrases += _parse_phrases(fields.get("frasa"), path, group_line, index, problems)
            continue
        if "frasa" in fields:
            problems.append(
                Problem(
                    path,
                    group_line,
                    "`frasa` hanya dipakai di diksi-netralitas.yml; di sini tulis `kata:`.",
                )
            )
        words = fields.get("kata")
        if not data.is_mapping(words) or not words.value:
            problems.append(
                Problem(
                    path,
                    data.line(words) if words is not None else group_line,
                    "Kolom `kata` wajib berisi pasangan `kata: "
                    + ("bentuk baku" if kind == "baku" else "saran")
                    + "`, satu per baris.",
                )
            )
            continue
        for key, key_line, value in data.items(words):
            entry = _parse_entry(key, key_line, value, kind, value_key, mode, index, path)
            if isinstance(entry, Problem):
                problems.append(entry)
            else:
                entries.append(entry)
    if problems:
        raise ContentError(problems)
    return groups, entries, phrases


def _parse_entry(key, key_line, value, kind, value_key, mode, group, path) -> Entry | Problem:
    word = normalize(key)
    if not word:
        return Problem(path, key_line, "Kata kosong. Tulis katanya sebelum tanda titik dua.")
    if not KEY_RE.match(word):
        return Problem(
            path,
            key_line,
            f"'{key}' tidak sah: pakai huruf, angka, spasi, tanda hubung, atau apostrof saja.",
        )
    note = None
    if data.is_mapping(value):
        problems: list[Problem] = []
        data.check_fields(value, {value_key, "catatan", "imbuhan"}, path, problems, f"'{key}'")
        if problems:
            return problems[0]
        fields = {name: node for name, _, node in data.items(value)}
        note = data.text_value(fields.get("catatan"))
        if fields.get("catatan") is not None and not note:
            return Problem(path, key_line, f"Kolom `catatan` untuk '{key}' kosong.")
        mode_problems: list[Problem] = []
        mode = _affix_mode(fields.get("imbuhan"), path, mode_problems, mode)
        if mode_problems:
            return mode_problems[0]
        value = fields.get(value_key)
        if value is None:
            if kind == "sensitif":
                return Entry(word, kind, (), note, mode, group, path, key_line)
            return Problem(path, key_line, f"'{key}' belum punya kolom `{value_key}`.")
    suggestions = data.text_list(value)
    if kind == "baku" and data.is_sequence(value):
        return Problem(path, key_line, f"'{key}': tulis satu bentuk baku saja.")
    if not suggestions or any(text is None for text, _ in suggestions):
        what = "bentuk bakunya" if kind == "baku" else "sarannya"
        return Problem(path, key_line, f"'{key}' kosong: tulis {what} sesudah tanda titik dua.")
    if kind == "baku" and normalize(suggestions[0][0]) == word:
        return Problem(path, key_line, f"'{key}': bentuk tidak baku sama dengan bentuk bakunya.")
    return Entry(
        word, kind, tuple(text for text, _ in suggestions), note, mode, group, path, key_line
    )


def _parse_phrases(node, path, group_line, group, problems) -> list[Phrase]:
    if not data.is_sequence(node) or not node.value:
        problems.append(
            Problem(path, group_line, "Kolom `frasa` wajib berisi daftar frasa, satu per baris.")
        )
        return []
    phrases = []
    for item in node.value:
        text = data.text_value(item)
        item_line = data.line(item)
        if text is None:
            problems.append(
                Problem(path, item_line, "Frasa kosong. Tulis frasanya atau hapus baris ini.")
            )
            continue
        text = normalize(text)
        if not all(PHRASE_PIECE_RE.match(piece) for piece in re.split(r"[ \-]", text)):
            problems.append(
                Problem(
                    path,
                    item_line,
                    f"Frasa '{text}' tidak sah: pakai huruf, angka, spasi, `*` di akhir kata, "
                    "dan `{angka}` untuk nomor.",
                )
            )
            continue
        phrases.append(Phrase(text, phrase_pattern(text), group, path, item_line))
    return phrases


def validate(groups: list[Group], entries: list[Entry], phrases: list[Phrase]) -> list[Problem]:
    """Problems across all lists: duplicates, and words both standard and non-standard."""
    problems: list[Problem] = []
    seen: dict[str, Entry] = {}
    for entry in entries:
        earlier = seen.setdefault(entry.key, entry)
        if earlier is not entry:
            problems.append(
                Problem(
                    entry.path,
                    entry.line,
                    f"'{entry.key}' sudah tercatat di {earlier.path}:{earlier.line}. "
                    "Hapus salah satunya.",
                )
            )
    nonstandard = {key: entry for key, entry in seen.items() if entry.kind == "baku"}
    for entry in entries:
        for suggestion in entry.suggestions:
            wanted = normalize(suggestion)
            for word in {wanted, *wanted.split(" ")}:
                other = nonstandard.get(word)
                if other is not None:
                    role = "bentuk baku" if entry.kind == "baku" else "saran"
                    problems.append(
                        Problem(
                            entry.path,
                            entry.line,
                            f"'{word}' ditulis sebagai {role} untuk '{entry.key}', tetapi juga "
                            f"tercatat sebagai bentuk tidak baku di {other.path}:{other.line}.",
                        )
                    )
    seen_phrases: dict[str, Phrase] = {}
    for phrase in phrases:
        earlier = seen_phrases.setdefault(phrase.text, phrase)
        if earlier is not phrase:
            problems.append(
                Problem(
                    phrase.path,
                    phrase.line,
                    f"Frasa '{phrase.text}' sudah tercatat di {earlier.path}:{earlier.line}.",
                )
            )
    return problems


_cache: dict[tuple, Rules] = {}


def load_rules(data_dir: Path, label: str = "docs/data") -> Rules:
    """Read and validate the four lists; every problem of every file is raised at once."""
    stamp = []
    for name in (*FILES, kalimat.FILE):
        path = data_dir / name
        stat = path.stat() if path.exists() else None
        stamp.append((name, stat.st_mtime_ns if stat else None, stat.st_size if stat else None))
    key = (str(data_dir), tuple(stamp))
    if key in _cache:
        return _cache[key]
    problems: list[Problem] = []
    groups: list[Group] = []
    entries: list[Entry] = []
    phrases: list[Phrase] = []
    for name, kind in FILES.items():
        path = data_dir / name
        shown = f"{label}/{name}"
        if not path.exists():
            problems.append(Problem(shown, 1, "Berkas daftar kata ini tidak ditemukan."))
            continue
        try:
            more = parse_list(path.read_text(encoding="utf-8"), shown, kind, len(groups))
        except ContentError as error:
            problems += error.problems
            continue
        groups += more[0]
        entries += more[1]
        phrases += more[2]
    sentences = kalimat.SentenceRules()
    try:
        sentences = kalimat.parse_list(
            (data_dir / kalimat.FILE).read_text(encoding="utf-8"), f"{label}/{kalimat.FILE}"
        )
    except FileNotFoundError:
        problems.append(Problem(f"{label}/{kalimat.FILE}", 1, "Berkas ini tidak ditemukan."))
    except ContentError as error:
        problems += error.problems
    problems += validate(groups, entries, phrases)
    if problems:
        raise ContentError(problems)
    rules = Rules(groups, {entry.key: entry for entry in entries}, phrases, sentences)
    _cache.clear()
    _cache[key] = rules
    return rules


def rules_payload(rules: Rules) -> dict:
    """Everything the browser tool needs, in one JSON-ready object."""
    return {
        "versi": 1,
        "kelompok": [
            {
                "nama": group.name,
                "sumber": group.source,
                "penjelasan": group.note or "",
                "saran": group.suggestion or "",
                "jenis": group.kind,
            }
            for group in rules.groups
        ],
        "kata": {
            key: [entry.kind, entry.group, list(entry.suggestions), entry.note or "", entry.affixes]
            for key, entry in sorted(rules.words.items())
        },
        "pola": [[phrase.pattern, phrase.group, phrase.text] for phrase in rules.phrases],
        "awalan": [[surface, kind, list(restore)] for surface, kind, restore in PREFIXES],
        "akhiran": [list(suffix) for suffix in SUFFIXES],
        "kapital": {"kata": CAPS_WORD, "deret": CAPS_RUN},
        "pukul": {"pola": CLOCK_SOURCE, "penjelasan": CLOCK_NOTE, "sumber": CLOCK_SOURCE_NOTE},
        "minimumAkar": MIN_ROOT,
        "kalimat": kalimat.payload(rules.sentences),
    }


def rules_json(rules: Rules) -> str:
    """The payload as JSON with <, > and & escaped (safe in an HTML attribute or a script)."""
    text = json.dumps(rules_payload(rules), ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- matching (mirrored in cek-diksi.js) ----------------------------------------------------


def nasal(base: str, word: str) -> str:
    """meN-/peN- before ``word``: base "me" or "pe" plus the right nasal, k/p/t/s dropped."""
    first = word[:1]
    second = word[1:2]
    if first in VOWELS or first in ("g", "h"):
        return base + "ng" + word
    if first == "k":
        return base + "ng" + (word[1:] if second in VOWELS else word)
    if first == "p":
        return base + "m" + (word[1:] if second in VOWELS else word)
    if first in ("b", "f", "v"):
        return base + "m" + word
    if first == "t":
        return base + "n" + (word[1:] if second in VOWELS else word)
    if first in ("d", "c", "j", "z"):
        return base + "n" + word
    if first == "s":
        return base + ("ny" + word[1:] if second in VOWELS else "n" + word)
    return base + word


def with_prefix(surface: str, kind: str, word: str) -> str:
    if kind == "meN":
        return nasal("me", word)
    if kind == "peN":
        return nasal("pe", word)
    if kind in ("ber", "ter", "per"):
        return kind[:2] + ("" if word.startswith("r") else "r") + word
    return surface + word


def build(prefix: tuple[str, str] | None, standard: str, suffix: tuple[str, str, str]) -> str:
    head = with_prefix(prefix[0], prefix[1], standard) if prefix else standard
    derivational, possessive, particle = suffix
    return head + derivational + possessive + (" pun" if particle == "pun" else particle)


def match_case(surface: str, replacement: str, standard: str) -> str:
    """Give the replacement the case pattern of what was written."""
    letters = [c for c in surface if c.lower() != c.upper()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if standard != standard.lower():
        return replacement
    if letters and surface[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def analyze(word: str, rules: Rules):
    """(entry, lowercase replacement or None, exact) for one lowercase word, or None."""
    if word not in rules.memo:
        rules.memo[word] = _analyze(word, rules)
    return rules.memo[word]


def _endings(word: str) -> set[str]:
    """The suffix strings ``word`` ends with (so the full table is walked only for those)."""
    return {word[len(word) - size :] for size in range(1, min(len(word), MAX_SUFFIX) + 1)}


def _analyze(word: str, rules: Rules):
    entry = rules.words.get(word)
    if entry is not None:
        return entry, _replacement(entry, None, ("", "", "")), True
    pieces = {word[i:j] for i in range(len(word)) for j in range(i + MIN_ROOT - 1, len(word) + 1)}
    if rules.cores.isdisjoint(pieces):
        return None
    for prefix in (None, *PREFIXES):
        surface = prefix[0] if prefix else ""
        if not word.startswith(surface):
            continue
        rest = word[len(surface) :]
        endings = _endings(rest)
        for suffix, joined in JOINED_SUFFIXES:
            if prefix is None and not joined:
                continue
            if joined and joined not in endings:
                continue
            core = rest[: len(rest) - len(joined)]
            for restore in prefix[2] if prefix else ("",):
                if restore and (not core or core[0] not in VOWELS):
                    continue
                root = restore + core
                if len(root) < MIN_ROOT:
                    continue
                entry = rules.words.get(root)
                if entry is None or entry.affixes == "tidak":
                    continue
                if prefix and surface in ("be", "te") and not root.startswith("r"):
                    continue
                if (prefix or suffix[0]) and entry.affixes != "ya":
                    continue
                standard = entry.suggestions[0] if entry.suggestions else ""
                if prefix and suffix[0] and " " in standard:
                    continue  # confix around a compound is written joined: not our business
                return entry, _replacement(entry, prefix, suffix), False
    return None


def _replacement(entry: Entry, prefix, suffix) -> str | None:
    if not entry.suggestions:
        return None
    if entry.kind == "baku":
        return build(prefix[:2] if prefix else None, entry.suggestions[0], suffix)
    if prefix is None and not "".join(suffix):
        return entry.suggestions[0]
    return None


def _phrase(words: list[str], rules: Rules):
    """Entry and replacement for a run of lowercase words; the last word may carry suffixes."""
    last = words[-1]
    for suffix, joined in JOINED_SUFFIXES:
        if joined and not last.endswith(joined):
            continue
        core = last[: len(last) - len(joined)] if joined else last
        if not core:
            continue
        entry = rules.words.get(" ".join([*words[:-1], core]))
        if entry is None:
            continue
        if joined and (entry.affixes == "tidak" or (suffix[0] and entry.affixes != "ya")):
            continue
        if joined and entry.kind != "baku":
            return entry, None, False
        return entry, _replacement(entry, None, suffix), not joined
    return None


def _masked_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in MASK_RE.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def tokens(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Words of ``text`` outside ``spans`` (sorted, non-overlapping, as finditer gives them)."""
    if not spans:
        return [(match.start(), match.end(), match.group()) for match in WORD_RE.finditer(text)]
    starts = [start for start, _ in spans]
    found = []
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        # Only the last span opening before the word's end can overlap it.
        last = bisect.bisect_left(starts, end) - 1
        if last < 0 or spans[last][1] <= start:
            found.append((start, end, match.group()))
    return found


def _word_finding(entry, fix, start, end, surface) -> Finding:
    standard = entry.suggestions[0] if entry.suggestions else ""
    shown = match_case(surface, fix, standard) if fix is not None else None
    return Finding(entry.kind, start, end, surface, shown, entry.key, entry.group)


def _surface_findings(surface: str, rules: Rules) -> list[Finding]:
    """Findings of one word token at offset 0 (they depend on the word alone, so remembered)."""
    cached = rules.token_memo.get(surface)
    if cached is None:
        cached = rules.token_memo[surface] = _token_findings(0, len(surface), surface, rules)
    return cached


def may_have_nonstandard_words(text: str, rules: Rules) -> bool:
    """False only if ``word_findings(text)`` surely has no "baku" finding: no distinct word of
    ``text`` is a listed non-standard word (a word's findings depend on the word alone) and no
    two neighbouring words open a listed non-standard phrase. Pages are mostly clean, and
    checking each distinct word once is far cheaper than walking every token."""
    words = WORD_RE.findall(text)
    lows = [normalize(word) for word in words]
    pairs = set(itertools.pairwise(lows))
    for first, second, last in rules.baku_phrase_starts:
        endings = [joined for _, joined in JOINED_SUFFIXES] if last else [""]
        if any((first, second + joined) in pairs for joined in endings):
            return True
    surfaces = set(words)
    for surface in surfaces:
        if any(finding.kind == "baku" for finding in _surface_findings(surface, rules)):
            return True
    return False


def word_findings(text: str, rules: Rules, spans=None) -> list[Finding]:
    """Findings for listed words and phrases (every list kind)."""
    spans = _masked_spans(text) if spans is None else spans
    found: list[Finding] = []
    toks = tokens(text, spans)
    index = 0
    while index < len(toks):
        start, _, surface = toks[index]
        if rules.first_words and normalize(surface) in rules.first_words:
            hit = None
            for size in range(min(rules.max_words, len(toks) - index), 1, -1):
                run = toks[index : index + size]
                if any(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(run)):
                    continue
                result = _phrase([normalize(t[2]) for t in run], rules)
                if result:
                    entry, fix, _ = result
                    hit = _word_finding(entry, fix, start, run[-1][1], text[start : run[-1][1]])
                    index += size
                    break
            if hit:
                found.append(hit)
                continue
        cached = _surface_findings(surface, rules)
        found += [
            Finding(f.kind, f.start + start, f.end + start, f.text, f.fix, f.key, f.group)
            for f in cached
        ]
        index += 1
    return found


def _token_findings(start: int, end: int, surface: str, rules: Rules) -> list[Finding]:
    if any(c.isdecimal() for c in surface):
        return []
    low = normalize(surface)
    result = analyze(low, rules)
    if result:
        return [_word_finding(result[0], result[1], start, end, surface)]
    if "-" not in surface:
        return []
    parts = surface.split("-")
    lows = [normalize(part) for part in parts]
    if len(set(lows)) == 1:
        result = analyze(lows[0], rules)
        if result:
            entry, fix, _ = result
            one = _word_finding(entry, fix, start, start + len(parts[0]), parts[0])
            fixed = None
            if one.fix is not None:
                fixed = "-".join(match_case(part, fix, entry.suggestions[0]) for part in parts)
            return [Finding(entry.kind, start, end, surface, fixed, entry.key, entry.group)]
        return []
    found = []
    offset = start
    for part, part_low in zip(parts, lows, strict=True):
        result = analyze(part_low, rules)
        if result:
            found.append(_word_finding(result[0], result[1], offset, offset + len(part), part))
        offset += len(part) + 1
    return found


def _is_caps(word: str) -> int:
    """Number of letters if ``word`` is written in capitals only (2+ letters), else 0."""
    letters = [c for c in word if c.lower() != c.upper()]
    if len(letters) >= 2 and all(c == c.upper() for c in letters):
        return len(letters)
    return 0


def caps_findings(text: str, spans) -> list[Finding]:
    found = []
    run: list[tuple[int, int, int]] = []

    def close() -> None:
        letters = sum(item[2] for item in run)
        if (len(run) == 1 and letters >= CAPS_WORD) or (len(run) > 1 and letters >= CAPS_RUN):
            found.append(
                Finding("kapital", run[0][0], run[-1][1], text[run[0][0] : run[-1][1]], None)
            )

    for start, end, surface in tokens(text, spans):
        letters = _is_caps(surface)
        if letters:
            run.append((start, end, letters))
            continue
        if run:
            close()
        run = []
    if run:
        close()
    return found


def punctuation_findings(text: str, spans) -> list[Finding]:
    found = []
    for match in PUNCT_RE.finditer(text):
        if _inside(spans, match.start(), match.end()):
            continue
        run = match.group()
        if run[0] in "!?":
            fix = "?" if "?" in run else "!"
        elif run[0] == ".":
            fix = "..."
        else:
            fix = ","
        found.append(Finding("tanda-baca", match.start(), match.end(), run, fix))
    return found


def clock_findings(text: str, spans) -> list[Finding]:
    """*jam* before a clock time, to be written *pukul* (kind "baku", key "jam")."""
    found = []
    for match in CLOCK_RE.finditer(text):
        start, end = match.span()
        if _inside(spans, start, end):
            continue
        surface = match.group()
        fix = match_case(surface, CLOCK_FIX, CLOCK_FIX)
        found.append(Finding("baku", start, end, surface, fix, "jam"))
    return found


def phrase_findings(text: str, rules: Rules, spans) -> list[Finding]:
    candidates = []
    for phrase, regex in zip(rules.phrases, rules.compiled, strict=True):
        for match in regex.finditer(text):
            if match.end() > match.start() and not _inside(spans, match.start(), match.end()):
                candidates.append((match.start(), -match.end(), phrase))
    candidates.sort(key=lambda item: (item[0], item[1]))
    found: list[Finding] = []
    for start, negative_end, phrase in candidates:
        end = -negative_end
        if any(f.start < end and start < f.end for f in found):
            continue
        found.append(
            Finding("netralitas", start, end, text[start:end], None, phrase.text, phrase.group)
        )
    return found


def sort_findings(found: list[Finding]) -> list[Finding]:
    return sorted(found, key=lambda f: (f.start, -f.end, KIND_ORDER.index(f.kind)))


def check_text(text: str, rules: Rules) -> list[Finding]:
    """Every finding the Cek Diksi tool shows for ``text`` (same result as cek-diksi.js)."""
    spans = _masked_spans(text)
    found = word_findings(text, rules, spans)
    found += clock_findings(text, spans)
    found += phrase_findings(text, rules, spans)
    found += caps_findings(text, spans)
    found += punctuation_findings(text, spans)
    found += [Finding(*hit) for hit in kalimat.findings(text, tokens(text, spans), rules.sentences)]
    return sort_findings(found)


def apply_fixes(text: str, found: list[Finding]) -> str:
    """``text`` with every automatic replacement applied (non-overlapping, left to right)."""
    out, position = [], 0
    for finding in sorted(found, key=lambda f: f.start):
        if finding.fix is None or finding.start < position:
            continue
        out += [text[position : finding.start], finding.fix]
        position = finding.end
    return "".join(out) + text[position:]


# --- the portal's own Markdown ---------------------------------------------------------------

ALLOW_START = re.compile(r"<!--\s*diksi\s*:\s*abaikan\s*-->", re.IGNORECASE)
ALLOW_END = re.compile(r"<!--\s*diksi\s*:\s*periksa\s*-->", re.IGNORECASE)
FENCE_OPEN = re.compile(r"^\s*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
MARKDOWN_SKIP = (
    re.compile(r"<!--.*?-->", re.DOTALL),  # comments
    re.compile(r"~~(?!~)(?:(?!\n[ \t]*\n).)+?~~", re.DOTALL),  # deliberate wrong forms
    re.compile(r"\]\([^)\n]*\)"),  # link and image targets
    re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.MULTILINE),  # reference definitions
    re.compile(r"<(?:https?|mailto):[^>\s]+>"),  # autolinks
    re.compile(r"https?://[^\s)>\]]+|www\.[^\s)>\]]+"),  # bare URLs
    # E-mail addresses (starting only where a run begins, which finds the same matches).
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"),
    re.compile(r"</?[A-Za-z][^>\n]*>"),  # HTML tags and their attributes
    re.compile(r"\{:?[ \t]*[#.:][^}\n]*\}"),  # attribute lists
    re.compile(r":[a-z0-9_+-]+:"),  # emoji and icon shortcodes
)


NEWLINE = re.compile("\n")
NOT_NEWLINE = re.compile("[^\n]")


def _blanked(match: re.Match) -> str:
    return NOT_NEWLINE.sub(" ", match.group())


def _line_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in NEWLINE.finditer(text)]


def _quiz_lines(body: str, path: str) -> set[int]:
    """1-based body lines of quiz headers, settings, options and per-option feedback."""
    # The quiz parser's own helpers, so "what is an option" has one definition.
    from akademi.quiz import _parse_kind, _split_sections, _take_settings, find_blocks

    def ignore(*_args) -> None:
        return None

    lines: set[int] = set()
    blocks, _ = find_blocks(body, path)
    for block in blocks:
        lines.update((block.start, block.end))
        body_lines = list(block.body)
        before = {number for number, _ in body_lines}
        _take_settings(body_lines, ignore)
        lines.update(before - {number for number, _ in body_lines})
        kind = _parse_kind(block, ignore)
        if kind:
            _, options, _ = _split_sections(body_lines, kind, ignore)
            lines.update(number for number, _ in options)
    return lines


def mask_markdown(body: str, path: str) -> tuple[str, list[Problem]]:
    """``body`` with everything the check must skip replaced by spaces (offsets unchanged)."""
    problems: list[Problem] = []
    # Fenced code blocks, at any indentation (inside lists and admonitions too), and the quiz
    # lines where wrong forms may be quoted plainly.
    fence = None
    quiz = _quiz_lines(body, path)
    lines = body.split("\n")
    for number, line in enumerate(lines, start=1):
        if fence:
            lines[number - 1] = " " * len(line)
            stripped = line.strip()
            if stripped and stripped == fence[0] * len(stripped) and len(stripped) >= len(fence):
                fence = None
            continue
        match = FENCE_OPEN.match(line)
        if match:
            fence = match.group(1)
        if match or number in quiz:
            lines[number - 1] = " " * len(line)
    text = CODE_SPAN.sub(_blanked, "\n".join(lines))
    # Regions the author excluded on purpose (markers inside code do not count).
    position = 0
    while (opened := ALLOW_START.search(text, position)) is not None:
        closed = ALLOW_END.search(text, opened.end())
        end = closed.end() if closed else len(text)
        if closed is None:
            problems.append(
                Problem(
                    path,
                    text.count("\n", 0, opened.start()) + 1,
                    "`<!-- diksi: abaikan -->` belum ditutup. Tambahkan "
                    "`<!-- diksi: periksa -->` sesudah bagian yang dikecualikan.",
                )
            )
        text = (
            text[: opened.start()] + NOT_NEWLINE.sub(" ", text[opened.start() : end]) + text[end:]
        )
        position = end
    # Each pattern sees what the earlier ones blanked.
    for pattern in MARKDOWN_SKIP:
        text = pattern.sub(_blanked, text)
    return text, problems


def lint_page(text: str, path: str, rules: Rules) -> list[Problem]:
    """Non-standard words in one Markdown page, as problems naming file and line (remembered
    per page text, so a `mkdocs serve` rebuild only checks the pages that changed)."""
    key = (path, text)
    if key not in rules.page_memo:
        rules.page_memo[key] = _lint_page(text, path, rules)
    return list(rules.page_memo[key])


def _lint_page(text: str, path: str, rules: Rules) -> list[Problem]:
    try:
        meta, body, offset = split_front_matter(text)
    except Exception:  # A broken front matter is reported by MkDocs itself.
        meta, body, offset = {}, text, 0
    problems: list[Problem] = []
    allowed_raw = meta.get("diksi_abaikan", [])
    if isinstance(allowed_raw, str):
        allowed_raw = [allowed_raw]
    if not isinstance(allowed_raw, list) or not all(isinstance(w, str) for w in allowed_raw):
        problems.append(
            Problem(
                path,
                field_lines(text).get("diksi_abaikan", 1),
                "`diksi_abaikan` harus berupa daftar kata, misalnya `diksi_abaikan: [himbauan]`.",
            )
        )
        allowed_raw = []
    allowed = {normalize(word) for word in allowed_raw}
    masked, mask_problems = mask_markdown(body, path)
    starts = _line_starts(masked)
    for problem in mask_problems:
        problems.append(Problem(path, problem.line + offset, problem.message))
    findings = word_findings(masked, rules) if may_have_nonstandard_words(masked, rules) else []
    findings += clock_findings(masked, _masked_spans(masked))
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.kind != "baku":
            continue
        if finding.key in allowed or normalize(finding.text) in allowed:
            continue
        line = bisect.bisect_right(starts, finding.start) + offset
        problems.append(
            Problem(
                path,
                line,
                f"Kata tidak baku '{finding.text}'; bentuk baku: '{finding.fix}'. Jika bentuk "
                f"ini sengaja dikutip, coret dengan ~~{finding.text}~~ (lihat Panduan "
                "Kontributor, bagian Pemeriksaan diksi).",
            )
        )
    for hit in kalimat.findings(masked, tokens(masked, []), rules.sentences):
        if not allowed.isdisjoint((hit.kind, hit.key)):
            continue
        line = bisect.bisect_right(starts, hit.start) + offset
        problems.append(Problem(path, line, kalimat.message(hit, rules.sentences)))
    return problems
