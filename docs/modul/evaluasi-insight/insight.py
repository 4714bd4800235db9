"""insight.py: perhitungan kecil untuk mengevaluasi insight akun media sosial instansi.

Bagian dari modul "Evaluasi Insight" Akademi Medsos Pemda (lisensi konten CC BY-SA 4.0).
Unduh berkas ini bersama notebook ``analisis-insight.ipynb`` dan simpan di folder yang sama.

Kesepakatan yang dipakai di seluruh modul ini:

* **Interaksi** (*engagement*) = suka + komentar + bagikan + simpan. Komponen yang kosong
  (misalnya platform tidak melaporkan simpan) dihitung 0. Tulis selalu komponen apa saja yang
  Anda jumlahkan di laporan.
* **ER per jangkauan** = interaksi / jangkauan x 100; **ER per pengikut** = interaksi /
  pengikut x 100; **ER per tayangan** = interaksi / tayangan x 100.
* Jika penyebutnya nol, kosong, atau tidak sah, fungsi skalar mengembalikan ``None`` (bukan NaN
  atau tak hingga). Pada tabel (pandas), nilai itu ditulis sebagai ``<NA>`` dengan tipe
  ``Float64``.
* Unggahan yang jangkauannya nol atau kosong dianggap **insight-nya tidak terbaca**: interaksi dan
  ketiga ER-nya ``<NA>`` (ditulis "–", bukan 0%), dan unggahan itu tidak ikut dalam jumlah
  gabungan mana pun. Unggahannya sendiri tetap dihitung sebagai unggahan.
* ER sebuah kelompok (satu bulan, satu format) dihitung dari **jumlah** interaksi dibagi
  **jumlah** jangkauan, bukan rata-rata ER per unggahan, agar unggahan kecil tidak menyetir hasil.
* Membandingkan format antarakun yang ukurannya berbeda jauh menyesatkan: bandingkan format di
  dalam satu akun dulu (``format_per_akun``), lalu hitung berapa akun yang menunjukkan arah sama.
* Bobot rapor (``KRITERIA``) sama dengan tabel di halaman "Rapor Medsos Perangkat Daerah".
  Rapor itu MODEL untuk diadaptasi, bukan standar resmi.

Hanya membutuhkan pandas (dan matplotlib untuk fungsi grafik).
"""

from __future__ import annotations

import base64
import html
import io
import math
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

KOMPONEN_INTERAKSI = ("suka", "komentar", "bagikan", "simpan")
KOLOM_ANGKA = (
    "jam",
    "pengikut",
    "jangkauan",
    "tayangan",
    "suka",
    "komentar",
    "bagikan",
    "simpan",
)
NAMA_BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
KOSONG = "–"  # tanda untuk nilai yang tidak dapat dihitung

# Blok jam unggah (jam awal, jam akhir inklusif, label). Dipakai kinerja_per_jam().
BLOK_JAM = (
    (0, 5, "00.00–05.59"),
    (6, 8, "06.00–08.59"),
    (9, 11, "09.00–11.59"),
    (12, 14, "12.00–14.59"),
    (15, 17, "15.00–17.59"),
    (18, 20, "18.00–20.59"),
    (21, 23, "21.00–23.59"),
)

# ---------------------------------------------------------------------------------------------
# Rapor: MODEL, bukan standar resmi. Bobot berjumlah 100; level 1-4.
# "label" = kode di halaman rapor (A = kuantitas, B = kualitas).
# "sumber" = dari data insight (dihitung modul ini) atau dari penilai (diisi manusia).
# ---------------------------------------------------------------------------------------------
KRITERIA = (
    {
        "kode": "frekuensi",
        "label": "A1",
        "nama": "Frekuensi unggahan",
        "kelompok": "Kuantitas",
        "bobot": 10,
        "sumber": "data",
    },
    {
        "kode": "konsistensi",
        "label": "A2",
        "nama": "Konsistensi jadwal",
        "kelompok": "Kuantitas",
        "bobot": 10,
        "sumber": "data",
    },
    {
        "kode": "akurasi",
        "label": "B1",
        "nama": "Akurasi dan kelengkapan informasi",
        "kelompok": "Kualitas",
        "bobot": 15,
        "sumber": "penilai",
    },
    {
        "kode": "narasi",
        "label": "B2",
        "nama": "Narasi",
        "kelompok": "Kualitas",
        "bobot": 10,
        "sumber": "penilai",
    },
    {
        "kode": "diksi",
        "label": "B3",
        "nama": "Diksi dan ejaan",
        "kelompok": "Kualitas",
        "bobot": 10,
        "sumber": "penilai",
    },
    {
        "kode": "variasi",
        "label": "B4",
        "nama": "Variasi kemasan",
        "kelompok": "Kualitas",
        "bobot": 10,
        "sumber": "data",
    },
    {
        "kode": "aksesibilitas",
        "label": "B5",
        "nama": "Aksesibilitas",
        "kelompok": "Kualitas",
        "bobot": 10,
        "sumber": "penilai",
    },
    {
        "kode": "responsivitas",
        "label": "B6",
        "nama": "Responsivitas terhadap komentar dan aduan",
        "kelompok": "Kualitas",
        "bobot": 15,
        "sumber": "penilai",
    },
    {
        "kode": "tren",
        "label": "B7",
        "nama": "Tren keterlibatan",
        "kelompok": "Kualitas",
        "bobot": 10,
        "sumber": "data",
    },
)
BOBOT = {k["kode"]: k["bobot"] for k in KRITERIA}
LEVEL_MAKS = 4
# (nilai minimum, predikat), diperiksa dari atas.
PREDIKAT = ((85.0, "Sangat baik"), (70.0, "Baik"), (55.0, "Cukup"), (0.0, "Perlu pendampingan"))


# ---------------------------------------------------------------------------------------------
# Angka dasar
# ---------------------------------------------------------------------------------------------
def _angka(nilai) -> float | None:
    """Ubah ke float; None untuk kosong, NaN, tak hingga, atau bukan angka."""
    if nilai is None or nilai is pd.NA:
        return None
    try:
        hasil = float(nilai)
    except (TypeError, ValueError):
        return None
    return hasil if math.isfinite(hasil) else None


