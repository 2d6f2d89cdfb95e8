package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// soDisplay spells tags whose display name no rule can derive.
var soDisplay = map[string]string{
	"c#": "C#", "c++": "C++", "f#": "F#", ".net": ".NET", "asp.net": "ASP.NET", "asp.net-mvc": "ASP.NET MVC",
	"asp.net-core": "ASP.NET Core", ".net-core": ".NET Core", "node.js": "Node.js", "vue.js": "Vue.js",
	"javascript": "JavaScript", "typescript": "TypeScript", "jquery": "jQuery", "php": "PHP", "mysql": "MySQL",
	"postgresql": "PostgreSQL", "mongodb": "MongoDB", "graphql": "GraphQL", "github": "GitHub", "gitlab": "GitLab",
	"ios": "iOS", "macos": "macOS", "iphone": "iPhone", "ipad": "iPad", "objective-c": "Objective-C",
	"json": "JSON", "ajax": "AJAX", "html5": "HTML5", "css3": "CSS3", "sqlite": "SQLite", "nosql": "NoSQL",
	"pyspark": "PySpark", "numpy": "NumPy", "scipy": "SciPy", "matplotlib": "Matplotlib", "pytorch": "PyTorch",
	"tensorflow": "TensorFlow", "opencv": "OpenCV", "wordpress": "WordPress", "woocommerce": "WooCommerce",
	"phpmyadmin": "phpMyAdmin", "codeigniter": "CodeIgniter", "cakephp": "CakePHP", "youtube": "YouTube",
	"powershell": "PowerShell", "powerbi": "Power BI", "sharepoint": "SharePoint", "dynamodb": "DynamoDB",
	"elasticsearch": "Elasticsearch", "rabbitmq": "RabbitMQ", "oauth-2.0": "OAuth 2.0", "jwt": "JWT",
	"lua": "Lua", "yii": "Yii", "moq": "Moq", "wix": "WiX", "vim": "Vim", "git": "Git", "gis": "GIS",
	"aws": "AWS", "r": "R", "go": "Go", "sbt": "sbt", "awk": "awk", "sed": "sed", "npm": "npm",
	"xcode": "Xcode", "intellij-idea": "IntelliJ IDEA", "vba": "VBA", "vb.net": "VB.NET", "d3.js": "D3.js",
	"next.js": "Next.js", "nuxt.js": "Nuxt.js", "express": "Express.js", "three.js": "Three.js", "socket.io": "Socket.IO",
	"reactjs": "React", "react-native": "React Native", "angularjs": "AngularJS", "google-bigquery": "Google BigQuery",
	"amazon-web-services": "Amazon Web Services", "amazon-s3": "Amazon S3", "amazon-ec2": "Amazon EC2",
	"google-cloud-platform": "Google Cloud Platform", "ruby-on-rails": "Ruby on Rails", "webpack": "webpack",
	"kotlin": "Kotlin", "jenkins": "Jenkins", "latex": "LaTeX", "mariadb": "MariaDB", "openssl": "OpenSSL",
	"websocket": "WebSocket", "webrtc": "WebRTC", "webassembly": "WebAssembly", "devops": "DevOps",
	"apache-kafka": "Apache Kafka", "apache-spark": "Apache Spark", "ggplot2": "ggplot2", "dplyr": "dplyr",
	"gcc": "GCC", "llvm": "LLVM", "cuda": "CUDA", "opengl": "OpenGL", "directx": "DirectX", "unity3d": "Unity3D",
	"jsf": "JSF", "jsp": "JSP", "jpa": "JPA", "jdbc": "JDBC", "wpf": "WPF", "wcf": "WCF", "linq": "LINQ",
	"xaml": "XAML", "xslt": "XSLT", "xpath": "XPath", "soap": "SOAP", "ssis": "SSIS", "ssrs": "SSRS",
	"vsto": "VSTO", "uwp": "UWP", "mfc": "MFC", "ssl": "SSL", "ssh": "SSH", "ftp": "FTP", "tcp": "TCP",
	"http": "HTTP", "https": "HTTPS", "dns": "DNS", "rxjs": "RxJS", "ngrx": "NgRx", "redux": "Redux",
	"tkinter": "Tkinter", "pyqt": "PyQt", "pyqt5": "PyQt5", "qt": "Qt", "gtk": "GTK", "oracle": "Oracle",
	"plsql": "PL/SQL", "tsql": "T-SQL", "sql-server": "SQL Server", "ms-access": "Microsoft Access",
	"vbscript": "VBScript", "coffeescript": "CoffeeScript", "jupyter-notebook": "Jupyter Notebook",
}

