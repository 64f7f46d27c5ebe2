"""Build posts/ from the marked-up drafts in src/ and check the result (see tests/data/marked_posts.py).

Run from the repository root: `.venv/bin/python tests/data/school-posts-own17-orgs/build.py`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from marked_posts import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent))
