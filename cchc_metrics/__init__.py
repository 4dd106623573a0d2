"""cchc_metrics: quantified claims out of Vietnamese public-administration-reform news.

>>> from cchc_metrics import extract_metrics
>>> [m.value for m in extract_metrics("Bộ Công an đã cấp trên 86 triệu thẻ CCCD gắn chip.")]
[86000000]
"""

from .api import extract, extract_metrics
from .goldfile import read_text
from .records import Article, Extraction, LegalRef, Metric

__all__ = ["extract", "extract_metrics", "read_text", "Metric", "LegalRef", "Extraction", "Article"]
__version__ = "0.1.0"
