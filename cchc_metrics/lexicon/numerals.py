"""Vietnamese numeral words and scale words.

Sources: Vietnamese grammar of cardinal numbers (Nguyễn Đình Hoà, *Vietnamese-English
Student Dictionary*, numerals appendix; Wiktionary "Vietnamese numerals"): units một … chín,
tens mười (10) / mươi (×10), the variants mốt (1 after mươi), tư (4 after mươi), lăm/nhăm
(5 after mười/mươi), linh/lẻ (zero tens: "một trăm linh năm" = 105), rưỡi (a half of the
preceding scale: "ba triệu rưỡi" = 3 500 000, "hai tiếng rưỡi"), and the scales.
"""

UNITS: dict[str, int] = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mốt": 1,
}
# Words that are numerals only after mươi/mười (mốt, tư, lăm, nhăm).
AFTER_TENS_ONLY = frozenset({"mốt", "tư", "lăm", "nhăm"})
TENS_WORDS = {"mười": 10, "mươi": 10}
ZERO_TENS = frozenset({"linh", "lẻ"})
HALF = "rưỡi"
HALF_OF = "nửa"  # "nửa tháng" = half a month (a span of time only: "một nửa số xã" is no count)

# Scale words applied to a preceding number: "3.500 tỷ", "75,16 triệu", "nghìn tỷ".
SCALES: dict[str, int] = {
    "chục": 10,
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
    "vạn": 10_000,  # Sino-Vietnamese myriad, still written in news ("2 vạn học viên")
}

# Spelled fractions "N phần M" ("hai phần ba" = 2/3, "một phần tư" = 1/4): the word for the
# denominator; "tư" and "năm" stand alone here, where elsewhere they need a ten before them
# ("hai mươi tư") or are a year. "phần trăm", "phần nghìn" are percent and per mille.
FRACTION_PART = "phần"
DENOMINATOR_WORDS: dict[str, int] = {"tư": 4, "năm": 5}
