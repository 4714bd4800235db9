"""Buat data insight SINTETIS untuk modul Evaluasi Insight.

Semua akun, angka, dan skor di sini rekaan. Tidak ada satu baris pun yang berasal dari akun
nyata. Data dibuat dengan benih acak tetap sehingga hasilnya selalu sama, bita demi bita:

    .venv/bin/python scripts/buat_data_insight.py            # tulis ke folder modul
    .venv/bin/python scripts/buat_data_insight.py --keluar /tmp/cek

Keluaran:
- data-insight-sintetis.csv : satu baris per unggahan (akun x platform x tanggal).
- skor-penilai-sintetis.csv : skor kriteria kualitatif rapor (level 1-4) dari penilai rekaan.

Kasus tepi yang sengaja dibuat: beberapa unggahan berjangkauan nol (data insight kosong) dan
satu akun (Kecamatan Sindangsari) tanpa unggahan sama sekali pada Mei 2025.
"""

from __future__ import annotations

import argparse
import calendar
from pathlib import Path

import numpy as np
import pandas as pd

BENIH = 2025
TAHUN = 2025
AKAR_REPO = Path(__file__).resolve().parents[1]
FOLDER_MODUL = AKAR_REPO / "docs" / "modul" / "evaluasi-insight"
NAMA_DATA = "data-insight-sintetis.csv"
NAMA_SKOR = "skor-penilai-sintetis.csv"

KOLOM = [
    "id_unggahan",
    "akun",
    "jenis",
    "platform",
    "tanggal",
    "jam",
    "format",
    "pengikut",
    "jangkauan",
    "tayangan",
    "suka",
    "komentar",
    "bagikan",
    "simpan",
    "durasi_video_detik",
    "rata_tonton_detik",
]

# Akun rekaan di "Kabupaten Contoh". Untuk setiap platform:
# (pengikut awal, pertumbuhan per bulan, rata-rata unggahan per bulan)
AKUN = [
    (
        "Dinas Kesehatan",
        "dinas",
        {
            "Instagram": (18500, 0.012, 14),
            "Facebook": (32000, 0.004, 12),
            "TikTok": (6200, 0.030, 6),
        },
    ),
    ("Disdukcapil", "dinas", {"Instagram": (24000, 0.010, 12), "Facebook": (41000, 0.003, 10)}),
    (
        "BPBD",
        "badan",
        {
            "Instagram": (12800, 0.015, 10),
            "Facebook": (27500, 0.006, 11),
            "TikTok": (3900, 0.040, 5),
        },
    ),
    ("Dinas Pendidikan", "dinas", {"Instagram": (15200, 0.008, 9), "Facebook": (22000, 0.002, 8)}),
    (
        "Dinas Lingkungan Hidup",
        "dinas",
        {"Instagram": (6100, 0.010, 6), "TikTok": (2400, 0.035, 4)},
    ),
    ("Bapenda", "badan", {"Instagram": (5400, 0.006, 5), "Facebook": (9800, 0.002, 4)}),
    (
        "Kecamatan Sukamaju",
        "kecamatan",
        {"Instagram": (3100, 0.018, 9), "Facebook": (4700, 0.006, 6)},
    ),
    (
        "Kecamatan Mekarjaya",
        "kecamatan",
        {"Instagram": (2300, 0.010, 7), "TikTok": (900, 0.050, 3)},
    ),
    (
        "Kecamatan Sindangsari",
        "kecamatan",
        {"Instagram": (1900, 0.008, 6), "Facebook": (3600, 0.004, 5)},
    ),
    ("Kecamatan Karangsari", "kecamatan", {"Instagram": (1400, 0.005, 3)}),
    (
        "Kecamatan Sumberjaya",
        "kecamatan",
        {"Instagram": (2700, 0.012, 11), "Facebook": (5200, 0.005, 8), "TikTok": (1200, 0.045, 4)},
    ),
    (
        "Kecamatan Tanjungwangi",
        "kecamatan",
        {"Instagram": (2000, 0.009, 5), "Facebook": (3100, 0.003, 6)},
    ),
]

