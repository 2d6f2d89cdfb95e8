package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
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
// tags). A config key outside this list is ignored today; rejecting one is
// a check of v.AllKeys() against this list in settingProblems.
var settingKeys = []string{"format", "min-score", "no-color", "verbose", "strict", "kind", "dict"}

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
			// A missing default file is normal; a missing named one is a mistake.
			if explicit || !errors.Is(err, fs.ErrNotExist) {
				return settings{}, usagef("config file %s: %v", path, err)
			}
		}
	}
	// "dictionaries:" is the config key the docs name; "dict:" (the flag's
	// name) works too. Registered after reading so the file's key moves.
	v.RegisterAlias("dictionaries", "dict")
	var st settings
	if err := v.Unmarshal(&st); err != nil {
		return settings{}, &usageError{err: settingProblems(cmd, v, path, err)}
	}
	return st, nil
}

// settingProblems turns the decoder's error for the settings into one
// problem per key, naming where the bad value came from: the config file
// (path) or the ATSMATCH_* variable. Flags are typed, so a flag value never
// fails here.
func settingProblems(cmd *cobra.Command, v *viper.Viper, path string, err error) error {
	var ps diag.List
	for _, de := range decodeErrors(err) {
		key, _, _ := strings.Cut(de.Name(), "[") // "dict[0]": the dict key
		p := diag.Problem{Field: key, Msg: key + ": " + badValue(de.Unwrap())}
		env := envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
		if _, set := os.LookupEnv(env); set && !cmd.Flags().Changed(key) {
			p.Msg = env + ": " + badValue(de.Unwrap())
		} else if v.InConfig(key) {
			p.File = path
		}
		ps.Add(p)
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