// soGeneric are tags that name a programming concept or an everyday
// thing rather than a technology a posting would ask for.
var soGeneric = splitWords(`
function functions class string image list file performance arrays dictionary loops for-loop while-loop
if-statement variables object methods sorting date datetime regex algorithm recursion exception
exception-handling error-handling debugging unit-testing testing multithreading asynchronous async-await
inheritance pointers struct enums generics lambda closures scope syntax types casting null
nullpointerexception compiler-errors compilation parsing validation loops select join merge
dataframe pandas-groupby group-by sql-update insert foreign-keys indexing encoding unicode character-encoding
floating-point math matrix random time timezone cookies session caching memory memory-leaks
memory-management optimization logging events button forms input listview recyclerview textview
imageview layout user-interface background colors css-selectors html-table checkbox dropdown
drop-down-menu onclick click post get http-post curl download upload file-upload image-processing
video audio canvas animation charts plot graph tree linked-list binary-tree hashmap collections
vector iterator stream serialization json-deserialization deserialization reflection
command-line terminal shell bash-scripting scripting cmd batch-file batch-processing path directory
security authentication authorization permissions login passwords encryption hash cryptography
networking sockets email sms notifications push-notification api rest web-services web-applications
web mobile android-studio-build android-layout android-fragments android-activity android-intent
android-recyclerview visual-studio-2010 visual-studio-2012 visual-studio-2013 visual-studio-2015
visual-studio-2017 visual-studio-2019 python-2.7 oop design-patterns architecture
frameworks plugins package installation build deployment version-control import module
package-managers dependencies dependency-injection configuration environment-variables
properties process server client database sql-server-2008 sql-server-2005 search filter
sorting pagination routes routing url redirect templates iframe dom events
react-hooks react-native-android flask-sqlalchemy spring-mvc
2d 3d 64-bit apk applet arraylist ascii autocomplete autolayout backend bots broadcastreceiver boolean com
combobox config cors cron datagrid datagridview dataset datatable datatables datepicker filesystems foreach
frontend gridview hashtable httpclient httprequest httpwebrequest ide io ip localhost listbox malloc mouseevent
namespaces navbar nsarray nsmutablearray nsstring polymorphism printf resize scanf scrollbar scrollview shader
sharedpreferences storyboard subdomain subprocess subquery substring tableview textarea timeout tooltip treeview
tuples typeerror uri usb vectorization webserver webview wifi preg-match preg-replace java.util.scanner gpu
jframe jpanel jtable interop internationalization makefile refactoring png svg sdk
`)

var soVersion = regexp.MustCompile(`(^|-)(v?\d+(\.\d+)*(\.x)?|\d+\.x)$`)

