"""`screener serve`: a Dutch page in the browser that screens a post and its photos in memory and fixes
them in one click each. app: the routes; checking: the screening; fixes: the corrected texts;
security: sessions, login, CSRF and limits."""