def jumlah_interaksi(suka=0, komentar=0, bagikan=0, simpan=0) -> int:
    """Suka + komentar + bagikan + simpan. Komponen kosong dihitung 0."""
    return int(sum(_angka(x) or 0 for x in (suka, komentar, bagikan, simpan)))


def _persen(pembilang, penyebut) -> float | None:
    atas, bawah = _angka(pembilang), _angka(penyebut)
    if atas is None or bawah is None or bawah <= 0:
        return None
    return atas / bawah * 100


def er_jangkauan(interaksi, jangkauan) -> float | None:
    """ER per jangkauan (persen) = interaksi / jangkauan x 100; None bila jangkauan 0/kosong."""
    return _persen(interaksi, jangkauan)


def er_pengikut(interaksi, pengikut) -> float | None:
    """ER per pengikut (persen) = interaksi / pengikut x 100; None bila pengikut 0/kosong."""
    return _persen(interaksi, pengikut)


def er_tayangan(interaksi, tayangan) -> float | None:
    """ER per tayangan (persen) = interaksi / tayangan x 100; None bila tayangan 0/kosong."""
    return _persen(interaksi, tayangan)


# ---------------------------------------------------------------------------------------------
# Format angka Indonesia: 1.234,5
# ---------------------------------------------------------------------------------------------
def format_angka(nilai, desimal: int = 0) -> str:
    """Tulis angka dengan titik ribuan dan koma desimal: 1234.5 -> "1.234,5".

    Pembulatan setengah ke atas (0,125 -> 0,13). Nilai kosong, NaN, atau tak hingga -> "–".
    """
    angka = _angka(nilai)
    if angka is None:
        return KOSONG
    try:
        bulat = Decimal(repr(angka)).quantize(Decimal(1).scaleb(-desimal), ROUND_HALF_UP)
    except InvalidOperation:
        return KOSONG
    if bulat == 0:
        bulat = abs(bulat)  # hindari "-0"
    teks = f"{bulat:,.{desimal}f}"
    return teks.translate(str.maketrans({",": ".", ".": ","}))


def format_persen(nilai, desimal: int = 2) -> str:
    """Persen gaya Indonesia, tanpa spasi sebelum tanda persen: 3.456 -> "3,46%"."""
    teks = format_angka(nilai, desimal)
    return teks if teks == KOSONG else f"{teks}%"


def label_bulan(bulan: str, tahun: bool = True) -> str:
    """ "2025-05" -> "Mei 2025" (atau "Mei" bila tahun=False)."""
    th, bl = bulan.split("-")
    nama = NAMA_BULAN[int(bl) - 1]
    return f"{nama} {th}" if tahun else nama


# ---------------------------------------------------------------------------------------------
# Data per unggahan
# ---------------------------------------------------------------------------------------------
def baca_csv(jalur: str | Path, **opsi) -> pd.DataFrame:
    """Baca CSV dalam dua bentuk: bentuk pandas (koma antarsel, titik desimal, seperti
    data-insight-sintetis.csv) atau bentuk Excel Indonesia (titik koma antarsel, koma desimal,
    seperti templat unduhan modul ini). Bentuknya dikenali dari baris pertama."""
    with open(jalur, encoding="utf-8-sig") as berkas:
        kepala = berkas.readline()
    if kepala.count(";") > kepala.count(","):
        opsi = {"sep": ";", "decimal": ",", **opsi}
    return pd.read_csv(jalur, encoding="utf-8-sig", **opsi)


def muat_data(jalur: str | Path) -> pd.DataFrame:
    """Baca CSV insight (kolom seperti data-insight-sintetis.csv) dan rapikan tipenya."""
    df = baca_csv(jalur, dtype={"akun": "string", "platform": "string", "format": "string"})
    return siapkan(df)


def siapkan(df: pd.DataFrame) -> pd.DataFrame:
    """Pastikan kolom tanggal bertipe tanggal dan kolom angka bertipe angka."""
    hasil = df.copy()
    hasil["tanggal"] = pd.to_datetime(hasil["tanggal"])
    for kolom in KOLOM_ANGKA:
        if kolom in hasil:
            hasil[kolom] = pd.to_numeric(hasil[kolom]).astype("Float64")
    return hasil


def _bagi(pembilang: pd.Series, penyebut: pd.Series, kali: float = 100.0) -> pd.Series:
    """Pembagian aman per baris: <NA> bila penyebut 0, kosong, atau negatif (tidak pernah inf)."""
    atas = pd.to_numeric(pembilang).astype("Float64")
    bawah = pd.to_numeric(penyebut).astype("Float64")
    sah = bawah.notna() & (bawah > 0) & atas.notna()
    hasil = pd.Series(pd.NA, index=atas.index, dtype="Float64")
    hasil[sah] = atas[sah] / bawah[sah] * kali
    return hasil


def terbaca(df: pd.DataFrame) -> pd.Series:
    """True untuk unggahan yang insight-nya terbaca: jangkauannya tercatat dan lebih dari nol."""
    jangkauan = pd.to_numeric(df["jangkauan"]).astype("Float64")
    return (jangkauan.notna() & (jangkauan > 0)).astype(bool)


def tambah_metrik(df: pd.DataFrame) -> pd.DataFrame:
    """Tambahkan kolom terbaca, interaksi, er_jangkauan, er_pengikut, er_tayangan, dan retensi.

    Unggahan yang insight-nya tidak terbaca (jangkauan nol atau kosong) mendapat interaksi dan
    ER <NA>, juga ER per pengikut: 0% akan berarti "dilihat, tetapi tidak ada yang berinteraksi".
    retensi (persen) = rata_tonton_detik / durasi_video_detik x 100, hanya untuk video.
    """
    hasil = df.copy()
    hasil["terbaca"] = terbaca(hasil)
    komponen = [
        pd.to_numeric(hasil[k]).astype("Float64").fillna(0)
        if k in hasil
        else pd.Series(0, index=hasil.index, dtype="Float64")
        for k in KOMPONEN_INTERAKSI
    ]
    interaksi = sum(komponen, start=pd.Series(0, index=hasil.index, dtype="Float64"))
    hasil["interaksi"] = interaksi.where(hasil["terbaca"], pd.NA)
    hasil["er_jangkauan"] = _bagi(hasil["interaksi"], hasil["jangkauan"])
    hasil["er_pengikut"] = _bagi(hasil["interaksi"], hasil["pengikut"])
    hasil["er_tayangan"] = _bagi(hasil["interaksi"], hasil["tayangan"])
    if {"rata_tonton_detik", "durasi_video_detik"} <= set(hasil.columns):
        hasil["retensi"] = _bagi(hasil["rata_tonton_detik"], hasil["durasi_video_detik"])
    return hasil