# Akun yang sama sekali tidak mengunggah pada satu bulan (misalnya admin berganti).
BULAN_KOSONG = {"Kecamatan Sindangsari": 5}
JUMLAH_JANGKAUAN_NOL = 6

FORMAT = ("foto tunggal", "korsel", "video pendek")
# Peluang tiap format per platform (TikTok hanya video pendek).
CAMPURAN = {
    "Instagram": (0.45, 0.30, 0.25),
    "Facebook": (0.55, 0.25, 0.20),
    "TikTok": (0.0, 0.0, 1.0),
}
# Kebiasaan format tiap akun di Instagram (rekaan); platform lain memakai CAMPURAN.
CAMPURAN_AKUN = {
    "Dinas Kesehatan": (0.35, 0.35, 0.30),
    "Disdukcapil": (0.30, 0.50, 0.20),
    "BPBD": (0.50, 0.20, 0.30),
    "Dinas Pendidikan": (0.72, 0.22, 0.06),
    "Dinas Lingkungan Hidup": (0.30, 0.30, 0.40),
    "Bapenda": (0.88, 0.12, 0.0),
    "Kecamatan Mekarjaya": (0.55, 0.15, 0.30),
    "Kecamatan Sindangsari": (0.85, 0.10, 0.05),
    "Kecamatan Karangsari": (1.0, 0.0, 0.0),
    "Kecamatan Sumberjaya": (0.40, 0.30, 0.30),
    "Kecamatan Tanjungwangi": (0.65, 0.25, 0.10),
}
# Kecamatan Sukamaju hampir hanya memakai foto tunggal pada semester 1, lalu mulai mencoba
# korsel dan video pendek pada semester 2 (bahan contoh di halaman Rapor Medsos).
CAMPURAN_SUKAMAJU = {1: (0.90, 0.10, 0.0), 2: (0.40, 0.30, 0.30)}

# Bagian pengikut yang terjangkau (rekaan) menurut platform dan format.
JANGKAUAN_DASAR = {
    ("Instagram", "foto tunggal"): 0.22,
    ("Instagram", "korsel"): 0.27,
    ("Instagram", "video pendek"): 0.42,
    ("Facebook", "foto tunggal"): 0.08,
    ("Facebook", "korsel"): 0.10,
    ("Facebook", "video pendek"): 0.16,
    ("TikTok", "video pendek"): 0.85,
}
# Peluang suka per akun terjangkau, dan rasio komponen lain (rekaan).
PELUANG_SUKA = {"Instagram": 0.045, "Facebook": 0.028, "TikTok": 0.060}
PELUANG_BAGIKAN = {"foto tunggal": 0.004, "korsel": 0.009, "video pendek": 0.007}
PELUANG_SIMPAN = {"foto tunggal": 0.003, "korsel": 0.012, "video pendek": 0.004}
# Efek jam unggah sengaja dibuat kecil dibandingkan variasi acak.
EFEK_JAM = {
    range(0, 6): 0.90,
    range(6, 9): 1.04,
    range(9, 12): 1.00,
    range(12, 15): 0.97,
    range(15, 18): 1.00,
    range(18, 21): 1.10,
    range(21, 24): 1.02,
}
# Kebiasaan jam unggah: kebanyakan jam kerja, sebagian malam.
JAM_KERJA = np.array([7, 8, 9, 10, 11, 13, 14, 15, 16])
JAM_MALAM = np.array([18, 19, 20, 21])
DURASI_VIDEO = np.array([15, 20, 30, 45, 60, 90])


def _efek_jam(jam: int) -> float:
    for rentang, efek in EFEK_JAM.items():
        if jam in rentang:
            return efek
    raise ValueError(jam)


