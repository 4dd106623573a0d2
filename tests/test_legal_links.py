"""Bare mentions point back to the full identifier; "Nghị định này" ties claims to it."""

import cchc_metrics

TEXT = (
    "Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở. "
    "Theo Nghị định 73, mức lương cơ sở là 2,34 triệu đồng/tháng. "
    "Nghị định này áp dụng đối với khoảng 3 triệu cán bộ, công chức. "
    "Bộ cũng ban hành Thông tư 10/2023/TT-BNV; Quyết định 36 chưa được sửa đổi."
)


def test_bare_mention_refers_to_the_full_one_and_keeps_its_own_key():
    refs = cchc_metrics.extract(TEXT).legal_refs
    by_text = {r.text: r for r in refs}
    bare = by_text["Nghị định 73"]
    assert bare.key == "nghị định 73"  # FORMAT.md: each mention keys what it shows
    assert bare.refers_to == "nghị định 73/2024/nđ-cp"
    assert by_text["Nghị định 73/2024/NĐ-CP"].refers_to is None
    assert by_text["Quyết định 36"].refers_to is None  # nothing fuller to point to
    assert bare.to_dict()["refers_to"] == "nghị định 73/2024/nđ-cp"


def test_this_decree_ties_a_claim_to_the_latest_full_mention():
    metrics = {m.text: m for m in cchc_metrics.extract_metrics(TEXT)}
    claim = metrics["khoảng 3 triệu"]
    assert claim.refs == ("nghị định 73/2024/nđ-cp",)


def test_a_different_number_or_issuer_is_not_linked():
    refs = cchc_metrics.extract("Nghị định 63/2024/NĐ-CP và Nghị định 64; Thông tư 63/2024/TT-BTC.").legal_refs
    assert [r.refers_to for r in refs] == [None, None, None]


def test_a_provision_of_this_decree_skips_the_decrees_it_cites():
    # a decree quoted article by article: "khoản 1 Điều 5 Nghị định này" is the quoted
    # decree itself, not the older one its previous item cites by a provision
    text = (
        "Chính phủ ban hành Nghị định 88/2025/NĐ-CP về bảo hiểm y tế.\n\n"
        "a) Người thuộc đối tượng quy định tại khoản 8 Điều 3 của Nghị định số 18/2019/NĐ-CP được hỗ trợ.\n\n"
        "b) Mức đóng của đối tượng quy định tại khoản 1 Điều 5 Nghị định này bằng 4,5% mức lương cơ sở."
    )
    metrics = {m.text: m for m in cchc_metrics.extract_metrics(text)}
    assert metrics["4,5%"].refs == ("nghị định 88/2025/nđ-cp",)
