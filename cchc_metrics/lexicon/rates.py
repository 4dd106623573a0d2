"""Rate phrases (FORMAT.md `per`): "mỗi tháng", "hằng năm", "/ngày", "một năm".

Source: Vietnamese distributive quantifiers mỗi/mọi/hằng/hàng + time noun, and the slash
notation of tables and news.
"""

PERIODS: dict[str, str] = {
    "ngày": "day", "tuần": "week", "tháng": "month", "quý": "quarter", "năm": "year",
}
