package cli

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/go-viper/mapstructure/v2"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// envPrefix names the environment variables: ATSMATCH_FORMAT, ATSMATCH_MIN_SCORE, ...
const envPrefix = "ATSMATCH"

// settingKeys are the keys a command reads from its flags, ATSMATCH_*
// variables and the config file (the flag names; settings' mapstructure
// tags), and with configAliases the only keys a config file may hold
// (unknownKeys).
var settingKeys = []string{"format", "min-score", "no-color", "verbose", "strict", "kind", "dict"}

// configAliases are other names a config file may use for a setting.
var configAliases = map[string]string{"dictionaries": "dict"}

// globals are what every command shares: the streams and the root's
// persistent flags --config, --dict and --no-color, declared once here.
type globals struct {
	streams    *Streams
	configFile string // --config
}

// addFlags declares the persistent flags on root; they show under "Global
// Flags" in each command's help.
func (g *globals) addFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.StringVar(&g.configFile, "config", "", "config `FILE` (default $XDG_CONFIG_HOME/atsmatch/config.yaml)")
	f.StringArray("dict", nil, "dictionary overlay `FILE` (repeatable)")
	f.Bool("no-color", false, "never colour the output")
}

// settings resolves the running command's settings (see resolve), the
// persistent flags with its own, and decides colour: the one place a
// command gets them.
func (g *globals) settings(cmd *cobra.Command) (settings, error) {
	st, err := resolve(cmd, g.configFile)
	if err != nil {
		return st, err
	}
	st.Color = useColor(g.streams, st.NoColor)
	return st, nil
}

// settings are the values a command may take from flags, env or the config
// file. Keys are the flag names.
type settings struct {
	Format   string   `mapstructure:"format"`
	MinScore float64  `mapstructure:"min-score"`
	NoColor  bool     `mapstructure:"no-color"`
	Verbose  bool     `mapstructure:"verbose"`
	Strict   bool     `mapstructure:"strict"`
	Kind     string   `mapstructure:"kind"`
	Dict     []string `mapstructure:"dict"`

	Color bool `mapstructure:"-"` // colour the output: a terminal, and neither NO_COLOR nor no-color
}

// resolve reads settings for cmd with the precedence flags > env > config
// file > flag defaults. A fresh viper per run keeps runs independent.
func resolve(cmd *cobra.Command, configFile string) (settings, error) {
	v := viper.New()
	v.SetEnvPrefix(envPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	for _, key := range settingKeys {
		if err := bindFlag(v, cmd, key); err != nil {
			return settings{}, err
		}
	}
	path, explicit := configFile, configFile != ""
	if !explicit {
		path = defaultConfigPath()
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			// A missing or unreadable default file (a directory, no
			// permission) is as if there were none: it must not stop every
			// command. A named one is a mistake, and so is a default one
			// that reads but does not parse.
			var pe viper.ConfigParseError
			if explicit || errors.As(err, &pe) {
				return settings{}, usagef("config file %s: %v", path, err)
			}
			path = ""
		}
	}
	unknown := unknownKeys(v, path)
	// "dictionaries:" is the config key the docs name; "dict:" (the flag's
	// name) works too. Registered after reading so the file's key moves.
	for alias, key := range configAliases {
		v.RegisterAlias(alias, key)
	}
	var st settings
	if err := v.Unmarshal(&st); err != nil {
		err = settingProblems(cmd, v, path, err)
		var ps diag.List
		if errors.As(err, &ps) {
			err = append(unknown, ps...)
		}
		return settings{}, &usageError{err: err}
	}
	if ps := append(unknown, valueProblems(cmd, v, path, st)...); len(ps) > 0 {
		return settings{}, &usageError{err: ps}
	}
	return st, nil
}

// unknownKeys are the config file's keys that are no setting: a typo
// ("minscore: 99") would otherwise switch nothing on, silently. Each names
// the closest setting when one is close.
func unknownKeys(v *viper.Viper, path string) diag.List {
	if path == "" {
		return nil
	}
	var ps diag.List
	seen := map[string]bool{}
	for _, k := range v.AllKeys() {
		top, _, _ := strings.Cut(k, ".") // nested maps come as "a.b"
		if seen[top] || slices.Contains(settingKeys, top) || configAliases[top] != "" || !v.InConfig(top) {
			continue
		}
		seen[top] = true
		msg := fmt.Sprintf("unknown key %q", top)
		if near := closestKey(top); near != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", near)
		}
		ps.Add(diag.Problem{File: path, Field: top, Msg: msg})
	}
	slices.SortFunc(ps, func(a, b diag.Problem) int { return strings.Compare(a.Field, b.Field) })
	return ps
}