def _campuran(akun: str, platform: str, bulan: int) -> tuple[float, float, float]:
    if akun == "Kecamatan Sukamaju" and platform == "Instagram":
        return CAMPURAN_SUKAMAJU[1 if bulan <= 6 else 2]
    if platform == "Instagram":
        return CAMPURAN_AKUN[akun]
    return CAMPURAN[platform]


def _mutu(akun: str, bulan: int, mutu_akun: dict) -> float:
    """Pengali keterlibatan per akun; beberapa akun membaik atau menurun sepanjang tahun."""
    dasar = mutu_akun[akun]
    if akun == "Kecamatan Sukamaju":
        return dasar * (1.0 if bulan <= 6 else 1.30)
    if akun == "Bapenda":
        return dasar * (1.0 - 0.025 * (bulan - 1))
    if akun == "Dinas Lingkungan Hidup":
        return dasar * (1.0 + 0.02 * (bulan - 1))
    return dasar


def buat_data(benih: int = BENIH) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Kembalikan (data unggahan, skor penilai). Hasil sama untuk benih yang sama."""
    rng = np.random.default_rng(benih)
    mutu_akun = {nama: float(rng.uniform(0.75, 1.3)) for nama, _, _ in AKUN}
    mutu_akun["Kecamatan Sukamaju"] = 0.85
    baris = []
    for nama, jenis, platformnya in AKUN:
        malam = rng.uniform(0.1, 0.45)  # bagian unggahan malam untuk akun ini
        for platform, (pengikut_awal, tumbuh, rerata) in platformnya.items():
            for bulan in range(1, 13):
                if BULAN_KOSONG.get(nama) == bulan:
                    continue
                hari_bulan = calendar.monthrange(TAHUN, bulan)[1]
                jumlah = max(1, int(rng.poisson(rerata)))
                hari = np.sort(rng.integers(1, hari_bulan + 1, size=jumlah))
                peluang_format = _campuran(nama, platform, bulan)
                for h in hari:
                    pengikut = pengikut_awal * (1 + tumbuh) ** (bulan - 1 + (h - 1) / hari_bulan)
                    pengikut = round(float(pengikut * rng.normal(1.0, 0.002)))
                    if rng.random() < malam:
                        jam = int(rng.choice(JAM_MALAM))
                    else:
                        jam = int(rng.choice(JAM_KERJA))
                    fmt = str(rng.choice(FORMAT, p=peluang_format))
                    sebaran = 0.8 if platform == "TikTok" else 0.45
                    jangkauan = pengikut * JANGKAUAN_DASAR[(platform, fmt)] * _efek_jam(jam)
                    jangkauan = round(float(jangkauan * rng.lognormal(0.0, sebaran)))
                    ulang = {"foto tunggal": 1.25, "korsel": 1.45, "video pendek": 1.7}[fmt]
                    tayangan = round(float(jangkauan * ulang * rng.lognormal(0.0, 0.12)))
                    tayangan = max(tayangan, jangkauan)
                    mutu = _mutu(nama, bulan, mutu_akun) * rng.lognormal(0.0, 0.3)
                    p_suka = min(0.5, PELUANG_SUKA[platform] * mutu)
                    suka = int(rng.binomial(jangkauan, p_suka))
                    komentar = int(rng.binomial(jangkauan, min(0.5, p_suka * 0.045)))
                    p_bagi = PELUANG_BAGIKAN[fmt] * (1.8 if nama == "BPBD" else 1.0) * mutu
                    bagikan = int(rng.binomial(jangkauan, min(0.5, p_bagi)))
                    simpan = int(rng.binomial(jangkauan, min(0.5, PELUANG_SIMPAN[fmt] * mutu)))
                    if fmt == "video pendek":
                        durasi = int(rng.choice(DURASI_VIDEO))
                        retensi = rng.beta(2.5, 4.0) * (1.15 if durasi <= 30 else 0.9)
                        tonton = round(float(durasi * min(retensi, 0.98)), 1)
                    else:
                        durasi, tonton = None, None
                    baris.append(
                        {
                            "akun": nama,
                            "jenis": jenis,
                            "platform": platform,
                            "tanggal": f"{TAHUN}-{bulan:02d}-{int(h):02d}",
                            "jam": jam,
                            "format": fmt,
                            "pengikut": pengikut,
                            "jangkauan": jangkauan,
                            "tayangan": tayangan,
                            "suka": suka,
                            "komentar": komentar,
                            "bagikan": bagikan,
                            "simpan": simpan,
                            "durasi_video_detik": durasi,
                            "rata_tonton_detik": tonton,
                        }
                    )
    df = pd.DataFrame(baris)
    df = df.sort_values(["akun", "platform", "tanggal", "jam"], kind="stable")
    df = df.reset_index(drop=True)
    # Beberapa unggahan tanpa data insight (misalnya dihapus atau belum terbaca): semua nol.
    nol = rng.choice(len(df), size=JUMLAH_JANGKAUAN_NOL, replace=False)
    for kolom in ("jangkauan", "tayangan", "suka", "komentar", "bagikan", "simpan"):
        df.loc[nol, kolom] = 0
    df.loc[nol, "rata_tonton_detik"] = None
    df.insert(0, "id_unggahan", [f"U{i:04d}" for i in range(1, len(df) + 1)])
    df["durasi_video_detik"] = df["durasi_video_detik"].astype("Int64")
    df["rata_tonton_detik"] = df["rata_tonton_detik"].astype("Float64")
    return df[KOLOM], buat_skor_penilai()


def buat_skor_penilai() -> pd.DataFrame:
    """Skor kriteria kualitatif (level 1-4) dari penilai rekaan untuk akun Instagram."""
    skor = {
        # akun: (akurasi, narasi, diksi, aksesibilitas, responsivitas)
        "Dinas Kesehatan": (4, 3, 3, 3, 3),
        "Disdukcapil": (4, 3, 4, 2, 4),
        "BPBD": (4, 3, 3, 3, 4),
        "Dinas Pendidikan": (3, 2, 3, 2, 2),
        "Dinas Lingkungan Hidup": (3, 4, 3, 3, 3),
        "Bapenda": (3, 2, 2, 1, 2),
        "Kecamatan Sukamaju": (3, 2, 3, 2, 2),
        "Kecamatan Mekarjaya": (3, 3, 2, 2, 3),
        "Kecamatan Sindangsari": (2, 2, 2, 1, 2),
        "Kecamatan Karangsari": (3, 2, 3, 2, 1),
        "Kecamatan Sumberjaya": (3, 3, 3, 3, 3),
        "Kecamatan Tanjungwangi": (2, 2, 2, 2, 3),
    }
    kolom = ["akurasi", "narasi", "diksi", "aksesibilitas", "responsivitas"]
    return pd.DataFrame(
        [
            {"akun": akun, "platform": "Instagram", **dict(zip(kolom, nilai, strict=True))}
            for akun, nilai in skor.items()
        ]
    )


def tulis_csv(df: pd.DataFrame, jalur: Path) -> None:
    """Tulis CSV UTF-8 dengan akhir baris LF agar bitanya sama di semua sistem."""
    jalur.parent.mkdir(parents=True, exist_ok=True)
    jalur.write_bytes(df.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benih", type=int, default=BENIH, help="benih acak (bawaan 2025)")
    parser.add_argument("--keluar", type=Path, default=FOLDER_MODUL, help="folder keluaran")
    args = parser.parse_args(argv)
    data, skor = buat_data(args.benih)
    tulis_csv(data, args.keluar / NAMA_DATA)
    tulis_csv(skor, args.keluar / NAMA_SKOR)
    print(f"{len(data)} unggahan sintetis -> {args.keluar / NAMA_DATA}")
    print(f"{len(skor)} baris skor penilai sintetis -> {args.keluar / NAMA_SKOR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
