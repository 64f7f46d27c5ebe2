"""Social-media account: @handle, or a profile link on Instagram, Facebook, TikTok, X/Twitter,
LinkedIn, YouTube, Snapchat; a person's profile on a marketplace (Vinted, Marktplaats, 2dehands, Etsy), a sports
app (Strava) or a link page (Linktree, Beacons, Ko-fi).

No one's account: a chat platform's mention of everyone ("@everyone", "@here", "@channel" on Discord,
Slack or Teams), a server's role ("@Moderators", "@Leerkrachten", "@Groep 7": an ordinary word,
capitalised as roles are named; a word the text calls a role: "je rol @Coder", "de rollen @Maker en
@Meekijker"), a bot ("de bot @MEE6"), and a public body's page ("@gemeentedeventer",
"facebook.com/GGDIJsselland"): an organisation speaking in public, not a private person. A person's
handle ("@lotte.tekent2014", "@sem_2015") stays a finding.

A fediverse account (Mastodon, Pixelfed, Threads' fediverse names) is written with its server:
"@juf_sanne@mastodon.nl", or linked as "https://mastodon.social/@juf_sanne". It is an account, not an
e-mail address, and is judged as the handle
before its server: the school's own ("@obsdevlinderhof" in the configuration) and a public body's
("@bibliotheekdeventer@mastodon.social") are no one's.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from screener.text import lexicons, vocabulary
from screener.text.recognizers import nl_chat_names
from screener.text.recognizers.base import AnyWord, NlPatternRecognizer

# a marketplace's, sports app's or link page's profile: the path before the person's part names it a profile
# ("vinted.nl/member/98213764-ilonasfamilie", "marktplaats.nl/u/sandra-meijer/28374615", "strava.com/athletes/48193726",
# "linktr.ee/nailabakes"); a club's or a search page ("strava.com/clubs/...", "marktplaats.nl/l/...") is none of these
PROFILE_SITES = (r"(?:vinted\.(?:nl|be|com|fr|de)/member|marktplaats\.nl/u|2dehands\.be/u|strava\.com/athletes|"
                 r"linktr\.ee|beacons\.ai|ko-fi\.com|etsy\.com/(?:nl/)?shop|etsy\.com/(?:nl/)?people)")
SITES = r"(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|tiktok\.com|twitter\.com|x\.com|linkedin\.com/in|youtube\.com|snapchat\.com/add|threads\.net|pinterest\.com|twitch\.tv)"


GAMES = r"(?:roblox|fortnite|minecraft|brawl\s?stars|discord|steam|xbox|playstation|psn|twitch|clash\s+royale|among\s+us)"
GAME_CUE = (r"(?i:\b" + GAMES + r"\b[^.!?\n]{0,60}?\b(?:als|naam\s+is|gebruikersnaam\s+is|username\s+is|gamertag\s+is|"
            r"heet|:)\s+)")
GAME_CUE_RE = re.compile(GAME_CUE)
HANDLE_LIKE = re.compile(r".*(?:\d|_|[a-z][A-Z]).*")  # "BeerBoy_2018", "xXSem2015Xx", "LunaStar"

# a chat platform's mention of all members of a channel or server (Discord, Slack, Teams, WhatsApp groups)
BROADCASTS = frozenset({"everyone", "here", "channel", "all", "everybody", "iedereen", "allen", "alle"})
# a server's or team's role, in English as Discord and Slack name them; Dutch roles are ordinary Dutch words
ROLES = frozenset({"moderator", "moderators", "mod", "mods", "admin", "admins", "administrator", "administrators",
                   "staff", "team", "bot", "bots", "member", "members", "owner", "owners", "helper", "helpers",
                   "teacher", "teachers", "parents", "students", "guest", "guests", "verified", "nitro", "booster"})
ROLE_NUMBER = re.compile(r"[ \t]+\d{1,2}[a-z]?\b")  # "@Groep 7", "@Klas 5b": a role named after a class
BOT_NEAR = re.compile(r"\bbots?\b[^.!?\n]{0,12}$", re.IGNORECASE)  # "de bot @MEE6", "onze Discord-bot @Dyno"
# the word for a role right before the mention: "je rol @Coder kwijt", "de rollen @Maker en @Meekijker", "role @Dev"
ROLE_BEFORE = re.compile(r"\b(?:rol|rollen|role|roles|rang)[ \t]+(?:@[\w-]+[ \t]*(?:,|en|of|and|or)[ \t]*)*$",
                         re.IGNORECASE)
BOT_AFTER = re.compile(r"^[ \t]*(?:\(bot\)|bot\b|\[bot\])", re.IGNORECASE)
# a public body's own page: its kind opens the account's name ("@gemeentedeventer", "@GGDIJsselland")
PUBLIC_BODIES = ("gemeente", "provincie", "ggd", "politie", "brandweer", "veiligheidsregio", "rijksoverheid",
                 "rijkswaterstaat", "waterschap", "bibliotheek", "ministerie", "omroep", "rivm", "jeugdjournaal")


class NlAccountRecognizer(NlPatternRecognizer):
    ENTITY = "A2-ACCOUNT"
    PATTERNS = [
        Pattern(
            "profile_link",
            r"(?<![\w.])(?:https?://)?(?:www\.|m\.|nl-nl\.|nl\.)?" + SITES + r"/@?(?!sharer|share|watch|hashtag|explore|p/|reel/)[\w.-]{2,}/?",
            0.85,
        ),
        Pattern("marketplace_profile", r"(?<![\w.])(?:https?://)?(?:www\.|m\.)?" + PROFILE_SITES
                + r"/[\w.-]*[\w](?:/\d+)?/?", 0.85),
        Pattern("handle", r"(?<![\w@.:/])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@]|\.[a-z])", 0.7),
        # a profile on a fediverse server, or any site that puts an account after "/@": "mastodon.social/@juf_sanne"
        Pattern("profile_at_link", r"(?<![\w.])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}/@"
                r"[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@-]|\.[a-z])/?", 0.85),
        Pattern("fediverse_handle", r"(?<![\w@.:/])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?"
                r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?![\w@-]|\.[a-z])", 0.7),
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
        "marketplace_profile": AnyWord("vinted.", "marktplaats.nl/u", "2dehands.be/u", "strava.com/athletes", "linktr.ee",
                                       "beacons.ai", "ko-fi.com", "etsy.com"),
        "handle": AnyWord("@"),
        "fediverse_handle": AnyWord("@"),
        "profile_at_link": AnyWord("/@"),
        "game_user_name": AnyWord("roblox", "fortnite", "minecraft", "brawl", "discord", "steam", "xbox", "playstation",
                                  "psn", "twitch", "clash", "among"),
    }

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        """A game's user name looks like one: digits, an underscore or a capital inside ("BeerBoy_2018"), or
        lower-case letters that make no Dutch word ("maudjeunicorn"); not "als beginner", "als Sanne"."""
        value = text[result.start:result.end]
        if value.startswith("@") and (nl_chat_names.member_mention(text, result.start)
                                      or nl_chat_names.person_mention(text, result.start)):
            return False  # "@Jansen" in a chat where Linda Jansen writes, "@Hakan" in a comment: a person named
        if (value.startswith("@") or "/" in value) and _no_ones_account(text, result.start, value):
            return False
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


def _no_ones_account(text: str, start: int, value: str) -> bool:
    """A mention of everyone, a role or a bot, or a public body's page (see the module's docstring)."""
    name = value.rstrip("/").rsplit("/", 1)[-1].lstrip("@").split("@", 1)[0]  # a fediverse account: before its server
    low = name.lower()
    body = next((body for body in PUBLIC_BODIES if low.startswith(body)), None)
    if body is not None and _public_body(low[len(body):]):
        return True  # "@gemeentedeventer", "facebook.com/GGDIJsselland"; not "@brandweer_marco_dv"
    if not value.startswith("@"):
        return False
    if low in BROADCASTS:
        return True  # "@everyone", "@here"
    end = start + len(value)
    if BOT_NEAR.search(text, max(0, start - 40), start) or BOT_AFTER.match(text, end):
        return True  # "de bot @MEE6"
    if not name[:1].isupper():
        return False  # "@sanne": a person's handle, typed as handles are
    if ROLE_BEFORE.search(text, max(0, start - 60), start) and name not in lexicons.load().first_names:
        return True  # "je rol @Coder", "de rol @Meekijker": a role the text calls one; not "de rol @Roos"
    # an ordinary word, no first name ("@Roos" names a person, "@Ouders" a role), or a class ("@Groep 7")
    return low in ROLES or (vocabulary.is_dutch_word(name) and (
        ROLE_NUMBER.match(text, end) is not None or name not in lexicons.load().first_names))


def _public_body(rest: str) -> bool:
    """Is what follows a public body's kind in an account's name its place or region ("deventer",
    "ijsselland"), not a person's part ("_marco_dv", "marco")?"""
    if not rest.isalpha():
        return not rest
    firsts = lexicons.lower_first_names()
    places = lexicons.load().places
    return rest.title() in places or not any(rest[:k] in firsts for k in range(3, len(rest) + 1))
