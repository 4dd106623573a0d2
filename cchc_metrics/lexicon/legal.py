"""Vietnamese legal-document vocabulary: document types, their abbreviations, and
words that make "TYPE N" a quantity rather than a document number.

Sources: Luật Ban hành văn bản quy phạm pháp luật 2015 (Điều 4, hệ thống văn bản),
Nghị định 30/2020/NĐ-CP on administrative documents (Phụ lục III: abbreviations of
document types — NĐ, QĐ, NQ, CT, TB, KH, BC, CV/CĐ …; issuers — CP, TTg, UBND …),
and the Party's Hướng dẫn 36-HD/VPTW (NQ/TW, KL/TW, QĐ/TW, CT/TW). The FORMAT.md
legal-reference table gives the canonical lower-case type names.
"""

from __future__ import annotations

# Canonical lower-case type -> written forms (lower case; matching is case-insensitive).
# Longer forms first where one is a prefix of another.
DOC_TYPES: dict[str, tuple[str, ...]] = {
    "thông tư": ("thông tư liên tịch", "thông tư"),
    "nghị định": ("nghị định",),
    "nghị quyết": ("nghị quyết",),
    "quyết định": ("quyết định",),
    "chỉ thị": ("chỉ thị",),
    "công văn": ("công văn",),
    "công điện": ("công điện",),
    "văn bản": ("văn bản",),
    "kết luận": ("kết luận",),
    "quy định": ("quy định",),
    "thông báo": ("thông báo",),
    "kế hoạch": ("kế hoạch",),
    "đề án": ("đề án",),
    "chương trình": ("chương trình",),
    "báo cáo": ("báo cáo",),
    "luật": ("luật",),
    "pháp lệnh": ("pháp lệnh",),
}

# Upper-case abbreviations of a type written before a number ("NĐ 63", "QĐ 36").
TYPE_ABBREVIATIONS: dict[str, str] = {
    "NĐ": "nghị định",
    "QĐ": "quyết định",
    "NQ": "nghị quyết",
    "TT": "thông tư",
    "TTLT": "thông tư",
    "CT": "chỉ thị",
    "CV": "công văn",
    "CĐ": "công điện",
    "KL": "kết luận",
    "TB": "thông báo",
    "KH": "kế hoạch",
}

# Nouns and measure words that, right after "TYPE N" with neither "số" nor an issuer
# code, show N counts something ("báo cáo 3 lần", "kế hoạch 5 năm") — not a document.
COUNTED_AFTER: frozenset[str] = frozenset(
    """lần năm tháng ngày tuần giờ phút tuổi người lượt % phần trăm triệu tỷ nghìn ngàn
    trăm đồng trang điều khoản chương mục nội dung nhiệm vụ văn bản bộ tỉnh huyện xã
    đơn vị hồ sơ thủ tục phường quận thôn cấp bước đợt nhóm tiêu chí chỉ tiêu dự án""".split()
)
# Document types that are verbs too, written lower-case: "Luật quy định 07 nguyên tắc",
# "Nghị định quy định 3 trường hợp" count what is regulated; only these words after the
# number keep a bare "quy định 368" a reference ("… phù hợp với quy định 368 của Bộ Chính
# trị", corpus_b15's gold). Capitalised ("Quy định 07") the type names a document.
VERB_TYPES: frozenset[str] = frozenset({"quy định", "quyết định", "hướng dẫn", "thông báo", "báo cáo"})
REF_CONTINUES: frozenset[str] = frozenset(
    # (first syllables: "ban hành", "quy định", "hướng dẫn", "sửa đổi")
    """của năm ngày về do đã và này thì có được là tại ban quy hướng sửa""".split()
)

# A user's own document types (lexicon/user.py: $CCHC_METRICS_LEXICON).
from . import user as _user  # noqa: E402 - after the built-in lexicon it extends

_user.merge("document_types", DOC_TYPES)
