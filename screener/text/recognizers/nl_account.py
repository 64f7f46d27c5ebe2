"""Social-media account: @handle, or a profile link on Instagram, Facebook, TikTok, X/Twitter,
LinkedIn, YouTube, Snapchat."""

from __future__ import annotations

from presidio_analyzer import Pattern

from screener.text.recognizers.base import NlPatternRecognizer

SITES = r"(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|tiktok\.com|twitter\.com|x\.com|linkedin\.com/in|youtube\.com|snapchat\.com/add|threads\.net|pinterest\.com|twitch\.tv)"


class NlAccountRecognizer(NlPatternRecognizer):
    ENTITY = "A2-ACCOUNT"
    PATTERNS = [
        Pattern(
            "profile_link",
            r"(?<![\w.])(?:https?://)?(?:www\.|m\.|nl-nl\.|nl\.)?" + SITES + r"/@?(?!sharer|share|watch|hashtag|explore|p/|reel/)[\w.-]{2,}/?",
            0.85,
        ),
        Pattern("handle", r"(?<![\w@.:/])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@]|\.[a-z])", 0.7),
    ]
    CONTEXT = ["instagram", "facebook", "tiktok", "volg", "volgen", "account", "twitter", "insta", "snapchat"]
