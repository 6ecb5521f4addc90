"""The budgets of issue 5 for this 2-core machine, in the units the table prints."""

from bench.stats import Budget

RERUN_SHIPPED_MS = Budget(150)
RERUN_10K_MS = Budget(400)
FLOOR_RATIO = Budget(3)
FIRST_RENDER_S = Budget(2.5)
PAYLOAD_KB = Budget(1500)  # 1.5 MB, decimal
EXTRACTION_RATE = Budget(10, at_least=True)
# Follows from the rate: 1,000 articles at 10 articles/s.
INGEST_1000_S = Budget(100)
RSS_MB = Budget(600)
