"""Letters of other scripts that look like Latin letters, and the Latin letter they stand for.

Source: the Unicode confusables list (https://www.unicode.org/Public/security/latest/
confusables.txt), restricted to Cyrillic and Greek letters whose glyph is identical to a
basic Latin letter in common fonts, plus two transliterations seen in scraped Vietnamese text
where a keyboard layout slipped: Cyrillic "п" for "p" ("топ đầu" = "top đầu") and Greek
"θ" for "th" ("cchccanθο.gov.vn" = "cchccantho.gov.vn"). Letters map only inside or
beside Latin words, so real Russian or Greek text stays as it is.
"""

HOMOGLYPHS: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "п": "p",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "κ": "k", "ι": "i", "θ": "th", "τ": "t",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