def _rasio_jumlah(kelompok: pd.DataFrame, atas: str, bawah: str, kali: float = 100.0):
    """Jumlah kolom atas / jumlah kolom bawah x kali, hanya dari unggahan yang insight-nya
    terbaca; pd.NA bila jumlah bawah 0."""
    if "terbaca" in kelompok:
        kelompok = kelompok[kelompok["terbaca"]]
    penyebut = kelompok[bawah].sum()
    if len(kelompok) == 0 or pd.isna(penyebut) or penyebut <= 0:
        return pd.NA
    return float(kelompok[atas].sum() / penyebut * kali)


def _median(seri: pd.Series):
    seri = seri.dropna()
    return pd.NA if seri.empty else float(seri.median())


def _bulan(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["tanggal"]).dt.strftime("%Y-%m")


def daftar_bulan(bulan_awal: str, bulan_akhir: str) -> list[str]:
    """Semua bulan dari bulan_awal sampai bulan_akhir (format "YYYY-MM"), inklusif."""
    rentang = pd.period_range(bulan_awal, bulan_akhir, freq="M")
    return [str(p) for p in rentang]


# ---------------------------------------------------------------------------------------------
# Tren bulanan
# ---------------------------------------------------------------------------------------------
KOLOM_TREN = [
    "akun",
    "platform",
    "bulan",
    "jumlah_unggahan",
    "jangkauan_total",
    "interaksi_total",
    "er_jangkauan",
    "median_er_jangkauan",
    "pengikut_akhir",
    "pertumbuhan_pengikut",
]


def tren_bulanan(
    df: pd.DataFrame, bulan_awal: str | None = None, bulan_akhir: str | None = None
) -> pd.DataFrame:
    """Ringkasan per akun, platform, dan bulan, termasuk bulan TANPA unggahan.

    Bulan tanpa unggahan tetap muncul: jumlah_unggahan 0, sedangkan ER, pengikut, dan
    pertumbuhan <NA> (tidak ada data, bukan nol). er_jangkauan = jumlah interaksi / jumlah
    jangkauan x 100. pertumbuhan_pengikut (persen) membandingkan pengikut akhir bulan dengan
    bulan sebelumnya; <NA> bila salah satunya tidak ada.
    """
    if df.empty:
        return pd.DataFrame(columns=KOLOM_TREN)
    data = tambah_metrik(df)
    data["bulan"] = _bulan(data)
    bulan_awal = bulan_awal or data["bulan"].min()
    bulan_akhir = bulan_akhir or data["bulan"].max()
    semua_bulan = daftar_bulan(bulan_awal, bulan_akhir)
    baris = []
    for (akun, platform), per_akun in data.groupby(["akun", "platform"], sort=True):
        per_akun = per_akun.sort_values("tanggal")
        sebelumnya = pd.NA
        for bulan in semua_bulan:
            isi = per_akun[per_akun["bulan"] == bulan]
            pengikut = (
                float(isi["pengikut"].dropna().iloc[-1]) if isi["pengikut"].notna().any() else pd.NA
            )
            tumbuh = pd.NA
            if pengikut is not pd.NA and sebelumnya is not pd.NA and sebelumnya > 0:
                tumbuh = (pengikut - sebelumnya) / sebelumnya * 100
            baris.append(
                {
                    "akun": akun,
                    "platform": platform,
                    "bulan": bulan,
                    "jumlah_unggahan": len(isi),
                    "jangkauan_total": float(isi["jangkauan"].sum()),
                    "interaksi_total": float(isi["interaksi"].sum()),
                    "er_jangkauan": _rasio_jumlah(isi, "interaksi", "jangkauan"),
                    "median_er_jangkauan": _median(isi["er_jangkauan"]),
                    "pengikut_akhir": pengikut,
                    "pertumbuhan_pengikut": tumbuh,
                }
            )
            sebelumnya = pengikut
    hasil = pd.DataFrame(baris, columns=KOLOM_TREN)
    for kolom in ("er_jangkauan", "median_er_jangkauan", "pengikut_akhir", "pertumbuhan_pengikut"):
        hasil[kolom] = hasil[kolom].astype("Float64")
    return hasil


# ---------------------------------------------------------------------------------------------
# Kinerja per format dan per jam
# ---------------------------------------------------------------------------------------------
KOLOM_FORMAT = [
    "platform",
    "format",
    "jumlah_akun",
    "jumlah_unggahan",
    "er_jangkauan",
    "median_jangkauan_per_pengikut",
    "simpan_per_1000",
    "bagikan_per_1000",
    "median_retensi",
]
KOLOM_FORMAT_AKUN = [
    "platform",
    "akun",
    "format",
    "jumlah_unggahan",
    "cukup_data",
    "er_jangkauan",
    "median_jangkauan_per_pengikut",
    "simpan_per_1000",
    "bagikan_per_1000",
    "median_retensi",
]
MIN_UNGGAHAN_FORMAT = 5  # unggahan terbaca per akun per format sebelum akun itu ikut dibandingkan


def format_per_akun(df: pd.DataFrame, min_unggahan: int = MIN_UNGGAHAN_FORMAT) -> pd.DataFrame:
    """Per platform, akun, dan format: jumlah unggahan terbaca, ER per jangkauan (jumlah/jumlah),
    median jangkauan/pengikut (persen), simpan dan bagikan per 1.000 jangkauan, median retensi.

    Inilah perbandingan format yang adil: di dalam satu akun, khalayak dan ukuran akunnya sama.
    cukup_data False bila unggahan terbaca kurang dari min_unggahan; ukurannya tetap dihitung,
    tetapi jangan dibandingkan.
    """
    if df.empty:
        return pd.DataFrame(columns=KOLOM_FORMAT_AKUN)
    data = tambah_metrik(df)
    data["jangkauan_per_pengikut"] = _jangkauan_per_pengikut(data)
    if "retensi" not in data:
        data["retensi"] = pd.Series(pd.NA, index=data.index, dtype="Float64")
    baris = []
    for (platform, akun, fmt), isi in data.groupby(["platform", "akun", "format"], sort=True):
        n = int(isi["terbaca"].sum())
        baris.append(
            {
                "platform": platform,
                "akun": akun,
                "format": fmt,
                "jumlah_unggahan": n,
                "cukup_data": n >= min_unggahan,
                "er_jangkauan": _rasio_jumlah(isi, "interaksi", "jangkauan"),
                "median_jangkauan_per_pengikut": _median(isi["jangkauan_per_pengikut"]),
                "simpan_per_1000": _rasio_jumlah(isi, "simpan", "jangkauan", 1000),
                "bagikan_per_1000": _rasio_jumlah(isi, "bagikan", "jangkauan", 1000),
                "median_retensi": _median(isi["retensi"]),
            }
        )
    hasil = pd.DataFrame(baris, columns=KOLOM_FORMAT_AKUN)
    for kolom in KOLOM_FORMAT_AKUN[5:]:
        hasil[kolom] = hasil[kolom].astype("Float64")
    return hasil


