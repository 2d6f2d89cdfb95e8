package render

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestHTMLInBrowser renders the match and rank pages and loads them in a
// real headless browser (make e2e-html): the DOM after parsing must still
// hold the report's key elements, and a screenshot must come out. It skips
// unless ATSMATCH_BROWSER names a Chromium binary.
func TestHTMLInBrowser(t *testing.T) {
	browser := os.Getenv("ATSMATCH_BROWSER")
	if browser == "" {
		t.Skip("ATSMATCH_BROWSER unset; run make e2e-html")
	}
	dir := t.TempDir()
	var match, batch bytes.Buffer
	if err := Write(&match, HTML, wholeMatch(), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteBatch(&batch, BatchHTML, sampleBatch(), BatchOptions{MinScore: 70}); err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		name string
		page []byte
		want []string
	}{
		{"match", match.Bytes(), []string{
			`id="score-gauge"`, `stroke-dasharray=`, `id="subscores"`, `data-kind="hard"`, `data-kind="soft"`,
			`<table id="matched">`, `<table id="missing">`, `<mark class="hit">`, `<mark class="miss">`,
			`id="job-doc"`, `id="resume-doc"`, `<details id="ignored-words">`,
		}},
		{"rank", batch.Bytes(), []string{`<h1>atsmatch rank</h1>`, `class="bar"`, `<td class="score"><span class="num">`, `By job`, `Resume × job`, `cv/bob "B".txt`,
			`<th data-num=""><button type="button">Rank</button></th>`, `<input type="search" id="filter"`}},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			file := filepath.Join(dir, p.name+".html")
			if err := os.WriteFile(file, p.page, 0o644); err != nil {
				t.Fatal(err)
			}
			dom := runBrowser(t, browser, dir, "--dump-dom", "file://"+file)
			for _, w := range p.want {
				if !strings.Contains(dom, w) {
					t.Errorf("DOM of %s lacks %q", p.name, w)
				}
			}
			shot := filepath.Join(dir, p.name+".png")
			runBrowser(t, browser, dir, "--screenshot="+shot, "--window-size=1280,1600", "file://"+file)
			png, err := os.ReadFile(shot)
			if err != nil {
				t.Fatalf("no screenshot: %v", err)
			}
			if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
				t.Errorf("screenshot %s is not a PNG or is empty (%d bytes)", shot, len(png))
			}
			if keep := os.Getenv("ATSMATCH_SHOTS"); keep != "" {
				_ = os.WriteFile(filepath.Join(keep, p.name+".png"), png, 0o644)
			}
		})
	}
}

// runBrowser runs one headless Chromium command with everything that could
// reach the network switched off, and returns its stdout.
func runBrowser(t *testing.T, browser, dir string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", browser, args, err, errb.String())
	}
	return out.String()
}

// TestBatchHTMLInBrowser drives the rank page's own script in headless
// Chromium (make e2e-html): the page is loaded in a 420-pixel iframe (a
// headless window is never narrower than 500), and a probe appended to it
// measures the page, sorts by resume, filters and sorts by score, and
// posts what it saw to the wrapper, whose DOM is dumped.
func TestBatchHTMLInBrowser(t *testing.T) {
	browser := os.Getenv("ATSMATCH_BROWSER")
	if browser == "" {
		t.Skip("ATSMATCH_BROWSER unset; run make e2e-html")
	}
	res := sampleBatch()
	res.Rows[0].Resume = "candidates/2026/a-very-long-resume-file-name-without-any-break-in-it-at-all.pdf"
	var page bytes.Buffer
	if err := WriteBatch(&page, BatchHTML, res, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	probe := `<script>
var out = [], rows = function () { return document.getElementById("rows").tBodies[0].rows; };
out.push("wide=" + (document.documentElement.scrollWidth > document.documentElement.clientWidth));
document.querySelectorAll("#rows th button")[1].click();
out.push("first=" + rows()[0].cells[1].textContent);
var f = document.getElementById("filter");
out.push("filter-shown=" + !f.hidden);
f.value = "bob"; f.dispatchEvent(new Event("input"));
out.push("visible=" + Array.prototype.filter.call(rows(), function (r) { return !r.hidden; }).length);
document.querySelectorAll("#rows th button")[3].click();
out.push("top=" + rows()[0].cells[3].textContent.trim());
parent.postMessage(out.join(";"), "*");
</script></body>`
	html := strings.Replace(page.String(), "</body>", probe, 1)
	dir := t.TempDir()
	file := filepath.Join(dir, "rank.html")
	if err := os.WriteFile(file, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	wrapper := filepath.Join(dir, "phone.html")
	if err := os.WriteFile(wrapper, []byte(`<!DOCTYPE html><html><body><pre id="probe"></pre>
<script>window.addEventListener("message", function (e) { document.getElementById("probe").textContent = e.data; });</script>
<iframe src="rank.html" style="width:420px;height:900px;border:0"></iframe></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runBrowser(t, browser, dir, "--virtual-time-budget=5000", "--dump-dom", "file://"+wrapper)
	i := strings.Index(dom, `<pre id="probe">`)
	if i < 0 {
		t.Fatalf("no probe element:\n%s", dom)
	}
	got := dom[i+len(`<pre id="probe">`):]
	got = got[:strings.Index(got, "</pre>")]
	want := `wide=false;first=candidates/2026/a-very-long-resume-file-name-without-any-break-in-it-at-all.pdf;filter-shown=true;visible=2;top=88.5`
	if got != want {
		t.Errorf("probe at 420 px:\n got %s\nwant %s", got, want)
	}
}