// closestKey is the setting key within two edits of k (ignoring - and _),
// or "".
func closestKey(k string) string {
	strip := strings.NewReplacer("-", "", "_", "")
	best, bestD := "", 3
	for _, s := range append(slices.Clone(settingKeys), "dictionaries") {
		if d := editDistance(strip.Replace(k), strip.Replace(s)); d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b in bytes (keys are
// ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// valueProblems are settings of the right type and a wrong value, named by
// where they came from: a --min-score of NaN (from a flag, a variable or
// ".nan" in YAML) compares false with everything and would switch the gate
// off.
func valueProblems(cmd *cobra.Command, v *viper.Viper, path string, st settings) diag.List {
	var ps diag.List
	if m := st.MinScore; math.IsNaN(m) || m < 0 || m > 100 {
		file, label := settingSource(cmd, v, path, "min-score")
		ps.Add(diag.Problem{File: file, Field: "min-score", Msg: fmt.Sprintf("%s: %g is not a number from 0 to 100", label, m)})
	}
	return ps
}

// settingSource says where the value of key came from: the flag (--key),
// an ATSMATCH_* variable, or the config file (path, and the key).
func settingSource(cmd *cobra.Command, v *viper.Viper, path, key string) (file, label string) {
	if cmd.Flags().Changed(key) {
		return "", "--" + key
	}
	env := envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
	if os.Getenv(env) != "" { // viper takes an empty variable for unset
		return "", env
	}
	if path != "" && v.InConfig(key) {
		return path, key
	}
	return "", "--" + key
}

// settingProblems turns the decoder's error for the settings into one
// problem per key, naming where the bad value came from: the config file
// (path) or the ATSMATCH_* variable. Flags are typed, so a flag value never
// fails here.
func settingProblems(cmd *cobra.Command, v *viper.Viper, path string, err error) error {
	var ps diag.List
	for _, de := range decodeErrors(err) {
		key, _, _ := strings.Cut(de.Name(), "[") // "dict[0]": the dict key
		file, label := settingSource(cmd, v, path, key)
		if label == "--"+key {
			label = key // a flag's value is typed: never this, but say the key
		}
		ps.Add(diag.Problem{File: file, Field: key, Msg: label + ": " + badValue(de.Unwrap())})
	}
	if len(ps) == 0 {
		// Not a decoding error of one key: say what the decoder said.
		return fmt.Errorf("bad setting (flag, %s_* variable or config file): %v", envPrefix, err)
	}
	return ps
}

// decodeErrors are the per-key errors inside a mapstructure error, in order.
func decodeErrors(err error) []*mapstructure.DecodeError {
	if de, ok := err.(*mapstructure.DecodeError); ok {
		return []*mapstructure.DecodeError{de}
	}
	var out []*mapstructure.DecodeError
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			out = append(out, decodeErrors(e)...)
		}
	case interface{ Unwrap() error }:
		out = decodeErrors(u.Unwrap())
	}
	return out
}

// badValue says what is wrong with a setting's value, in the words of the
// setting's type ("a number", "true or false") rather than Go's.
func badValue(err error) string {
	var pe *mapstructure.ParseError
	var ue *mapstructure.UnconvertibleTypeError
	switch {
	case errors.As(err, &pe):
		return fmt.Sprintf("%s is not %s", valueText(pe.Value), wantText(pe.Expected.Kind()))
	case errors.As(err, &ue):
		return fmt.Sprintf("want %s, not %s", wantText(ue.Expected.Kind()), valueKind(ue.Value))
	}
	return err.Error()
}

func wantText(k reflect.Kind) string {
	switch k {
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	}
	return "a string"
}

func valueText(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return valueKind(v)
}

func valueKind(v any) string {
	switch reflect.ValueOf(v).Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map:
		return "a mapping"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	case reflect.Invalid:
		return "empty"
	}
	return "a number"
}

// bindFlag makes the flag named key a source for the viper key of the same
// name; commands without that flag still read it from env and file.
func bindFlag(v *viper.Viper, cmd *cobra.Command, key string) error {
	if f := cmd.Flags().Lookup(key); f != nil {
		return v.BindPFlag(key, f)
	}
	return nil
}

// defaultConfigPath is $XDG_CONFIG_HOME/atsmatch/config.yaml, else
// $HOME/.config/atsmatch/config.yaml; "" when neither is set.
func defaultConfigPath() string {
	if dir := os.Getenv("XDG_CONFIG_HOME"); dir != "" {
		return filepath.Join(dir, "atsmatch", "config.yaml")
	}
	if home := os.Getenv("HOME"); home != "" {
		return filepath.Join(home, ".config", "atsmatch", "config.yaml")
	}
	return ""
}

// useColor: only on a terminal, and neither NO_COLOR (any value, see
// no-color.org) nor --no-color.
func useColor(s *Streams, noColor bool) bool {
	_, env := os.LookupEnv("NO_COLOR")
	return s.OutTTY && !env && !noColor
}