def kinerja_per_format(df: pd.DataFrame, min_unggahan: int = MIN_UNGGAHAN_FORMAT) -> pd.DataFrame:
    """Per platform dan format, setiap akun berbobot sama: ukuran format_per_akun dari akun yang
    cukup datanya, lalu diambil mediannya antarakun. jumlah_akun = banyaknya akun itu.

    Jangan menggabungkan semua unggahan banyak akun lalu membaginya: akun besar dan akun kecil
    memakai format dengan porsi berbeda sehingga perbedaan format tercampur dengan perbedaan akun.
    """
    per_akun = format_per_akun(df, min_unggahan)
    if per_akun.empty:
        return pd.DataFrame(columns=KOLOM_FORMAT)
    baris = []
    for (platform, fmt), isi in per_akun.groupby(["platform", "format"], sort=True):
        cukup = isi[isi["cukup_data"]]
        baris.append(
            {
                "platform": platform,
                "format": fmt,
                "jumlah_akun": len(cukup),
                "jumlah_unggahan": int(cukup["jumlah_unggahan"].sum()),
                **{kolom: _median(cukup[kolom]) for kolom in KOLOM_FORMAT[4:]},
            }
        )
    hasil = pd.DataFrame(baris, columns=KOLOM_FORMAT)
    for kolom in KOLOM_FORMAT[4:]:
        hasil[kolom] = hasil[kolom].astype("Float64")
    return hasil


def _jangkauan_per_pengikut(data: pd.DataFrame) -> pd.Series:
    """Jangkauan / pengikut x 100 per unggahan; <NA> bila jangkauan nol (data tidak terbaca)."""
    hasil = _bagi(data["jangkauan"], data["pengikut"])
    hasil[pd.to_numeric(data["jangkauan"]).fillna(0) <= 0] = pd.NA
    return hasil


def blok_jam(jam) -> str | None:
    """Label blok jam untuk jam 0-23, misalnya 19 -> "18.00–20.59"."""
    angka = _angka(jam)
    if angka is None:
        return None
    for awal, akhir, label in BLOK_JAM:
        if awal <= angka <= akhir:
            return label
    return None


KOLOM_JAM = [
    "platform",
    "blok_jam",
    "jumlah_unggahan",
    "median_er_jangkauan",
    "median_jangkauan_per_pengikut",
    "cukup_data",
]


def kinerja_per_jam(df: pd.DataFrame, min_unggahan: int = 20) -> pd.DataFrame:
    """Per platform dan blok jam: median ER per jangkauan dan median jangkauan/pengikut (persen).

    Median per unggahan dipakai agar akun besar tidak mendominasi. cukup_data False bila
    unggahan di blok itu kurang dari min_unggahan: jangan menarik kesimpulan dari baris itu.
    Unggahan berjangkauan nol tidak ikut dihitung mediannya.
    """
    if df.empty:
        return pd.DataFrame(columns=KOLOM_JAM)
    data = tambah_metrik(df)
    data["blok_jam"] = data["jam"].map(blok_jam)
    data["jangkauan_per_pengikut"] = _jangkauan_per_pengikut(data)
    urutan = {label: i for i, (_, _, label) in enumerate(BLOK_JAM)}
    baris = []
    for (platform, blok), isi in data.groupby(["platform", "blok_jam"], sort=True):
        baris.append(
            {
                "platform": platform,
                "blok_jam": blok,
                "jumlah_unggahan": len(isi),
                "median_er_jangkauan": _median(isi["er_jangkauan"]),
                "median_jangkauan_per_pengikut": _median(isi["jangkauan_per_pengikut"]),
                "cukup_data": len(isi) >= min_unggahan,
            }
        )
    hasil = pd.DataFrame(baris, columns=KOLOM_JAM)
    hasil["_urut"] = hasil["blok_jam"].map(urutan)
    hasil = hasil.sort_values(["platform", "_urut"]).drop(columns="_urut").reset_index(drop=True)
    for kolom in ("median_er_jangkauan", "median_jangkauan_per_pengikut"):
        hasil[kolom] = hasil[kolom].astype("Float64")
    return hasil


def selisih_kebetulan(
    nilai: Iterable, ukuran_kelompok: int, ulangan: int = 1000, benih: int = 0
) -> list[float]:
    """Simulasi uji coba palsu: ambil dua kelompok acak berukuran sama dari nilai yang SAMA
    (tanpa perlakuan apa pun), lalu hitung selisih median kelompok pertama dikurangi kedua.

    Setiap kelompok diambil DENGAN pengembalian: nilai-nilai itu dianggap contoh dari unggahan
    sejenis yang akan datang, bukan satu-satunya unggahan yang ada sehingga sebarannya tidak
    menyempit karena stoknya habis. Sebaran hasilnya menunjukkan seberapa besar selisih yang dapat
    muncul hanya karena kebetulan. Nilai kosong diabaikan. ValueError bila tidak ada nilai.
    """
    import numpy as np

    data = np.array([_angka(x) for x in nilai if _angka(x) is not None], dtype=float)
    if ukuran_kelompok < 1 or len(data) == 0:
        raise ValueError(
            f"Butuh ukuran kelompok sedikitnya 1 dan sedikitnya satu nilai, tersedia {len(data)}."
        )
    rng = np.random.default_rng(benih)
    hasil = []
    for _ in range(ulangan):
        pertama = rng.choice(data, size=ukuran_kelompok, replace=True)
        kedua = rng.choice(data, size=ukuran_kelompok, replace=True)
        hasil.append(float(np.median(pertama) - np.median(kedua)))
    return hasil


