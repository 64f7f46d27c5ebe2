"""Social-media account: @handle, or a profile link on Instagram, Facebook, TikTok, X/Twitter,
LinkedIn, YouTube, Snapchat."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from screener.text import vocabulary
from screener.text.recognizers import nl_chat_names
from screener.text.recognizers.base import AnyWord, NlPatternRecognizer

SITES = r"(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|tiktok\.com|twitter\.com|x\.com|linkedin\.com/in|youtube\.com|snapchat\.com/add|threads\.net|pinterest\.com|twitch\.tv)"


GAMES = r"(?:roblox|fortnite|minecraft|brawl\s?stars|discord|steam|xbox|playstation|psn|twitch|clash\s+royale|among\s+us)"
GAME_CUE = (r"(?i:\b" + GAMES + r"\b[^.!?\n]{0,60}?\b(?:als|naam\s+is|gebruikersnaam\s+is|username\s+is|gamertag\s+is|"
            r"heet|:)\s+)")
GAME_CUE_RE = re.compile(GAME_CUE)
HANDLE_LIKE = re.compile(r".*(?:\d|_|[a-z][A-Z]).*")  # "BeerBoy_2018", "xXSem2015Xx", "LunaStar"


class NlAccountRecognizer(NlPatternRecognizer):
    ENTITY = "A2-ACCOUNT"
    PATTERNS = [
        Pattern(
            "profile_link",
            r"(?<![\w.])(?:https?://)?(?:www\.|m\.|nl-nl\.|nl\.)?" + SITES + r"/@?(?!sharer|share|watch|hashtag|explore|p/|reel/)[\w.-]{2,}/?",
            0.85,
        ),
        Pattern("handle", r"(?<![\w@.:/])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@]|\.[a-z])", 0.7),
        # a game's user name, typed without "@": "zit op Roblox als maudjeunicorn", "Roblox ..., zijn naam is BeerBoy_2018"
        # (the match starts at the game; `keep` narrows it to the name)
        Pattern("game_user_name", GAME_CUE + r"[A-Za-z][A-Za-z0-9_.]{2,23}[A-Za-z0-9_](?![\w@])", 0.6),
    ]
    CONTEXT = ["instagram", "facebook", "tiktok", "volg", "volgen", "account", "twitter", "insta", "snapchat"]
    # what each pattern cannot match without, as plain words: a site's address, an "@", a game's name
    PATTERN_NEEDS = {
        "profile_link": AnyWord("instagram.com", "instagr.am", "facebook.com", "fb.com", "tiktok.com", "twitter.com",
                                "x.com", "linkedin.com/in", "youtube.com", "snapchat.com/add", "threads.net",
                                "pinterest.com", "twitch.tv"),
        "handle": AnyWord("@"),
        "game_user_name": AnyWord("roblox", "fortnite", "minecraft", "brawl", "discord", "steam", "xbox", "playstation",
                                  "psn", "twitch", "clash", "among"),
    }

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        """A game's user name looks like one: digits, an underscore or a capital inside ("BeerBoy_2018"), or
        lower-case letters that make no Dutch word ("maudjeunicorn"); not "als beginner", "als Sanne"."""
        value = text[result.start:result.end]
        if value.startswith("@") and nl_chat_names.member_mention(text, result.start):
            return False  # "@Jansen" in a chat where Linda Jansen writes: a member named, a name
        if value.startswith("@") or "/" in value:
            return True
        cue = GAME_CUE_RE.match(value)
        if cue:
            result.start += cue.end()
            value = value[cue.end():]
        if HANDLE_LIKE.fullmatch(value):
            return True
        return value.islower() and len(value) >= 6 and not vocabulary.is_dutch_word(value) \
            and not vocabulary.is_compound(value)
