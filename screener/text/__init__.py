"""Text findings: personal data in Dutch text (AVG art. 4; protocol A2, D1)."""