# ---------------------------------------------------------------------------------------------
# Rapor (MODEL)
# ---------------------------------------------------------------------------------------------
def level_frekuensi(unggahan_per_bulan) -> int | None:
    """Rata-rata unggahan per bulan: <4 -> 1; 4 sampai <8 -> 2; 8 sampai <12 -> 3; >=12 -> 4."""
    x = _angka(unggahan_per_bulan)
    if x is None:
        return None
    return 1 if x < 4 else 2 if x < 8 else 3 if x < 12 else 4


def level_konsistensi(persen_minggu_aktif) -> int | None:
    """Persen minggu yang berisi unggahan: <50 -> 1; 50 sampai <75 -> 2; 75 sampai <90 -> 3;
    >=90 -> 4."""
    x = _angka(persen_minggu_aktif)
    if x is None:
        return None
    return 1 if x < 50 else 2 if x < 75 else 3 if x < 90 else 4


def level_variasi(pangsa: Mapping[str, float]) -> int | None:
    """Pangsa tiap format (0-1). Hitung format dengan pangsa >= 10 persen:
    satu -> 1; dua -> 2; tiga atau lebih tetapi ada yang > 60 persen -> 3; selain itu -> 4."""
    nilai = [float(v) for v in pangsa.values() if _angka(v) is not None]
    if not nilai or sum(nilai) <= 0:
        return None
    berarti = [v for v in nilai if v >= 0.10]
    if len(berarti) <= 1:
        return 1
    if len(berarti) == 2:
        return 2
    return 3 if max(nilai) > 0.60 else 4


def level_tren(rasio, putusan: str | None = None) -> int | None:
    """Rasio ER per jangkauan paruh akhir / paruh awal: <0,80 -> 1; 0,80 sampai <0,95 -> 2;
    0,95 sampai <1,10 -> 3 (stabil); >=1,10 -> 4. None bila rasio tidak dapat dihitung.

    putusan dari uji_tren: "data belum cukup" atau "setara" (rasio masih di dalam pita
    kebetulan) -> 3: perubahan sebesar itu belum dapat dibedakan dari kebetulan."""
    x = _angka(rasio)
    if x is None:
        return None
    if putusan in ("data belum cukup", "setara"):
        return 3
    return 1 if x < 0.80 else 2 if x < 0.95 else 3 if x < 1.10 else 4


def nilai_rapor(level: Mapping[str, int]) -> float:
    """Nilai akhir 0-100 = jumlah (bobot x level) / 4. Semua kriteria wajib berlevel 1-4."""
    hilang = [k for k in BOBOT if k not in level or level[k] is None or level[k] is pd.NA]
    if hilang:
        raise ValueError(f"Level belum diisi untuk kriteria: {', '.join(hilang)}")
    lain = sorted(set(level) - set(BOBOT))
    if lain:
        raise ValueError(f"Kriteria tidak dikenal: {', '.join(lain)}")
    for kode, nilai in level.items():
        if nilai not in (1, 2, 3, 4) or isinstance(nilai, bool):
            raise ValueError(f"Level {kode} harus 1, 2, 3, atau 4, bukan {nilai!r}")
    return sum(BOBOT[k] * int(level[k]) for k in BOBOT) / LEVEL_MAKS


def predikat(nilai) -> str:
    angka = _angka(nilai)
    if angka is None:
        return KOSONG
    for batas, nama in PREDIKAT:
        if angka >= batas:
            return nama
    return PREDIKAT[-1][1]


def _minggu(awal: pd.Timestamp, akhir: pd.Timestamp) -> pd.PeriodIndex:
    return pd.period_range(awal, akhir, freq="W-SUN")  # minggu Senin-Minggu


def ukuran_rapor(df: pd.DataFrame, bulan_awal: str, bulan_akhir: str) -> dict:
    """Ukuran dari data insight satu akun di satu platform, untuk periode bulan_awal-akhir."""
    semua_bulan = daftar_bulan(bulan_awal, bulan_akhir)
    awal = pd.Period(bulan_awal, freq="M").start_time
    akhir = pd.Period(bulan_akhir, freq="M").end_time.normalize()
    data = tambah_metrik(df)
    data["bulan"] = _bulan(data)
    data = data[data["bulan"].isin(semua_bulan)]
    minggu = _minggu(awal, akhir)
    aktif = pd.to_datetime(data["tanggal"]).dt.to_period("W-SUN").nunique()
    pangsa = data["format"].value_counts(normalize=True).to_dict() if len(data) else {}
    separuh = len(semua_bulan) // 2
    paruh_awal = data[data["bulan"].isin(semua_bulan[:separuh])]
    paruh_akhir = data[data["bulan"].isin(semua_bulan[separuh:])]
    er_awal = _rasio_jumlah(paruh_awal, "interaksi", "jangkauan")
    er_akhir = _rasio_jumlah(paruh_akhir, "interaksi", "jangkauan")
    tren = uji_tren(_interaksi_jangkauan(paruh_awal), _interaksi_jangkauan(paruh_akhir))
    return {
        "jumlah_unggahan": len(data),
        "unggahan_per_bulan": len(data) / len(semua_bulan),
        "persen_minggu_aktif": aktif / len(minggu) * 100,
        "pangsa_format": pangsa,
        "er_paruh_awal": None if er_awal is pd.NA else er_awal,
        "er_paruh_akhir": None if er_akhir is pd.NA else er_akhir,
        "rasio_tren": tren["rasio"],
        "pita_tren": tren["pita"],
        "putusan_tren": tren["putusan"],
    }


KOLOM_RAPOR = (
    [
        "akun",
        "platform",
        "jumlah_unggahan",
        "unggahan_per_bulan",
        "persen_minggu_aktif",
        "rasio_tren",
        "pita_tren_bawah",
        "pita_tren_atas",
        "putusan_tren",
    ]
    + [k["kode"] for k in KRITERIA]
    + ["nilai", "predikat"]
)


