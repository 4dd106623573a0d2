"""Unit words after a number, and the canonical unit each stands for (FORMAT.md kinds).

Sources: FORMAT.md (kinds and units), ISO 4217 for currency codes, the Vietnamese names of
SI units (Thông tư 07/2015/TT-BKHCN style: ki-lô-mét, héc-ta, tấn, ki-lô-oát giờ) and the
abbreviations used in news. Quantity units are pint expressions; our own registry defines
Mbps as megabit per second (pint alone reads it as megabaud).
"""

# "tăng 2,3 điểm phần trăm" (percentage points) is read as a percent, as the gold does.
PERCENT = ("%", "phần trăm", "điểm phần trăm", "điểm %")
# A score in points ("đạt 88,52 điểm", "86,2 điểm") is a bare index value: a dimensionless
# quantity. "64 điểm cầu" (bridge points) is a count: the noun after "điểm" decides.
SCORE_UNIT = "điểm"

# Currency words → ISO 4217. Longest first is handled by the engine.
MONEY: dict[str, str] = {
    "đồng": "VND", "vnđ": "VND", "vnd": "VND", "đ": "VND", "việt nam đồng": "VND",
    "usd": "USD", "đô la mỹ": "USD", "đô la": "USD", "đô-la": "USD", "đôla": "USD", "$": "USD",
    "đô mỹ": "USD", "đô": "USD",
    "euro": "EUR", "eur": "EUR", "yên": "JPY", "nhân dân tệ": "CNY", "tệ": "CNY",
    "bảng anh": "GBP", "won": "KRW",
    "cent": "USD",
}
# Subunits: "hơn 8 cent/kWh" is USD 0.08.
MONEY_SUBUNITS: dict[str, float] = {"cent": 0.01}

# Codes written before the amount, as in English and in price lists ("$25-$50", "USD 2,15
# tỷ", "US$350", "VND150.000").
MONEY_BEFORE: dict[str, str] = {"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "vnđ": "VND"}
# "đô" alone is colloquial for dollar ("mất 300 đô"), but begins "đô thị" (town), "thủ đô".
NOT_DO = ("thị", "thành", "hội", "đốc", "vật")

# Words that begin with "đồng" but are no currency ("4 đồng chí" = four comrades).
NOT_DONG = (
    "chí", "bộ", "thời", "ý", "nghiệp", "bào", "đều", "loạt", "hành", "thuận", "tình",
    "phục", "hương", "chủ", "cấp", "dạng", "nhất", "tâm", "minh", "lòng", "ruộng", "bằng",
    "bảo", "khởi", "trình", "tác giả", "sở hữu", "hồ", "ca", "dao", "xu",
)

# Duration words → FORMAT.md duration units. "ngày làm việc" before "ngày".
DURATION: dict[str, str] = {
    "ngày làm việc": "working_day", "ngày công": "working_day",
    "phút": "minute", "giờ": "hour", "tiếng đồng hồ": "hour", "tiếng": "hour", "ngày": "day",
    "ngày đêm": "day", "tuần": "week", "tuần lễ": "week", "tháng": "month", "năm": "year",
    "tuổi": "year", "thập kỷ": "decade", "thập niên": "decade", "giây": "second",
}
# Units FORMAT.md does not list are converted to one it does.
DURATION_FACTORS: dict[str, tuple[str, float]] = {
    "decade": ("year", 10.0), "second": ("minute", 1 / 60),
}

# Physical units → pint expression of the unit as written.
QUANTITY: dict[str, str] = {
    "mbps": "megabit / second", "mb/s": "megabit / second", "gbps": "gigabit / second",
    "kbps": "kilobit / second", "tb": "terabyte", "gb": "gigabyte", "mb": "megabyte",
    "km²": "km**2", "km2": "km**2", "ki-lô-mét vuông": "km**2", "cây số vuông": "km**2",
    "km": "km", "ki-lô-mét": "km", "cây số": "km", "m²": "m**2", "m2": "m**2",
    "mét vuông": "m**2", "m³": "m**3", "m3": "m**3", "mét khối": "m**3", "m": "m", "mét": "m",
    "ha": "hectare", "héc-ta": "hectare", "hécta": "hectare", "hecta": "hectare",
    "tấn": "tonne", "tạ": "100 * kg", "kg": "kg", "ki-lô-gam": "kg", "gam": "gram",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "kw": "kW", "mw": "MW", "gw": "GW",
    "kv": "kV",  # a line's voltage: "đường dây 500 kV"
    "lít": "liter", "người/km²": "1 / km**2", "người/km2": "1 / km**2",
    "mhz": "MHz", "ghz": "GHz",
    # screens and devices ("màn hình tương tác 75 inch"); lengths in centimetres and millimetres
    "inch": "inch", "in-sơ": "inch", "cm": "cm", "xăng-ti-mét": "cm", "mm": "mm", "mi-li-mét": "mm",
}

# A user's own units (lexicon/user.py: $CCHC_METRICS_LEXICON), merged before any reader
# compiles its patterns.
from . import user as _user  # noqa: E402 - after the built-in lexicon it extends

_user.merge("money_units", MONEY)
_user.merge("duration_units", DURATION, allowed=set(DURATION.values()))
_user.merge("quantity_units", QUANTITY)

# A coefficient named before its number ("hệ số lương 2,34", "hệ số phụ cấp chức vụ 0,7"): a
# dimensionless quantity (the gold sets read the salary coefficients of pay tables so). The
# words that may stand between "hệ số" and the number: what the coefficient is of.
# Source: Nghị định 204/2004/NĐ-CP and its successors (bảng lương, hệ số phụ cấp).
COEFFICIENT_HEAD = "hệ số"
COEFFICIENT_OF = (
    "lương", "phụ cấp", "chức vụ", "lãnh đạo", "trách nhiệm", "khu vực", "thâm niên", "đặc thù",
    "điều chỉnh", "tăng thêm", "ưu đãi", "lương đặc thù", "chênh lệch", "bảo lưu", "hiện hưởng",
    "cơ bản", "bậc", "mới", "cũ", "là", "bằng", "từ",
)
