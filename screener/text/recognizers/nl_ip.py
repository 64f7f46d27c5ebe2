"""IP address (IPv4 dotted quad, IPv6), checked with the standard library's `ipaddress`."""

from __future__ import annotations

import ipaddress

from presidio_analyzer import Pattern

from screener.text.recognizers.base import NlPatternRecognizer


class NlIpRecognizer(NlPatternRecognizer):
    ENTITY = "A2-IP"
    PATTERNS = [
        Pattern("ipv4", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]\d)", 0.5),
        Pattern("ipv6", r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:[0-9a-f:]*)(?![\w:])", 0.4),
    ]
    CONTEXT = ["ip", "ip-adres", "ipadres", "adres", "server", "router"]

    def validate_result(self, pattern_text: str) -> bool:
        try:
            ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        return True