def hitung_rapor(
    df: pd.DataFrame,
    skor_penilai: pd.DataFrame,
    platform: str = "Instagram",
    bulan_awal: str | None = None,
    bulan_akhir: str | None = None,
) -> pd.DataFrame:
    """Rapor per akun pada satu platform, urut nama akun (tanpa peringkat: umumkan kelompok
    predikat, bukan urutan nilai).

    Level kriteria bersumber "data" dihitung dari df; kriteria bersumber "penilai" diambil
    dari skor_penilai (kolom akun, platform, dan kode kriteria, isi 1-4; satu baris per akun per
    platform, ValueError bila ganda). Akun tanpa skor
    penilai atau tanpa tren yang dapat dihitung mendapat nilai <NA> dan predikat "–".
    Periode bawaan: bulan pertama sampai bulan terakhir di seluruh df.
    """
    if df.empty:
        return pd.DataFrame(columns=KOLOM_RAPOR)
    data = df.copy()
    data["bulan"] = _bulan(data)
    bulan_awal = bulan_awal or data["bulan"].min()
    bulan_akhir = bulan_akhir or data["bulan"].max()
    data = data[data["platform"] == platform]
    kode_penilai = [k["kode"] for k in KRITERIA if k["sumber"] == "penilai"]
    skor = skor_penilai[skor_penilai["platform"] == platform]
    ganda = sorted(set(skor.loc[skor["akun"].duplicated(), "akun"]))
    if ganda:
        raise ValueError(
            f"Skor penilai harus satu baris per akun per platform (level yang sudah disepakati); "
            f"baris ganda untuk: {', '.join(ganda)}"
        )
    skor = skor.set_index("akun")
    baris = []
    for akun, isi in data.groupby("akun", sort=True):
        ukuran = ukuran_rapor(isi, bulan_awal, bulan_akhir)
        level = {
            "frekuensi": level_frekuensi(ukuran["unggahan_per_bulan"]),
            "konsistensi": level_konsistensi(ukuran["persen_minggu_aktif"]),
            "variasi": level_variasi(ukuran["pangsa_format"]),
            "tren": level_tren(ukuran["rasio_tren"], ukuran["putusan_tren"]),
        }
        for kode in kode_penilai:
            ada = akun in skor.index and pd.notna(skor.loc[akun, kode])
            level[kode] = int(skor.loc[akun, kode]) if ada else None
        try:
            nilai = nilai_rapor(level)
        except ValueError:
            nilai = pd.NA
        baris.append(
            {
                "akun": akun,
                "platform": platform,
                "jumlah_unggahan": ukuran["jumlah_unggahan"],
                "unggahan_per_bulan": ukuran["unggahan_per_bulan"],
                "persen_minggu_aktif": ukuran["persen_minggu_aktif"],
                "rasio_tren": pd.NA if ukuran["rasio_tren"] is None else ukuran["rasio_tren"],
                "pita_tren_bawah": ukuran["pita_tren"][0] if ukuran["pita_tren"] else pd.NA,
                "pita_tren_atas": ukuran["pita_tren"][1] if ukuran["pita_tren"] else pd.NA,
                "putusan_tren": ukuran["putusan_tren"],
                **{k: pd.NA if v is None else v for k, v in level.items()},
                "nilai": nilai,
                "predikat": predikat(nilai),
            }
        )
    if not baris:
        return pd.DataFrame(columns=KOLOM_RAPOR)
    hasil = pd.DataFrame(baris)
    hasil["nilai"] = hasil["nilai"].astype("Float64")
    for kolom in ("rasio_tren", "pita_tren_bawah", "pita_tren_atas"):
        hasil[kolom] = hasil[kolom].astype("Float64")
    for k in BOBOT:
        hasil[k] = hasil[k].astype("Int64")
    return hasil[KOLOM_RAPOR].sort_values("akun").reset_index(drop=True)


def kelompok_predikat(rapor: pd.DataFrame) -> pd.DataFrame:
    """Akun per predikat, dari predikat tertinggi; nama akun urut abjad, tanpa nilai.
    Inilah yang diumumkan, bukan peringkat yang berselisih beberapa desimal."""
    urutan = [nama for _, nama in PREDIKAT] + [KOSONG]
    baris = []
    for nama in urutan:
        akun = sorted(rapor.loc[rapor["predikat"] == nama, "akun"])
        if akun:
            baris.append({"predikat": nama, "jumlah_akun": len(akun), "akun": ", ".join(akun)})
    return pd.DataFrame(baris, columns=["predikat", "jumlah_akun", "akun"])


# ---------------------------------------------------------------------------------------------
# Penyajian: tabel HTML dan grafik
# ---------------------------------------------------------------------------------------------
# Sel tabel lebih rapat daripada bawaan tema, agar tabel lebar tetap muat di layar.
RAPAT = "min-width: 0; padding: 0.45em 0.7em"


def tabel_html(
    df: pd.DataFrame,
    judul: Mapping[str, str] | None = None,
    desimal: Mapping[str, int] | None = None,
    persen: Iterable[str] = (),
    keterangan: str | None = None,
) -> str:
    """Tabel HTML sederhana berformat angka Indonesia (tanpa indeks, angka rata kanan).

    judul: nama kolom tampilan; desimal: jumlah desimal per kolom (bawaan 0 untuk angka);
    persen: kolom yang diberi tanda %; keterangan: teks <caption>.
    """
    judul, desimal, persen = dict(judul or {}), dict(desimal or {}), set(persen)
    bagian = ["<table>"]
    if keterangan:
        bagian.append(f'<caption style="text-align: left">{html.escape(keterangan)}</caption>')
    kepala = "".join(
        f'<th scope="col" style="{RAPAT}">{html.escape(str(judul.get(k, k)))}</th>'
        for k in df.columns
    )
    bagian.append(f"<thead><tr>{kepala}</tr></thead><tbody>")
    for _, baris in df.iterrows():
        sel = []
        for kolom in df.columns:
            nilai = baris[kolom]
            logika = pd.api.types.is_bool(nilai)
            angka = pd.api.types.is_number(nilai) and not logika
            if nilai is None or nilai is pd.NA or (angka and _angka(nilai) is None):
                teks, kanan = KOSONG, True
            elif logika:
                teks, kanan = ("ya" if nilai else "tidak"), False
            elif angka:
                d = desimal.get(kolom, 0)
                teks = format_persen(nilai, d) if kolom in persen else format_angka(nilai, d)
                kanan = True
            else:
                teks, kanan = str(nilai), False
            gaya = f"{RAPAT}; text-align: right" if kanan else RAPAT
            sel.append(f'<td style="{gaya}">{html.escape(teks)}</td>')
        bagian.append(f"<tr>{''.join(sel)}</tr>")
    bagian.append("</tbody></table>")
    return "".join(bagian)


