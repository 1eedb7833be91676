"""Renders a site made by `exporter publish` in headless Chromium, as a crawler that runs a browser does, and reads
the rendered DOM (chromium --dump-dom):
- every record page holds exactly one <script type="application/ld+json">, and its JSON is the .jsonld beside the page;
- the edition's title and every author's name (name, or family and given name) are visible text of the body
  (outside script, style, template and [hidden]);
- the SEO checks Lighthouse makes, on record pages and the index: <html lang>, a non-empty <title>, a meta
  description, a viewport, a canonical link that is the page's own URL under BASE_URL, no robots noindex, and links a
  crawler can follow (an href, no javascript:, each site-relative one naming a file of the site);
- robots.txt names the sitemap and disallows nothing.
Prints 'ok N' (N pages rendered) or the problems, exit 1.
Usage: publish_browser.py CHROMIUM SITE_DIR BASE_URL"""
import glob
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse, unquote


class Dom(HTMLParser):
    """What the checks need from a rendered DOM."""

    HIDDEN = {"script", "style", "template", "head", "title", "noscript"}
    VOID = {"meta", "link", "br", "img", "hr", "input", "wbr", "source", "area", "base", "col", "embed", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = ""
        self.metas = []
        self.links = []
        self.anchors = []
        self.scripts = []
        self.text = []
        self._stack = []
        self._script = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "meta":
            self.metas.append(a)
        elif tag == "link":
            self.links.append(a)
        elif tag == "a":
            self.anchors.append(a)
        elif tag == "script":
            self._script = [a.get("type"), ""]
        elif tag == "title":
            self._in_title = True
        if tag not in self.VOID:
            self._stack.append(tag in self.HIDDEN or "hidden" in a)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(tuple(self._script))
            self._script = None
        if tag == "title":
            self._in_title = False
        if tag not in self.VOID and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data
        if self._in_title:
            self.title += data
        if not any(self._stack):
            self.text.append(data)


def render(chromium, path):
    with tempfile.TemporaryDirectory() as profile:
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
                            "--dump-dom", "file://" + os.path.abspath(path)], capture_output=True, timeout=240)
    if r.returncode != 0 or not r.stdout:
        raise RuntimeError(f"chromium failed on {path}: exit {r.returncode}\n{r.stderr.decode(errors='replace')[-2000:]}")
    dom = Dom()
    dom.feed(r.stdout.decode("utf-8"))
    return dom


def seo(site, base, rel, dom, problems):
    where = rel
    if not dom.lang:
        problems.append(f"{where}: <html> has no lang")
    if not dom.title.strip():
        problems.append(f"{where}: empty <title>")
    if not any(m.get("name") == "description" and (m.get("content") or "").strip() for m in dom.metas):
        problems.append(f"{where}: no meta description")
    if not any(m.get("name") == "viewport" for m in dom.metas):
        problems.append(f"{where}: no meta viewport")
    if any(m.get("name", "").lower() in ("robots", "googlebot") and "noindex" in (m.get("content") or "").lower() for m in dom.metas):
        problems.append(f"{where}: robots noindex")
    canonical = [l.get("href") for l in dom.links if "canonical" in (l.get("rel") or "").split()]
    if canonical != [base + rel]:
        problems.append(f"{where}: canonical {canonical}, not [{base + rel}]")
    page_url = base + rel
    for a in dom.anchors:
        href = a.get("href")
        if not href or href.lower().startswith("javascript:"):
            problems.append(f"{where}: a link a crawler cannot follow: {a}")
            continue
        url = urljoin(page_url, href)
        if url.startswith(base):
            target = unquote(urlparse(url).path)[len(urlparse(base).path):] or "index.html"
            if not os.path.isfile(os.path.join(site, target)):
                problems.append(f"{where}: link {href} names no file of the site")


def value_of(value):
    """A JSON-LD value's text: a language-tagged title is a value object {"@value": ..., "@language": ...}."""
    return value.get("@value", "") if isinstance(value, dict) else value


def record_checks(rel, page, dom, problems):
    ld = [body for kind, body in dom.scripts if kind == "application/ld+json"]
    if len(ld) != 1:
        problems.append(f"{rel}: {len(ld)} JSON-LD scripts in the rendered DOM")
        return
    with open(page[: -len(".html")] + ".jsonld", encoding="utf-8") as f:
        beside = json.load(f)
    embedded = json.loads(ld[0])
    if embedded != beside:
        problems.append(f"{rel}: the rendered JSON-LD is not the .jsonld beside the page")
        return
    nodes = {n["@id"]: n for n in embedded.get("@graph", [embedded])}
    edition = next((n for n in nodes.values() if "exampleOfWork" in n), None)
    if edition is None:
        problems.append(f"{rel}: no edition in the graph")
        return
    text = " ".join(" ".join(dom.text).split())
    title = " ".join(str(value_of(edition.get("name", ""))).split())
    if title and title not in text:
        problems.append(f"{rel}: the title {title!r} is not visible text")
    authors = edition.get("author", [])
    for ref in authors if isinstance(authors, list) else [authors]:
        agent = nodes.get(ref.get("@id"), ref)
        names = [" ".join(str(value_of(agent.get(k, ""))).split()) for k in ("name", "familyName", "givenName")]
        if not (names[0] and names[0] in text) and not (names[1] and names[2] and names[1] in text and names[2] in text):
            problems.append(f"{rel}: the author {names[0]!r} is not visible text")


def main(chromium, site, base):
    pages = sorted(glob.glob(os.path.join(site, "records", "*.html"))) + [os.path.join(site, "index.html")]
    with ThreadPoolExecutor(max_workers=2) as pool:
        doms = list(pool.map(lambda p: render(chromium, p), pages))
    problems = []
    for page, dom in zip(pages, doms):
        rel = os.path.relpath(page, site).replace(os.sep, "/")
        seo(site, base, rel, dom, problems)
        if rel != "index.html":
            record_checks(rel, page, dom, problems)
    with open(os.path.join(site, "robots.txt"), encoding="utf-8") as f:
        robots = f.read().splitlines()
    if "Sitemap: " + base + "sitemap.xml" not in robots:
        problems.append(f"robots.txt does not name {base}sitemap.xml: {robots}")
    if any(l.strip().lower() == "disallow: /" for l in robots):
        problems.append("robots.txt disallows the site")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"ok {len(pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