// importSO reads Tags.csv (TagName, Count) and TagSynonyms.csv
// (SourceTagName, TargetTagName).
func importSO(tags, synonyms io.Reader, minCount int, common map[string]bool) (*file, error) {
	rows, err := csvRows(tags, "TagName", "Count")
	if err != nil {
		return nil, fmt.Errorf("reading Tags.csv: %w", err)
	}
	// Single-part tags above the threshold, to spot sub-tags.
	big := map[string]bool{}
	for _, r := range rows {
		if n, err := strconv.Atoi(r[1]); err == nil && n >= minCount && !strings.Contains(r[0], "-") {
			big[r[0]] = true
		}
	}
	kept := map[string]*term{}
	var order []string
	for _, r := range rows {
		tag, n := r[0], r[1]
		count, err := strconv.Atoi(n)
		if err != nil || count < minCount || !keepTag(tag, common) || isSubTag(tag, big) {
			continue
		}
		t := &term{Name: displayTag(tag), Source: "stackoverflow"}
		if w := strings.Fields(t.Name); len(w) == 1 && isCommon(common, t.Name) {
			continue
		}
		// Keep the tag spelling as an alias when it differs in more than
		// case/hyphens, so "ruby-on-rails" or "reactjs" still match.
		if strings.Contains(tag, ".") || strings.EqualFold(strings.ReplaceAll(tag, "-", ""), strings.ReplaceAll(t.Name, " ", "")) {
			// the matcher generates these variants itself
		} else {
			t.Aliases = addUnique(t.Aliases, t.Name, tag)
		}
		kept[tag] = t
		order = append(order, tag)
	}
	syn, err := csvRows(synonyms, "SourceTagName", "TargetTagName")
	if err != nil {
		return nil, fmt.Errorf("reading TagSynonyms.csv: %w", err)
	}
	for _, r := range syn {
		src, dst := r[0], r[1]
		t := kept[dst]
		if t == nil || !keepTag(src, common) || isCommon(common, src) || len(src) < 2 {
			continue
		}
		a := displayTag(src)
		before := len(t.Aliases)
		t.Aliases = addUnique(t.Aliases, t.Name, a)
		// A tag synonym is a redirect, not always a synonym: short ones are
		// often another thing ("VC" → Visual C++ is also venture capital,
		// "DIV" → HTML, "IBM" → WebSphere), so they count only next to a
		// programming word or the tag's own name.
		if len(t.Aliases) > before && len([]rune(a)) <= 3 {
			t.Ambiguous = append(t.Ambiguous, a)
			t.Context = contextFor(t.Name, "software")
		}
	}
	out := &file{Category: "software", Kind: "hard", Source: "stackoverflow"}
	for _, tag := range order {
		out.Terms = append(out.Terms, *kept[tag])
	}
	return out, nil
}

// keepTag applies the tag filters: no versions, no generic concepts, no
// single letters.
func keepTag(tag string, common map[string]bool) bool {
	if strings.HasPrefix(tag, "ui") && len(tag) > 4 || strings.HasPrefix(tag, "ns") && len(tag) > 5 {
		return false // Cocoa class names (uitableview, nsstring)
	}
	if len(tag) < 2 && tag != "r" || soGeneric[tag] || soVersion.MatchString(tag) || common[tag] {
		return false
	}
	if _, ok := soDisplay[tag]; !ok && tag[len(tag)-1] >= '0' && tag[len(tag)-1] <= '9' {
		return false // ios5, python3: a version of a kept tag
	}
	// A compound of only common words ("for-loop", "file-upload") is a
	// concept, not a named technology.
	parts := strings.Split(tag, "-")
	if len(parts) > 1 {
		all := true
		for _, p := range parts {
			if !common[p] {
				all = false
			}
		}
		if all {
			return false
		}
	}
	return true
}

var soSmall = map[string]bool{"on": true, "of": true, "and": true, "for": true, "the": true, "in": true, "to": true}

// displayTag turns a tag into a display name: the hand table, else words
// split at hyphens and capitalised (small words stay lower-case, short
// vowel-less words become upper-case acronyms).
func displayTag(tag string) string {
	if d, ok := soDisplay[tag]; ok {
		return d
	}
	parts := strings.Split(tag, "-")
	for i, p := range parts {
		switch {
		case soDisplay[p] != "":
			parts[i] = soDisplay[p]
		case i > 0 && soSmall[p]:
		case len(p) <= 3 || len(p) == 4 && !strings.ContainsAny(p, "aeiouy"):
			parts[i] = strings.ToUpper(p)
		case p != "":
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, " ")
}

// csvRows returns the named columns of every data row.
func csvRows(r io.Reader, cols ...string) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	head, err := cr.Read()
	if err != nil {
		return nil, err
	}
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = -1
		for j, h := range head {
			if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == c {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("missing column %q", c)
		}
	}
	var out [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		row := make([]string, len(cols))
		for i, j := range idx {
			if j < len(rec) {
				row[i] = strings.TrimSpace(rec[j])
			}
		}
		out = append(out, row)
	}
}

// isSubTag reports whether tag is a kept single tag plus a detail
// ("android-viewpager", "django-models"); real names with a hand-spelled
// display ("ruby-on-rails", "react-native") are not.
func isSubTag(tag string, big map[string]bool) bool {
	if _, ok := soDisplay[tag]; ok {
		return false
	}
	i := strings.IndexByte(tag, '-')
	return i > 0 && big[tag[:i]]
}