WARNA = ("#0b5d73", "#b8500f", "#5a7d1a", "#7a3e9d", "#9a6b00", "#444444")


def terapkan_gaya_grafik() -> None:
    """Gaya grafik yang terbaca di mode terang dan gelap: latar putih eksplisit, teks gelap."""
    import matplotlib as mpl

    mpl.rcParams.update(
        {
            "figure.facecolor": "white",
            "axes.facecolor": "white",
            "savefig.facecolor": "white",
            "savefig.transparent": False,
            "text.color": "#1a1a1a",
            "axes.labelcolor": "#1a1a1a",
            "axes.edgecolor": "#555555",
            "xtick.color": "#1a1a1a",
            "ytick.color": "#1a1a1a",
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": "#dddddd",
            "grid.linewidth": 0.8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "font.size": 11,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "figure.dpi": 100,
            "axes.prop_cycle": mpl.cycler(color=list(WARNA)),
        }
    )


def sumbu_indonesia(desimal: int = 0, akhiran: str = ""):
    """Formatter sumbu matplotlib dengan format angka Indonesia, mis. sumbu_indonesia(1, "%")."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: format_angka(x, desimal) + akhiran)


def gambar_html(fig, alt: str, keterangan: str | None = None, dpi: int = 100) -> str:
    """Simpan figur matplotlib sebagai PNG di dalam halaman (tanpa berkas luar) dengan teks
    alternatif, lalu tutup figurnya agar tidak tampil dua kali."""
    import matplotlib.pyplot as plt

    penyangga = io.BytesIO()
    fig.savefig(penyangga, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
    plt.close(fig)
    data = base64.b64encode(penyangga.getvalue()).decode("ascii")
    gambar = f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}">'
    if keterangan:
        return f"<figure>{gambar}<figcaption>{html.escape(keterangan)}</figcaption></figure>"
    return f"<figure>{gambar}</figure>"


# ---------------------------------------------------------------------------------------------
# Rapor bulanan per akun (alat Rapor Akun memakai rumus yang sama; lihat
# tests/data/rapor-akun-vectors.json)
# ---------------------------------------------------------------------------------------------
MIN_UNGGAHAN_BANDING = 10  # pegangan modul: sedikitnya sepuluh unggahan per kelompok
ULANGAN_PITA = 500
BENIH_PITA = 2025
_M32 = 0xFFFFFFFF


def _acak_mulberry32(benih: int):
    """Pembangkit acak kecil (mulberry32) yang hasilnya sama persis di Python dan JavaScript."""
    a = benih & _M32
    while True:
        a = (a + 0x6D2B79F5) & _M32
        t = ((a ^ (a >> 15)) * (a | 1)) & _M32
        t = ((t + (((t ^ (t >> 7)) * (t | 61)) & _M32)) & _M32) ^ t
        yield ((t ^ (t >> 14)) & _M32) / 4294967296


def _kocok(daftar: list, acak) -> None:
    """Kocok di tempat (Fisher-Yates) dengan urutan tarikan yang sama seperti rapor-akun.js."""
    for i in range(len(daftar) - 1, 0, -1):
        j = math.floor(next(acak) * (i + 1))
        daftar[i], daftar[j] = daftar[j], daftar[i]


def _median_daftar(nilai: list[float]) -> float:
    urut = sorted(nilai)
    tengah = len(urut) // 2
    return urut[tengah] if len(urut) % 2 else (urut[tengah - 1] + urut[tengah]) / 2


def pita_kebetulan(
    nilai_a: Iterable, nilai_b: Iterable, ulangan: int = ULANGAN_PITA, benih: int = BENIH_PITA
) -> float | None:
    """Selisih median yang masih dapat muncul karena kebetulan: kedua kelompok digabung, diacak
    ulang menjadi dua kelompok berukuran sama dengan aslinya, lalu selisih mutlak mediannya
    dicatat. Hasilnya 9 dari 10 selisih acak itu (persentil 90, peringkat terdekat).
    None bila salah satu kelompok kosong."""
    a = [x for x in map(_angka, nilai_a) if x is not None]
    b = [x for x in map(_angka, nilai_b) if x is not None]
    if not a or not b:
        return None
    gabungan = a + b
    acak = _acak_mulberry32(benih)
    selisih = []
    for _ in range(ulangan):
        _kocok(gabungan, acak)
        selisih.append(abs(_median_daftar(gabungan[: len(a)]) - _median_daftar(gabungan[len(a) :])))
    selisih.sort()
    return selisih[math.ceil(0.9 * ulangan) - 1]


MIN_UNGGAHAN_TREN = 10  # unggahan terbaca per paruh sebelum tren B7 boleh naik atau turun


def _interaksi_jangkauan(data: pd.DataFrame) -> list[list[float]]:
    """Pasangan [interaksi, jangkauan] unggahan yang insight-nya terbaca, urut seperti datanya."""
    data = tambah_metrik(data) if "terbaca" not in data else data
    isi = data[data["terbaca"]]
    return [[float(i), float(r)] for i, r in zip(isi["interaksi"], isi["jangkauan"], strict=True)]


def _rasio_er(awal: list, akhir: list) -> float:
    """ER gabungan akhir / ER gabungan awal (rumus yang sama di rapor-akun.js)."""
    i_awal, r_awal = sum(x[0] for x in awal), sum(x[1] for x in awal)
    i_akhir, r_akhir = sum(x[0] for x in akhir), sum(x[1] for x in akhir)
    if i_awal == 0:
        return 1.0 if i_akhir == 0 else math.inf
    return (i_akhir / r_akhir * 100) / (i_awal / r_awal * 100)


def pita_tren(
    awal: list, akhir: list, ulangan: int = ULANGAN_PITA, benih: int = BENIH_PITA
) -> list[float] | None:
    """Rasio ER gabungan (akhir / awal) yang masih dapat muncul karena kebetulan: unggahan kedua
    paruh digabung, diacak ulang menjadi dua kelompok seukuran aslinya, lalu rasionya dicatat.
    Hasilnya [bawah, atas], rentang yang memuat 9 dari 10 rasio acak itu (persentil 5 dan 95,
    peringkat terdekat). awal, akhir: pasangan [interaksi, jangkauan]. None bila ada yang kosong."""
    if not awal or not akhir:
        return None
    gabungan = [list(x) for x in awal] + [list(x) for x in akhir]
    acak = _acak_mulberry32(benih)
    rasio = []
    for _ in range(ulangan):
        _kocok(gabungan, acak)
        rasio.append(_rasio_er(gabungan[: len(awal)], gabungan[len(awal) :]))
    rasio.sort()
    return [rasio[math.ceil(0.05 * ulangan) - 1], rasio[math.ceil(0.95 * ulangan) - 1]]


def uji_tren(awal: list, akhir: list, min_unggahan: int = MIN_UNGGAHAN_TREN) -> dict:
    """Rasio tren B7 dengan penjaga kebetulan. awal, akhir: pasangan [interaksi, jangkauan]
    unggahan terbaca tiap paruh. putusan: "data belum cukup" bila salah satu paruh kurang dari
    min_unggahan unggahan, "setara" bila rasionya di dalam pita_tren, selain itu "naik"/"turun".
    rasio None (putusan None) bila ER salah satu paruh tidak dapat dihitung atau ER awal nol."""
    r_awal, r_akhir = sum(x[1] for x in awal), sum(x[1] for x in akhir)
    i_awal = sum(x[0] for x in awal)
    if r_awal <= 0 or r_akhir <= 0 or i_awal <= 0:
        return {"rasio": None, "pita": None, "putusan": None}
    rasio = _rasio_er(awal, akhir)
    if min(len(awal), len(akhir)) < min_unggahan:
        return {"rasio": rasio, "pita": None, "putusan": "data belum cukup"}
    pita = pita_tren(awal, akhir)
    putusan = "setara" if pita[0] <= rasio <= pita[1] else "naik" if rasio > 1 else "turun"
    return {"rasio": rasio, "pita": pita, "putusan": putusan}


def bulan_sebelumnya(bulan: str) -> str:
    """ "2025-01" -> "2024-12"."""
    return str(pd.Period(bulan, freq="M") - 1)


def ringkasan_bulan(df: pd.DataFrame, bulan: str) -> dict:
    """Ringkasan satu akun pada satu bulan ("YYYY-MM").

    Minggu dihitung Senin-Minggu, termasuk minggu yang hanya sebagian jatuh di bulan itu.
    ER gabungan = jumlah interaksi / jumlah jangkauan x 100 (per pengikut: hanya unggahan yang
    pengikutnya tercatat). Unggahan terbaik: tiga ER per jangkauan tertinggi (seri: interaksi
    lebih banyak, lalu tanggal lebih awal); kolom id_unggahan dipakai sebagai namanya.
    """
    data = tambah_metrik(df)
    data = data[_bulan(data) == bulan]
    periode = pd.Period(bulan, freq="M")
    minggu = _minggu(periode.start_time, periode.end_time.normalize())
    aktif = pd.to_datetime(data["tanggal"]).dt.to_period("W-SUN").nunique()
    dikenal = data[data["pengikut"].notna()] if "pengikut" in data else data.iloc[0:0]
    er_pengikut = _rasio_jumlah(dikenal, "interaksi", "pengikut") if len(dikenal) else pd.NA
    er = _rasio_jumlah(data, "interaksi", "jangkauan")
    median = _median(data["er_jangkauan"])
    urut = data[data["er_jangkauan"].notna()].sort_values(
        ["er_jangkauan", "interaksi", "tanggal"], ascending=[False, False, True], kind="stable"
    )
    return {
        "jumlah_unggahan": len(data),
        "unggahan_per_pekan": len(data) / (periode.days_in_month / 7),
        "minggu_aktif": int(aktif),
        "minggu_total": len(minggu),
        "pangsa_format": data["format"].value_counts(normalize=True).to_dict() if len(data) else {},
        "er_jangkauan": None if er is pd.NA else er,
        "er_pengikut": None if er_pengikut is pd.NA else er_pengikut,
        "median_er_jangkauan": None if median is pd.NA else median,
        "terbaik": [str(x) for x in urut["id_unggahan"].head(3)],
        "nilai_er": [float(x) for x in data["er_jangkauan"].dropna()],
        "interaksi_jangkauan": _interaksi_jangkauan(data),
    }


def perubahan_bulan(sekarang: dict, lalu: dict, min_unggahan: int = MIN_UNGGAHAN_BANDING) -> dict:
    """Perubahan median ER per jangkauan dari bulan lalu ke bulan ini (poin persen), dengan
    penjaga kebetulan: tanpa putusan bila salah satu bulan kurang dari min_unggahan unggahan
    ber-ER, dan "setara" bila selisihnya tidak melebihi pita kebetulan."""
    a, b = sekarang["nilai_er"], lalu["nilai_er"]
    if len(a) < min_unggahan or len(b) < min_unggahan:
        return {"selisih": None, "pita": None, "putusan": "data belum cukup"}
    selisih = _median_daftar(a) - _median_daftar(b)
    pita = pita_kebetulan(a, b)
    putusan = "setara" if abs(selisih) <= pita else ("naik" if selisih > 0 else "turun")
    return {"selisih": selisih, "pita": pita, "putusan": putusan}


def level_bulan(sekarang: dict, lalu: dict) -> dict:
    """Level kriteria data rapor (A1, A2, B4, B7) untuk periode satu bulan; B7 membandingkan ER
    gabungan bulan ini dengan bulan lalu (paruh awal = bulan lalu, paruh akhir = bulan ini),
    dengan penjaga kebetulan uji_tren."""
    tren = uji_tren(lalu["interaksi_jangkauan"], sekarang["interaksi_jangkauan"])
    persen_aktif = sekarang["minggu_aktif"] / sekarang["minggu_total"] * 100
    return {
        "frekuensi": level_frekuensi(sekarang["jumlah_unggahan"]),
        "konsistensi": level_konsistensi(persen_aktif),
        "variasi": level_variasi(sekarang["pangsa_format"]),
        "tren": level_tren(tren["rasio"], tren["putusan"]),
        "rasio_tren": tren["rasio"],
        "pita_tren": tren["pita"],
        "putusan_tren": tren["putusan"],
    }
